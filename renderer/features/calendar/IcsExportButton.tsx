/** Saves upcoming open touchpoints as an .ics file for a phone's calendar. */
import { addMonths } from 'date-fns';
import { displayName } from '../../../shared/clients/search';
import { fromIsoDate, toIsoDate } from '../../../shared/domain/dates';
import { touchpointsToIcs } from '../../../shared/touchpoints/ics';
import { getClients } from '../../data/clients';
import { openTouchpointsBetween } from '../../data/touchpoints';
import { platform } from '../../platform';
import { useToast } from '../../app/Toasts';
import { todayIso } from '../../ui/useToday';

export async function exportUpcomingIcs(): Promise<number> {
  const today = todayIso();
  const rows = await openTouchpointsBetween(today, toIsoDate(addMonths(fromIsoDate(today), 12)));
  const clients = await getClients(rows.map((t) => t.clientId));
  const items = rows.flatMap((t) => {
    const c = clients.get(t.clientId);
    return c && c.journey.status !== 'archived' ? [{ touchpoint: t, clientName: displayName(c) }] : [];
  });
  const text = touchpointsToIcs(items, new Date().toISOString());
  const r = await platform().saveFile({
    suggestedName: `touchpoint-${today}.ics`,
    data: text,
    mimeType: 'text/calendar',
    filters: [{ name: 'iCalendar', extensions: ['ics'] }],
  });
  return r.saved ? items.length : -1;
}

export function IcsExportButton() {
  const toast = useToast();
  return (
    <button
      type="button"
      className="btn"
      onClick={async () => {
        try {
          const n = await exportUpcomingIcs();
          if (n >= 0) toast.show(`Exported ${n} upcoming touchpoints to a calendar file.`);
        } catch (e) {
          toast.show(e instanceof Error ? e.message : String(e));
        }
      }}
    >
      Export to phone calendar (.ics)
    </button>
  );
}

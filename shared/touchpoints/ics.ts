/**
 * Upcoming touchpoints as an iCalendar file for a phone's calendar: one all-day event each,
 * with a stable UID so re-importing updates instead of duplicating.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { Touchpoint } from '../domain/schemas';
import { KIND_INFO, CHANNEL_LABEL } from './kinds';
import { addDaysIso } from '../domain/dates';

export interface IcsItem {
  touchpoint: Touchpoint;
  clientName: string;
}

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

export function touchpointsToIcs(items: readonly IcsItem[], stamp: string): string {
  const events: EventAttributes[] = items.map(({ touchpoint: t, clientName }) => ({
    uid: `${t.id}@touchpoint.app`,
    title: `${t.title} — ${clientName}`,
    description: [`${KIND_INFO[t.kind].label} (${CHANNEL_LABEL[t.channel]})`, t.notes].filter(Boolean).join('\n'),
    start: parts(t.due),
    end: parts(addDaysIso(t.due, 1)),
    categories: [KIND_INFO[t.kind].label],
    productId: 'touchpoint/ics',
    calName: 'Touchpoint',
    timestamp: Date.parse(stamp),
  }));
  if (events.length === 0) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:touchpoint/ics', 'X-WR-CALNAME:Touchpoint', 'END:VCALENDAR', ''].join(
      '\r\n',
    );
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw new Error(`Could not write the calendar file: ${error?.message ?? 'unknown error'}`);
  return value;
}

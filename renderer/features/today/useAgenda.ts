/** Open touchpoints through the end of the coming week, joined with their clients. */
import { useLiveQuery } from 'dexie-react-hooks';
import { addDaysIso, type IsoDate } from '../../../shared/domain/dates';
import type { Client, Touchpoint } from '../../../shared/domain/schemas';
import { getClients } from '../../data/clients';
import { openCounts, openTouchpointsBetween } from '../../data/touchpoints';
import { useToday } from '../../ui/useToday';
import type { NavCount } from '../../app/screens';
import { useEffect } from 'react';
import { platform } from '../../platform';

export interface AgendaItem {
  touchpoint: Touchpoint;
  client: Client;
}

export interface Agenda {
  overdue: AgendaItem[];
  today: AgendaItem[];
  week: AgendaItem[];
}

export async function loadAgenda(today: IsoDate): Promise<Agenda> {
  const rows = await openTouchpointsBetween('', addDaysIso(today, 7));
  const clients = await getClients(rows.map((t) => t.clientId));
  const agenda: Agenda = { overdue: [], today: [], week: [] };
  for (const touchpoint of rows) {
    const client = clients.get(touchpoint.clientId);
    // A deleted or archived client's touchpoints wait silently (undo brings them back).
    if (!client || client.journey.status === 'archived') continue;
    const item = { touchpoint, client };
    if (touchpoint.due < today) agenda.overdue.push(item);
    else if (touchpoint.due === today) agenda.today.push(item);
    else agenda.week.push(item);
  }
  return agenda;
}

export function useAgenda(): { data: Agenda | undefined; isLoading: boolean; today: IsoDate } {
  const today = useToday();
  const data = useLiveQuery(() => loadAgenda(today), [today]);
  return { data, isLoading: data === undefined, today };
}

/** The sidebar count: everything overdue or due today. */
export function useTodayCount(): NavCount | undefined {
  const today = useToday();
  const counts = useLiveQuery(() => openCounts(today), [today]);
  const badge = counts ? counts.overdue + counts.today : undefined;
  // The dock/taskbar badge follows the same count as the sidebar.
  useEffect(() => {
    if (badge !== undefined) void platform().setBadgeCount(badge);
  }, [badge]);
  if (!counts) return undefined;
  const n = counts.overdue + counts.today;
  return {
    count: n,
    tone: counts.overdue > 0 ? 'overdue' : 'normal',
    label: `${counts.overdue} overdue, ${counts.today} due today`,
  };
}

/** The records the Cards screen reads: cards due, templates, card history, each live. */
import { useLiveQuery } from 'dexie-react-hooks';
import { displayName } from '../../../shared/clients/search';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CardHistoryEntry, CardTemplate, Client, Touchpoint } from '../../../shared/domain/schemas';
import { cardHistoryForClient, cardHistoryForClients, listTemplates } from '../../data/cards';
import { getClient, getClients } from '../../data/clients';
import { getTouchpoint, openTouchpointsBetween } from '../../data/touchpoints';

export interface QueueItem {
  touchpoint: Touchpoint;
  client: Client;
}

/** Open card touchpoints due up to `until` (overdue ones included), by day, then client. */
export async function loadCardQueue(until: IsoDate): Promise<QueueItem[]> {
  const rows = (await openTouchpointsBetween('', until)).filter((t) => t.channel === 'card');
  const clients = await getClients(rows.map((t) => t.clientId));
  const items: QueueItem[] = [];
  for (const touchpoint of rows) {
    const client = clients.get(touchpoint.clientId);
    // Archived or deleted clients get no cards (their touchpoints wait, as on Today).
    if (client && client.journey.status !== 'archived') items.push({ touchpoint, client });
  }
  return items.sort(
    (a, b) =>
      a.touchpoint.due.localeCompare(b.touchpoint.due) ||
      displayName(a.client).localeCompare(displayName(b.client)) ||
      a.touchpoint.title.localeCompare(b.touchpoint.title),
  );
}

/** One touchpoint's card (from Today or a touchpoint), whatever its channel or status. */
export async function loadOneCard(touchpointId: string): Promise<QueueItem[]> {
  const touchpoint = await getTouchpoint(touchpointId);
  const client = touchpoint && (await getClient(touchpoint.clientId));
  return touchpoint && client ? [{ touchpoint, client }] : [];
}

export function useCardQueue(mode: { touchpointId: string } | { until: IsoDate }): {
  data: QueueItem[] | undefined;
  isLoading: boolean;
} {
  const key = 'touchpointId' in mode ? `tp:${mode.touchpointId}` : `until:${mode.until}`;
  const data = useLiveQuery(
    () => (key.startsWith('tp:') ? loadOneCard(key.slice(3)) : loadCardQueue(key.slice(6) as IsoDate)),
    [key],
  );
  return { data, isLoading: data === undefined };
}

export function useTemplates(): { data: CardTemplate[] | undefined; isLoading: boolean } {
  const data = useLiveQuery(listTemplates, []);
  return { data, isLoading: data === undefined };
}

export function useCardHistories(clientIds: readonly string[]): Map<string, CardHistoryEntry[]> | undefined {
  const key = [...new Set(clientIds)].sort().join(',');
  return useLiveQuery(() => cardHistoryForClients(key ? key.split(',') : []), [key]);
}

export function useClientCardHistory(clientId: string): {
  data: CardHistoryEntry[] | undefined;
  isLoading: boolean;
} {
  const data = useLiveQuery(() => cardHistoryForClient(clientId), [clientId]);
  return { data, isLoading: data === undefined };
}

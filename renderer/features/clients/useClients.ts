/** Live client data for screens, as { data, isLoading }. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getClient, listClients } from '../../data/clients';
import { indexClients, type IndexedClient } from '../../../shared/clients/search';
import type { Client } from '../../../shared/domain/schemas';

export interface Loaded<T> {
  data: T;
  isLoading: boolean;
}

export function useClients(): Loaded<Client[]> & { index: IndexedClient[] } {
  const data = useLiveQuery(listClients, []);
  // Built when first read: most screens using the book never search it, and indexing it (every
  // name folded) on each change cost every mounted screen tens of ms at 10,000 clients.
  const indexOf = useMemo(() => {
    let index: IndexedClient[] | undefined;
    return () => (index ??= indexClients(data ?? []));
  }, [data]);
  return {
    data: data ?? [],
    isLoading: data === undefined,
    get index() {
      return indexOf();
    },
  };
}

export function useClient(id: string | undefined): Loaded<Client | undefined | null> {
  const data = useLiveQuery(async () => (id ? ((await getClient(id)) ?? null) : null), [id]);
  return { data, isLoading: data === undefined };
}

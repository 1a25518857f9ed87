/**
 * What happens after data changes. Re-planning a client's touchpoints is registered here by the
 * planning module, so the clients repository needs no knowledge of plans.
 */
type ClientsChangedListener = (clientIds: readonly string[]) => Promise<void>;

const listeners: ClientsChangedListener[] = [];

export function onClientsChanged(listener: ClientsChangedListener): () => void {
  listeners.push(listener);
  return () => {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
  };
}

export async function afterClientsChanged(clientIds: readonly string[]): Promise<void> {
  for (const l of listeners) await l(clientIds);
}

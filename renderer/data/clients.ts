/**
 * Clients repository: the only code that reads and writes the clients table. Input is
 * validated with the same schema as every other door; nothing is written unless all is valid.
 */
import { clientInputSchema, clientSchema, type Client, type ClientInput } from '../../shared/domain/schemas';
import { validate, type Validated } from '../../shared/domain/errors';
import { getDb } from './db';
import { afterClientsChanged } from './hooks';

function nowIso(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return crypto.randomUUID();
}

/** Every client not deleted, archived included (screens filter). */
export async function listClients(): Promise<Client[]> {
  const rows = await getDb().clients.toArray();
  return rows.filter((c) => !c.deletedAt);
}

export async function getClient(id: string): Promise<Client | undefined> {
  const c = await getDb().clients.get(id);
  return c && !c.deletedAt ? c : undefined;
}

export async function getClients(ids: readonly string[]): Promise<Map<string, Client>> {
  const rows = await getDb().clients.bulkGet([...new Set(ids)]);
  const map = new Map<string, Client>();
  for (const c of rows) if (c && !c.deletedAt) map.set(c.id, c);
  return map;
}

export async function createClient(input: ClientInput): Promise<Validated<Client>> {
  const v = validate(clientInputSchema, input);
  if (!v.ok) return v;
  const now = nowIso();
  const client = clientSchema.parse({ ...v.value, id: newId(), createdAt: now, updatedAt: now });
  await getDb().clients.add(client);
  await afterClientsChanged([client.id]);
  return { ok: true, value: client };
}

export async function updateClient(id: string, input: ClientInput): Promise<Validated<Client>> {
  const v = validate(clientInputSchema, input);
  if (!v.ok) return v;
  const db = getDb();
  const saved = await db.transaction('rw', db.clients, async () => {
    const existing = await db.clients.get(id);
    if (!existing || existing.deletedAt) return undefined;
    const client = clientSchema.parse({
      ...v.value,
      id,
      createdAt: existing.createdAt,
      updatedAt: nowIso(),
    });
    await db.clients.put(client);
    return client;
  });
  if (!saved) return { ok: false, errors: { _: 'This client no longer exists. It may have been deleted.' } };
  await afterClientsChanged([id]);
  return { ok: true, value: saved };
}

/** Deletes a client so that it can be undone; the record stays until purged. */
export async function deleteClient(id: string): Promise<void> {
  await getDb().clients.update(id, { deletedAt: nowIso() });
  await afterClientsChanged([id]);
}

export async function undoDeleteClient(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.clients, async () => {
    const c = await db.clients.get(id);
    if (!c) return;
    const { deletedAt: _gone, ...rest } = c;
    await db.clients.put({ ...rest, updatedAt: nowIso() });
  });
  await afterClientsChanged([id]);
}

/** Removes for good the clients deleted before `before`, with their touchpoints. */
export async function purgeDeletedClients(before: string): Promise<number> {
  const db = getDb();
  return db.transaction('rw', db.clients, db.touchpoints, async () => {
    const gone = await db.clients.where('deletedAt').below(before).primaryKeys();
    await db.touchpoints.where('clientId').anyOf(gone).delete();
    await db.clients.bulkDelete(gone);
    return gone.length;
  });
}

export async function setClientStatus(id: string, status: Client['journey']['status']): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.clients, async () => {
    const c = await db.clients.get(id);
    if (!c) return;
    await db.clients.put({ ...c, journey: { ...c.journey, status }, updatedAt: nowIso() });
  });
  await afterClientsChanged([id]);
}

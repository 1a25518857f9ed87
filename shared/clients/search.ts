/**
 * Instant client search: any part of the name, email, company or a tag, ignoring case and
 * accents ("zoe" finds "Zoë"). Pure, so the list screen and the benchmark use the same code.
 */
import type { Client, JourneyStatus } from '../domain/schemas';

/** Lower case without diacritics; CJK and other scripts pass through unchanged. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('en');
}

/** The text a search matches against, computed once per client. */
export function searchTextOf(c: Client): string {
  return fold(
    [c.firstName, c.lastName ?? '', c.email ?? '', c.company ?? '', c.phone ?? '', ...c.tags.map((t) => `#${t}`)].join(
      '\u0001',
    ),
  );
}

export interface ClientFilter {
  query: string;
  status?: JourneyStatus | 'all';
  tag?: string;
  country?: string;
}

export interface IndexedClient {
  client: Client;
  text: string;
}

export function indexClients(clients: readonly Client[]): IndexedClient[] {
  return clients.map((client) => ({ client, text: searchTextOf(client) }));
}

/**
 * Filters by every word of the query (all must match somewhere) and the chosen facets.
 * Archived clients show only when the status filter asks for them.
 */
export function filterClients(index: readonly IndexedClient[], filter: ClientFilter): Client[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  const status = filter.status ?? 'all';
  const out: Client[] = [];
  for (const { client, text } of index) {
    if (status === 'all' ? client.journey.status === 'archived' : client.journey.status !== status) continue;
    if (filter.tag && !client.tags.includes(filter.tag)) continue;
    if (filter.country && client.country !== filter.country) continue;
    if (words.length && !words.every((w) => text.includes(w))) continue;
    out.push(client);
  }
  return out;
}

export function compareClients(a: Client, b: Client): number {
  const byLast = fold(a.lastName ?? a.firstName).localeCompare(fold(b.lastName ?? b.firstName));
  return byLast !== 0 ? byLast : fold(a.firstName).localeCompare(fold(b.firstName));
}

const HAN_HANGUL_KANA = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

/**
 * The name as people write it: "Anna Okafor", but "王小明" for Chinese, Japanese and Korean
 * names, which put the family name first with no space.
 */
export function displayName(c: Pick<Client, 'firstName' | 'lastName'>): string {
  if (!c.lastName) return c.firstName;
  if (HAN_HANGUL_KANA.test(c.firstName) && HAN_HANGUL_KANA.test(c.lastName)) return `${c.lastName}${c.firstName}`;
  return `${c.firstName} ${c.lastName}`;
}

/** The salutation printed on cards: the client's own, or "Dear <first name>". */
export function salutationOf(c: Pick<Client, 'firstName' | 'salutation'>): string {
  return c.salutation ?? `Dear ${c.firstName}`;
}

/** The client list's order, computed once per book rather than on every keystroke. */
import { fold, type IndexedClient } from '../../../shared/clients/search';

const collator = new Intl.Collator();

/**
 * The book in display order (last name, then first name, accents folded: compareClients' order),
 * sorted once when the clients change. filterClients keeps the order, so a keystroke only filters:
 * sorting thousands of matches with compareClients, which folds both names on every comparison,
 * took up to 0.7 s per keystroke at 10,000 clients.
 */
export function byName(index: readonly IndexedClient[]): IndexedClient[] {
  const keyed = index.map((x) => ({
    x,
    last: fold(x.client.lastName ?? x.client.firstName),
    first: fold(x.client.firstName),
  }));
  keyed.sort((a, b) => collator.compare(a.last, b.last) || collator.compare(a.first, b.first));
  return keyed.map((k) => k.x);
}

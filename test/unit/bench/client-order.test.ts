/**
 * The client list sorts the book once (byName) and each keystroke only filters. The order shown
 * must stay exactly what sorting every result with compareClients gave: last name, then first
 * name, accents folded — checked on the benchmark's Unicode book (Zoë, Łukasz, 王小明, Ó Briain).
 */
import { describe, expect, it } from 'vitest';
import { compareClients, filterClients, indexClients } from '../../../shared/clients/search';
import { byName } from '../../../renderer/features/clients/byName';
import { generateBook, localToday } from '../../../bench/book';
import { loadHolidaysProvider } from '../../../shared/planning';

describe('client list order', async () => {
  const book = generateBook({
    clients: 600,
    today: localToday(new Date(2026, 10, 24)),
    holidays: await loadHolidaysProvider(),
  });
  const index = indexClients(book.clients);
  const sorted = byName(index);

  it('is the order compareClients gives', () => {
    expect(sorted.map((x) => x.client.id)).toEqual([...book.clients].sort(compareClients).map((c) => c.id));
    // Not trivially true: the book is generated in another order.
    expect(sorted.map((x) => x.client.id)).not.toEqual(book.clients.map((c) => c.id));
  });

  it('stays sorted after filtering, for accented and CJK queries', () => {
    for (const query of ['mul', 'zoe', 'lu', '王', '#vip', 'o b']) {
      const shown = filterClients(sorted, { query, status: 'all' });
      expect(shown.length, query).toBeGreaterThan(0);
      expect(
        shown.map((c) => c.id),
        query,
      ).toEqual(
        filterClients(index, { query, status: 'all' })
          .sort(compareClients)
          .map((c) => c.id),
      );
    }
  });
});

/**
 * For a message too long for its card: about how many words to cut so it fits at the smallest
 * allowed size, and a format on the same paper that takes it unchanged. Uses the builder's own
 * checks (checkCards), so the advice matches what printing would do.
 */
import {
  checkCards,
  formatsForPaper,
  type CardInput,
  type CardIssue,
  type CheckCardsOptions,
} from '../../../shared/cards';
import type { OverflowHint } from './workerProtocol';

const messageOverflows = (issues: CardIssue[]) =>
  issues.some((p) => p.kind === 'overflow' && p.part === 'message');

/** About how many words to cut from the inside message, and a format that takes it unchanged. */
export function overflowHint(
  card: CardInput,
  index: number,
  base: Omit<CheckCardsOptions, 'cards'>,
): OverflowHint {
  const single = { ...base, envelopes: undefined, labels: undefined };
  const fits = (c: CardInput, format = base.format) =>
    !messageOverflows(checkCards({ ...single, format, cards: [c] }).problems);
  const words = card.inside.split(/(\s+)/);
  const count = words.filter((w) => w.trim()).length;
  const keep = (n: number) => {
    let seen = 0;
    const out: string[] = [];
    for (const w of words) {
      if (w.trim() && ++seen > n) break;
      out.push(w);
    }
    return out.join('').trimEnd();
  };
  // The largest number of words that still fits (binary search: fitting only gets easier as it shortens).
  let lo = 0;
  let hi = count;
  if (!fits({ ...card, inside: '' })) lo = -1;
  else
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits({ ...card, inside: keep(mid) })) lo = mid;
      else hi = mid - 1;
    }
  const largerFormat = formatsForPaper(base.paper).find((f) => f.id !== base.format && fits(card, f.id))?.id;
  return { card: index, words: lo < 0 ? 0 : Math.max(1, count - lo), largerFormat };
}

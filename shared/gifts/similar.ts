/**
 * "Did I give them this before?" Compares a gift's description with what a client was already
 * given, so nobody gets the same bottle of wine twice. Deliberately forgiving: it ignores case,
 * accents, filler words ("a bottle of"), years ("Barolo 2019" is "Barolo 2021"), plurals, and the
 * start of compound words ("Wein" in "Weinpaket"). Han, kana and hangul text has no spaces, so it
 * is compared by pairs of characters. It warns; the user decides.
 */
import type { Gift } from '../domain/schemas';

/** Words that say nothing about which gift it is (English, German, French, Spanish, Italian). */
const FILLER = new Set(
  [
    'a an the of for with and or in on to from by at my our some this that',
    'bottle bottles box boxes set sets pack piece pieces gift gifts present small big nice little',
    'ein eine einen einer der die das den dem des und mit für von aus zum zur flasche schachtel',
    'un une le la les des du de et avec pour au aux bouteille coffret',
    'el los las del y con para una botella caja',
    'il lo gli dei della con per e bottiglia scatola',
  ]
    .join(' ')
    .split(' '),
);

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/ß/g, 'ss');
}

/** A plural "s" is dropped ("flowers" → "flower"), but not "ss" ("glass"). */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The words that identify a gift: folded, stemmed, without filler and bare numbers. */
export function giftWords(text: string): string[] {
  // NFKC first: full- and half-width forms become one, while hangul syllables and kana with
  // voicing marks stay whole (NFD would split them into parts).
  const composed = text.normalize('NFKC').toLocaleLowerCase('en');
  const out = new Set<string>();
  for (const run of composed.match(CJK_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.add(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  }
  const rest = fold(composed.replace(CJK_RUN, ' '));
  for (const raw of rest.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw || FILLER.has(raw) || /^\d+$/.test(raw) || raw.length < 2) continue;
    out.add(stem(raw));
  }
  return [...out];
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // A compound or longer form: "wein" / "weinpaket", "whisky" / "whiskyglass". Short words
  // ("tea" in "team") are too likely to be chance.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/**
 * How alike two gift descriptions are, 0..1. 1 means every identifying word of the shorter one
 * is in the longer one and they are the same size.
 */
export function giftSimilarity(a: string, b: string): number {
  const wa = giftWords(a);
  const wb = giftWords(b);
  if (!wa.length || !wb.length) {
    // Only filler ("a gift card"): the same words exactly, or nothing to go on.
    const na = fold(a).replace(/\s+/g, ' ').trim();
    return na !== '' && na === fold(b).replace(/\s+/g, ' ').trim() ? 1 : 0;
  }
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const matched = short.filter((w) => long.some((x) => sameWord(w, x))).length;
  return (matched / short.length + matched / long.length) / 2;
}

/**
 * Alike enough to warn: every identifying word of the shorter description is in the other
 * ("Barolo" / "Barolo, Piedmont"), or they share more than half of the longer one's words.
 */
export function isSimilarGift(a: string, b: string): boolean {
  const wa = giftWords(a);
  const wb = giftWords(b);
  if (!wa.length || !wb.length) return giftSimilarity(a, b) === 1;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const matched = short.filter((w) => long.some((x) => sameWord(w, x))).length;
  return matched > 0 && (matched === short.length || matched / long.length > 0.5);
}

export interface SimilarGift {
  gift: Gift;
  similarity: number;
}

/**
 * Gifts this client was already given that look like `what`, most alike first (then newest).
 * `gifts` may hold anyone's gifts and ideas: only this client's given gifts are compared, and
 * `exceptId` (the gift being edited) is left out.
 */
export function similarGivenBefore(
  what: string,
  clientId: string,
  gifts: readonly Gift[],
  exceptId?: string,
): SimilarGift[] {
  if (!what.trim()) return [];
  return gifts
    .filter(
      (g) =>
        g.type === 'given' && g.clientId === clientId && g.id !== exceptId && isSimilarGift(what, g.what),
    )
    .map((gift) => ({ gift, similarity: giftSimilarity(what, gift.what) }))
    .sort((x, y) => y.similarity - x.similarity || y.gift.date.localeCompare(x.gift.date));
}

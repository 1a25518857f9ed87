/** Splitting full names and comparing names the way a person would. */

/** Lower-case words that belong to the last name: "Ludwig van Beethoven", "Ana de la Cruz". */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'zu',
  'y',
  "d'",
]);

/**
 * "Anna Lena Müller" → Anna Lena / Müller; "Müller, Anna" → Anna / Müller; "Ana de la Cruz" →
 * Ana / de la Cruz. Names without spaces (王小明, or a single word) stay whole as the first name:
 * guessing where a Chinese family name ends would be wrong too often.
 */
export function splitFullName(full: string): { firstName?: string; lastName?: string } {
  const s = full.trim().replace(/\s+/g, ' ');
  if (!s) return {};
  const comma = s.indexOf(',');
  if (comma > 0) {
    const last = s.slice(0, comma).trim();
    const first = s.slice(comma + 1).trim();
    return first ? { firstName: first, lastName: last } : { firstName: last };
  }
  const words = s.split(' ');
  if (words.length === 1) return { firstName: s };
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has(words[i - 1]!)) i--;
  return { firstName: words.slice(0, i).join(' '), lastName: words.slice(i).join(' ') };
}

/** Folds case, accents and punctuation: "Zoë  Ñúñez" and "zoe nunez" compare equal. */
export function nameKey(...parts: (string | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A tiny seeded PRNG for the handwriting's natural variation: the same card seed always gives the
 * same wobble, so a preview matches the print and the same input gives the same PDF bytes.
 */

/** 32-bit FNV-1a hash of a string (UTF-16 code units). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for visual jitter. Returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded by a string, e.g. `${cardSeed}:inside:3`. */
export function seededRandom(seed: string): () => number {
  return mulberry32(hashString(seed));
}

/** A value in [-1, 1], from a generator. */
export function signed(rand: () => number): number {
  return rand() * 2 - 1;
}

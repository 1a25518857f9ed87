/**
 * Which font draws each character. pdf-lib gives no error for a glyph a font lacks (it draws a
 * blank or a wrong letter), so every code point is checked against the handwriting font's cmap,
 * then each fallback in turn; a character no font has is reported, never drawn.
 */
import fontkit from '@pdf-lib/fontkit';

export interface MeasuredFont {
  /** Has a real glyph (not .notdef) for this code point. */
  has(cp: number): boolean;
  /** Advance width in em (1 = the font size). */
  advance(cp: number): number;
  ascent: number;
  descent: number;
  capHeight: number;
}

export function measureFont(bytes: Uint8Array): MeasuredFont {
  const font = fontkit.create(bytes);
  const upem = font.unitsPerEm;
  const widths = new Map<number, number>();
  const cover = new Map<number, boolean>();
  return {
    has(cp) {
      let v = cover.get(cp);
      if (v === undefined) {
        v = font.hasGlyphForCodePoint(cp);
        cover.set(cp, v);
      }
      return v;
    },
    advance(cp) {
      let w = widths.get(cp);
      if (w === undefined) {
        w = font.glyphForCodePoint(cp).advanceWidth / upem;
        widths.set(cp, w);
      }
      return w;
    },
    ascent: font.ascent / upem,
    descent: font.descent / upem,
    capHeight: font.capHeight / upem,
  };
}

/** Characters that draw nothing by design: dropped silently (zero-width marks, selectors, controls). */
export function isIgnorable(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x0a && cp !== 0x09) ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …): not laid out yet. */
export function isRightToLeft(cp: number): boolean {
  return (
    (cp >= 0x0590 && cp <= 0x08ff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe) ||
    (cp >= 0x10800 && cp <= 0x10fff) ||
    (cp >= 0x1e800 && cp <= 0x1efff)
  );
}

/** Ideographs, kana and CJK punctuation: a line may break between any two of them. */
export function isCjkBreakable(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x303f) ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef)
  );
}

/**
 * Text as it should be drawn: composed (NFC, so "e" + combining diaeresis is one "ë"), tabs and
 * typographic spaces as plain spaces, invisible controls gone.
 */
export function cleanText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').replace(/\r\n?/g, '\n')) {
    const cp = ch.codePointAt(0) ?? 0;
    // Typographic spaces become the plain and no-break spaces every bundled font has.
    if (cp === 0x09 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x205f) out += ' ';
    else if (cp === 0x202f) out += '\u00a0';
    else if (!isIgnorable(cp)) out += ch;
  }
  return out;
}

export type CharSource = { font: number } | { unrenderable: 'no-font' | 'right-to-left' };

/**
 * Picks the font for each code point: 0 is the handwriting font, 1.. the fallbacks in order.
 * Memoised per document: 500 cards reuse the same few hundred characters.
 */
export class FontChooser {
  private readonly cache = new Map<number, CharSource>();
  constructor(private readonly fonts: readonly MeasuredFont[]) {}

  source(cp: number): CharSource {
    let s = this.cache.get(cp);
    if (s) return s;
    if (cp === 0x0a) s = { font: 0 };
    else if (isRightToLeft(cp)) s = { unrenderable: 'right-to-left' };
    else {
      const i = this.fonts.findIndex((f) => f.has(cp));
      // A space the fonts lack (e.g. a thin space) is drawn as a plain space.
      s = i >= 0 ? { font: i } : isSpace(cp) ? { font: 0 } : { unrenderable: 'no-font' };
    }
    this.cache.set(cp, s);
    return s;
  }
}

export function isSpace(cp: number): boolean {
  return (
    cp === 0x20 ||
    cp === 0xa0 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

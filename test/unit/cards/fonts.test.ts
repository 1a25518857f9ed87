/**
 * Every bundled font, through the real builder, read back with poppler: the letters people's names
 * are made of must come back exactly (pdf-lib gives no error for a glyph it cannot draw).
 */
import { describe, expect, it } from 'vitest';
import { buildCardsPdf, BUNDLED_FONT_FILES, type BuildCardsOptions } from '../../../shared/cards';
import {
  fallbackFonts,
  fontBytes,
  inkIn,
  nodeSubsetter,
  pdfFonts,
  pdfText,
  pdfWords,
  renderGray,
} from './fixtures';

const PANGRAM = 'ÀÉÎÕÜ çñ ß Łł';
const NAMES = ['Zoë Ñúñez', 'Łukasz Wróbel', '„Grüße“ – ’tis… €5 — Øresund'];

async function build(o: Partial<BuildCardsOptions>): Promise<Uint8Array> {
  const r = await buildCardsPdf({
    cards: [{ seed: 's', front: PANGRAM, inside: NAMES.join('\n'), closing: '' }],
    format: 'postcard-5x7',
    paper: 'A4',
    font: fontBytes('caveat'),
    fallbackFonts: fallbackFonts(),
    subsetFont: await nodeSubsetter(),
    ink: 'black',
    variation: false,
    marks: false,
    ...o,
  });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.bytes;
}

const lines = (s: string) =>
  s
    .replace(/\f/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe.each(BUNDLED_FONT_FILES.map((f) => [f.id, f] as const))('bundled font %s', (id, font) => {
  it('renders the accented pangram and names exactly as typed, with the font embedded', async () => {
    const bytes = await build({ font: fontBytes(id) });
    expect(lines(pdfText(bytes, 1))).toEqual([PANGRAM]);
    expect(lines(pdfText(bytes, 2))).toEqual(NAMES);
    const fonts = pdfFonts(bytes);
    const hw = fonts.filter((f) => f.name.includes(font.file.replace(/\.ttf$/, '')));
    expect(hw.length, JSON.stringify(fonts)).toBe(1);
    expect(hw[0]!.embedded).toBe(true);
    expect(hw[0]!.type).toBe('CID TrueType');
    // Only the handwriting font: nothing here needed a fallback.
    expect(fonts).toHaveLength(1);
  });

  it('puts ink on the page for every character of U+0021–U+017F and common punctuation (no blank glyphs)', async () => {
    const chars: string[] = [];
    for (let cp = 0x21; cp <= 0x17f; cp++)
      if (cp < 0x7f || cp > 0xa0) if (cp !== 0xad) chars.push(String.fromCodePoint(cp));
    chars.push(...'’‘“”‚„–—…•€'.split(''));
    // 40 characters a card, each its own word, so a blank glyph shows as a word without ink.
    const cards = [];
    for (let i = 0; i < chars.length; i += 40) {
      cards.push({ seed: `c${i}`, front: 'x', inside: chars.slice(i, i + 40).join(' '), closing: '' });
    }
    const bytes = await build({ font: fontBytes(id), cards });
    const seenChars: string[] = [];
    const blank: string[] = [];
    for (let page = 2; page <= 2 * Math.ceil(cards.length / 2); page += 2) {
      const img = renderGray(bytes, page, 144);
      const words = pdfWords(bytes, page);
      words.forEach((w, i) => {
        seenChars.push(...w.text);
        // Handwriting overhangs its advance box (an apostrophe leans right): look between the
        // midpoints to the neighbouring words on the line.
        const prev = words[i - 1]?.yMin === w.yMin ? words[i - 1] : undefined;
        const next = words[i + 1]?.yMin === w.yMin ? words[i + 1] : undefined;
        const box = {
          ...w,
          xMin: prev ? (prev.xMax + w.xMin) / 2 : w.xMin - 2,
          xMax: next ? (w.xMax + next.xMin) / 2 : w.xMax + 2,
        };
        if (inkIn(img, box, 144) === 0) blank.push(w.text);
      });
    }
    expect(blank).toEqual([]);
    expect(seenChars.sort().join('')).toBe([...chars].sort().join(''));
  });

  it('reads back the same with natural variation on', async () => {
    const bytes = await build({ font: fontBytes(id), variation: true });
    expect(lines(pdfText(bytes, 1))).toEqual([PANGRAM]);
    expect(lines(pdfText(bytes, 2))).toEqual(NAMES);
  });
});

describe('fallback fonts', () => {
  it('writes 王小明 and 김민준 with the CJK fallback, subset to just those characters', async () => {
    const bytes = await build({
      cards: [{ seed: 'w', front: 'Happy Birthday', inside: 'Dear 王小明,\n김민준 says hi', closing: '' }],
    });
    expect(lines(pdfText(bytes, 2))).toEqual(['Dear 王小明,', '김민준 says hi']);
    const fonts = pdfFonts(bytes);
    expect(fonts.map((f) => f.name.replace(/-\d+$/, '')).sort()).toEqual([
      'Caveat-Regular',
      'DroidSansFallback',
    ]);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    // Subset: the whole Droid Sans Fallback is 3.4 MB; this document stays small.
    expect(bytes.length).toBeLessThan(150_000);
  });

  it('writes Greek, Cyrillic and symbols the handwriting font lacks with DejaVu Sans', async () => {
    const bytes = await build({
      font: fontBytes('kalam'),
      cards: [{ seed: 'g', front: 'Hi', inside: 'Γειά σου Ελένη\nПривет, Ольга ♥ ★ →', closing: '' }],
    });
    expect(lines(pdfText(bytes, 2))).toEqual(['Γειά σου Ελένη', 'Привет, Ольга ♥ ★ →']);
    expect(pdfFonts(bytes).some((f) => f.name.startsWith('DejaVuSans'))).toBe(true);
  });

  it('says which characters fell back, per card and font', async () => {
    const r = await buildCardsPdf({
      cards: [
        { seed: 'a', front: 'Hi', inside: 'Dear 王小明', closing: '' },
        { seed: 'b', front: 'Hi', inside: 'Dear Zoë', closing: '' },
      ],
      format: 'a6-quarter-fold',
      paper: 'A4',
      font: fontBytes('caveat'),
      fallbackFonts: fallbackFonts(),
      subsetFont: await nodeSubsetter(),
      ink: 'blue',
      variation: true,
      marks: true,
    });
    expect(r.ok).toBe(true);
    const fb = r.warnings.filter((w) => w.kind === 'fallback-font');
    expect(fb).toHaveLength(1);
    expect(fb[0]).toMatchObject({ card: 0, font: 'droid-sans-fallback', chars: ['王', '小', '明'] });
  });

  it('refuses characters no font has (emoji, right-to-left) until the user confirms, then leaves only them out', async () => {
    const opts: BuildCardsOptions = {
      cards: [{ seed: 'e', front: 'Hi', inside: 'Congrats 🎉 Zoë! שלום', closing: '' }],
      format: 'postcard-5x7',
      paper: 'A4',
      font: fontBytes('caveat'),
      fallbackFonts: fallbackFonts(),
      subsetFont: await nodeSubsetter(),
      ink: 'blue',
      variation: false,
      marks: false,
    };
    const blocked = await buildCardsPdf(opts);
    expect(blocked.ok).toBe(false);
    if (blocked.ok) return;
    const problem = blocked.problems.find((p) => p.kind === 'unrenderable');
    expect(problem).toMatchObject({ card: 0, part: 'message', severity: 'blocking' });
    expect(problem!.chars).toEqual(['🎉', 'ש', 'ל', 'ו', 'ם']);
    expect(problem!.message).toContain('U+1F389');
    expect(problem!.message).toMatch(/right-to-left/);

    const confirmed = await buildCardsPdf({ ...opts, dropUnrenderable: true });
    expect(confirmed.ok).toBe(true);
    if (!confirmed.ok) return;
    expect(confirmed.warnings.find((w) => w.kind === 'unrenderable')?.severity).toBe('warning');
    expect(lines(pdfText(confirmed.bytes, 2))).toEqual(['Congrats Zoë!']);
  });

  it('composes decomposed accents (e + U+0308) and drops zero-width characters', async () => {
    const bytes = await build({
      cards: [{ seed: 'n', front: 'Zoe\u0308', inside: 'Lu\u200Bkas\uFE0F', closing: '' }],
    });
    expect(lines(pdfText(bytes, 1))).toEqual(['Zoë']);
    expect(lines(pdfText(bytes, 2))).toEqual(['Lukas']);
  });
});

/**
 * Prepares the fonts bundled in resources/fonts (run: `npx tsx scripts/prepare-fonts.ts`).
 *
 * Why: pdf-lib's own subsetting silently drops letters, and WOFF/WOFF2 embed as blanks. Each font
 * is normalised once here with subset-font (HarfBuzz) to plain TrueType holding exactly the
 * characters we promise, with no OpenType layout features (Caveat's calt/liga show gaps through
 * pdf-lib, and one glyph per code point keeps our width measuring exact). The app then embeds the
 * result whole (`subset: false`). The two fallback fonts are trimmed here to the scripts they serve
 * and are subset again per PDF, to exactly the characters a batch needs (shared/cards/subset.ts).
 *
 * Sources: handwriting fonts from the pinned @expo-google-fonts packages (complete TTFs, OFL);
 * fallbacks from Debian (`apt-get install -y fonts-droid-fallback fonts-dejavu-core`).
 * The output is committed, so the app needs none of these at run time.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import fontkit from '@pdf-lib/fontkit';
import { BUNDLED_FONT_FILES, FALLBACK_FONT_FILES } from '../shared/cards/fonts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'resources', 'fonts');

function range(from: number, to: number): string {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
  return s;
}

/** Latin (U+0020–U+017F), Latin Extended-B bits for Romanian, Vietnamese, Greek and Cyrillic where a font has them, and the punctuation people type. */
const HANDWRITING_TEXT =
  range(0x20, 0x7e) +
  range(0xa0, 0x17f) +
  'ƒȘșȚțˆˇ˘˙˚˛˜˝' +
  range(0x370, 0x3ff) +
  range(0x400, 0x4ff) +
  range(0x1e00, 0x1eff) +
  '‐‑‒–—―‘’‚‛“”„‟†‡•…‰′″‹›⁄€₤₹₽№™℮←↑→↓∙√∞≈≠≤≥♥ ';

const FALLBACK_RANGES: Record<string, string> = {
  // DejaVu Sans: Greek, Cyrillic, Latin extensions, punctuation, currency, arrows, symbols, dingbats.
  // Hebrew and Arabic are left out on purpose: right-to-left text is not laid out yet.
  'dejavu-sans': range(0x20, 0x7e) + range(0xa0, 0x52f) + range(0x1e00, 0x1fff) + range(0x2000, 0x2bff),
  // Droid Sans Fallback: CJK punctuation, kana, Hangul, CJK ideographs and full-width forms.
  'droid-sans-fallback':
    range(0x2e80, 0x2fdf) +
    range(0x3000, 0x33ff) +
    range(0x3400, 0x4dbf) +
    range(0x4e00, 0x9fff) +
    range(0xa960, 0xa97f) +
    range(0xac00, 0xd7ff) +
    range(0xf900, 0xfaff) +
    range(0xfe30, 0xfe4f) +
    range(0xff00, 0xffef),
};

function requireFile(path: string, hint: string): Buffer {
  if (!existsSync(path)) throw new Error(`${path} is missing: ${hint}`);
  return readFileSync(path);
}

async function main(): Promise<void> {
  for (const f of BUNDLED_FONT_FILES) {
    const src = join(root, f.source);
    const input = requireFile(src, 'run npm ci (the @expo-google-fonts packages are devDependencies)');
    const ttf = await subsetFont(input, HANDWRITING_TEXT, { targetFormat: 'truetype', keepFeatures: [] });
    const dir = join(out, f.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, f.file), ttf);
    copyFileSync(join(root, f.licenseSource), join(dir, f.licenseFile));
    report(f.id, input, ttf);
  }
  for (const f of FALLBACK_FONT_FILES) {
    const input = requireFile(f.source, 'apt-get install -y fonts-droid-fallback fonts-dejavu-core');
    const text = FALLBACK_RANGES[f.id];
    if (!text) throw new Error(`No character ranges for fallback font ${f.id}`);
    const ttf = await subsetFont(input, text, {
      targetFormat: 'truetype',
      keepFeatures: [],
      noHinting: true,
    });
    const dir = join(out, f.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, f.file), ttf);
    const header = FALLBACK_LICENSE_HEADERS[f.id];
    writeFileSync(join(dir, f.licenseFile), header + readFileSync(f.licenseSource, 'utf8'));
    report(f.id, input, ttf);
  }
}

/** Each fallback's copyright line, written above the license text Debian ships for it. */
const FALLBACK_LICENSE_HEADERS: Record<string, string> = {
  'dejavu-sans':
    'DejaVuSans-Fallback.ttf is DejaVu Sans 2.37 (Debian fonts-dejavu-core), trimmed to the\n' +
    'characters listed in scripts/prepare-fonts.ts. Its license, as Debian records it:\n\n',
  'droid-sans-fallback':
    'DroidSansFallback-CJK.ttf is Droid Sans Fallback (Debian fonts-droid-fallback), trimmed to CJK,\n' +
    'kana and Hangul by scripts/prepare-fonts.ts.\n' +
    'Copyright (C) 2006, 2007, 2008, 2009, 2010 Google Corp. Droid is a trademark of Google Corp.\n' +
    'Licensed under the Apache License, Version 2.0:\n\n',
};

function report(id: string, input: Buffer, ttf: Buffer): void {
  const font = fontkit.create(ttf);
  const latin = range(0x20, 0x7e) + range(0xa0, 0x17f);
  const missing = [...latin].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
  console.log(
    `${id}: ${input.length} → ${ttf.length} bytes, ${font.numGlyphs} glyphs, ${font.characterSet.length} code points` +
      (missing.length ? `; U+0020–U+017F not covered: ${missing.join(' ')}` : ''),
  );
}

await main();

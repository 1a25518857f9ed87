import { describe, expect, it } from 'vitest';
import { FontChooser, measureFont } from '../../../shared/cards/glyphs';
import { JITTER_ROOM, lineStyle, wrapText, type FontStack } from '../../../shared/cards/text-layout';
import { createFontSubsetter } from '../../../shared/cards/subset';
import { fallbackFonts, fontBytes } from './fixtures';
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

function stack(): FontStack {
  const fonts = [measureFont(fontBytes('caveat').bytes), ...fallbackFonts().map((f) => measureFont(f.bytes))];
  return { fonts, scales: [1, 0.74, 0.8], chooser: new FontChooser(fonts) };
}

const text = (lines: ReturnType<typeof wrapText>) => lines.map((l) => l.runs.map((r) => r.text).join(''));

describe('wrapText', () => {
  it('wraps at spaces and keeps every line within the width, jitter room included', () => {
    const s = stack();
    for (const variation of [false, true]) {
      const lines = wrapText(
        {
          text: 'Thank you for the trust you have placed in me, Łukasz – it means more than you might think.',
          size: 15,
          maxWidth: 200,
          seed: 'x',
          block: 'inside',
          variation,
        },
        s,
      );
      expect(lines.length).toBeGreaterThan(2);
      for (const l of lines) expect(l.width).toBeLessThanOrEqual(200 - (variation ? JITTER_ROOM : 0) + 1e-6);
      expect(text(lines).join(' ')).toBe(
        'Thank you for the trust you have placed in me, Łukasz – it means more than you might think.',
      );
    }
  });

  it('breaks Chinese and Japanese between characters, since they use no spaces', () => {
    const s = stack();
    const sentence = '王小明先生，感谢您一直以来的信任与支持。祝您生日快乐，万事如意！';
    const lines = wrapText(
      { text: sentence, size: 15, maxWidth: 120, seed: 'x', block: 'inside', variation: false },
      s,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(text(lines).join('')).toBe(sentence);
    for (const l of lines) {
      expect(l.width).toBeLessThanOrEqual(120);
      expect(l.runs.every((r) => r.font === 2)).toBe(true);
    }
  });

  it('keeps paragraphs and blank lines, and drops trailing blank lines', () => {
    const lines = wrapText(
      {
        text: 'Dear Zoë,\n\nHello!\n\n',
        size: 15,
        maxWidth: 300,
        seed: 'x',
        block: 'inside',
        variation: false,
      },
      stack(),
    );
    expect(lines.map((l) => l.blank)).toEqual([false, true, false]);
  });

  it('gives each line its own slight, repeatable variation', () => {
    const a = lineStyle('card-1', 'inside', 3, true, 15);
    expect(lineStyle('card-1', 'inside', 3, true, 15)).toEqual(a);
    expect(lineStyle('card-1', 'inside', 4, true, 15)).not.toEqual(a);
    expect(lineStyle('card-2', 'inside', 3, true, 15)).not.toEqual(a);
    for (let i = 0; i < 200; i++) {
      const st = lineStyle(`seed-${i}`, 'inside', i % 20, true, 15);
      expect(st.sizeFactor).toBeGreaterThan(0.96);
      expect(st.sizeFactor).toBeLessThanOrEqual(1);
      expect(Math.abs(st.rotate)).toBeLessThanOrEqual(0.45);
      expect(Math.abs(st.skew)).toBeLessThanOrEqual(3.5);
      expect(Math.abs(st.dx)).toBeLessThanOrEqual(1.4);
    }
    expect(lineStyle('x', 'inside', 0, false, 15)).toEqual({
      sizeFactor: 1,
      spacing: 0,
      rotate: 0,
      skew: 0,
      dx: 0,
      dy: 0,
    });
  });
});

describe('createFontSubsetter', () => {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const droid = fallbackFonts().find((f) => f.id === 'droid-sans-fallback')!.bytes;

  it('cuts the CJK fallback down to exactly the characters asked for, the same bytes every time', async () => {
    const subset = await createFontSubsetter(wasm);
    const cps = [...'王小明김민준'].map((c) => c.codePointAt(0)!);
    const a = subset(droid, cps);
    expect(a.length).toBeLessThan(10_000);
    const font = fontkit.create(a);
    // fontkit lists the cmap's 0xFFFF end-of-table marker as a character; it maps to no glyph.
    expect(font.characterSet.filter((c) => c !== 0xffff).sort()).toEqual([...cps].sort());
    expect(Buffer.from(subset(droid, cps)).equals(Buffer.from(a))).toBe(true);
  });

  it('also takes a compiled WebAssembly.Module, as the renderer passes it', async () => {
    const subset = await createFontSubsetter(new WebAssembly.Module(wasm));
    expect(
      fontkit.create(subset(droid, ['王'.codePointAt(0)!])).hasGlyphForCodePoint('王'.codePointAt(0)!),
    ).toBe(true);
  });
});

/**
 * The PDF builder end to end: text lands in its panel on the printed page, long messages shrink
 * then overflow (never cut), unfilled fields block, the same input gives the same bytes,
 * envelopes and labels follow the cards in order, and 500 cards build fast and small.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';
import {
  buildCardsPdf,
  buildMergeValues,
  cardPrintSettings,
  checkCards,
  pngFromDataUrl,
  mergeTemplate,
  mmToPt,
  sheetLayout,
  templateForKind,
  type BuildCardsOptions,
  type CardInput,
} from '../../../shared/cards';
import {
  fallbackFonts,
  fontBytes,
  nodeSubsetter,
  pdfFonts,
  pdfInfo,
  pdfText,
  pdfTextIn,
  pdfWords,
  signaturePng,
} from './fixtures';

const welcome = (firstName: string, seed = firstName): CardInput => {
  const m = mergeTemplate(
    templateForKind('welcome-card'),
    buildMergeValues({
      client: { firstName, lastName: 'Wróbel', salutation: undefined, company: undefined },
      settings: { senderName: 'Anna Becker' },
    }),
  );
  return {
    seed,
    front: m.front,
    inside: m.inside,
    closing: m.closing,
    recipient: {
      name: `${firstName} Wróbel`,
      address: { lines: ['ul. Długa 5'], city: 'Kraków', postalCode: '31-147', country: 'Poland' },
      countryCode: 'PL',
    },
  };
};

async function base(o: Partial<BuildCardsOptions> = {}): Promise<BuildCardsOptions> {
  return {
    cards: [welcome('Łukasz')],
    format: 'a6-quarter-fold',
    paper: 'A4',
    font: fontBytes('caveat'),
    fallbackFonts: fallbackFonts(),
    subsetFont: await nodeSubsetter(),
    ink: 'blue',
    variation: true,
    marks: true,
    senderCountryCode: 'DE',
    date: '2026-03-01' as BuildCardsOptions['date'],
    ...o,
  };
}

async function ok(o: Partial<BuildCardsOptions> = {}) {
  const r = await buildCardsPdf(await base(o));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** pdftotext's region: pt from the page's top-left. Panel rects are mm from the bottom-left. */
function region(layoutPageHeightMm: number, r: { x: number; y: number; width: number; height: number }) {
  return {
    x: mmToPt(r.x as never),
    y: mmToPt((layoutPageHeightMm - r.y - r.height) as never),
    w: mmToPt(r.width as never),
    h: mmToPt(r.height as never),
  };
}

describe('text lands in its panel', () => {
  it('A6 quarter-fold: message and closing on the inside-right quarter, the front text on the upside-down front quarter', async () => {
    const r = await ok();
    expect(r.pageCount).toBe(1);
    const L = sheetLayout('a6-quarter-fold', 'A4');
    const rect = (role: string) => L.sides[0]!.panels.find((p) => p.role === role)!.rect;
    const inside = flat(pdfTextIn(r.bytes, 1, region(297, rect('inside-right'))));
    expect(inside).toContain('Dear Łukasz,');
    expect(inside).toContain('Warmly,');
    expect(inside).toContain('Anna Becker');
    expect(inside).not.toContain('Welcome!');
    expect(flat(pdfTextIn(r.bytes, 1, region(297, rect('inside-left'))))).toBe('');
    expect(flat(pdfTextIn(r.bytes, 1, region(297, rect('back'))))).toBe('');
    const front = flat(pdfTextIn(r.bytes, 1, region(297, rect('front'))));
    expect(front.replace(/ /g, '')).toMatch(/Welcome!|!emocleW/);
    expect(front).not.toContain('Dear');
  });

  it('every word of the message stays inside the panel, with margins, at every format', async () => {
    for (const [format, paper] of [
      ['a6-quarter-fold', 'A4'],
      ['a5-half-fold', 'A4'],
      ['a2-quarter-fold', 'Letter'],
      ['a2-half-fold', 'Letter'],
      ['postcard-5x7', 'Letter'],
      ['postcard-4x6', 'A4'],
    ] as const) {
      const r = await ok({ format, paper, cards: [welcome('Zoë')] });
      const L = sheetLayout(format, paper);
      const sideIndex = L.sides.findIndex((s) =>
        s.panels.some((p) => p.role === (format.startsWith('postcard') ? 'back' : 'inside-right')),
      );
      const panel = L.sides[sideIndex]!.panels.find(
        (p) => p.role === (format.startsWith('postcard') ? 'back' : 'inside-right') && p.slot === 0,
      )!;
      const words = pdfWords(r.bytes, sideIndex + 1);
      const box = region(mmToPt(L.page.height as never) * (25.4 / 72), panel.rect);
      const inPanel = words.filter(
        (w) => w.xMin >= box.x && w.xMax <= box.x + box.w && w.yMin >= box.y && w.yMax <= box.y + box.h,
      );
      const text = inPanel.map((w) => w.text).join(' ');
      expect(text, format).toContain('Dear Zoë,');
      expect(text, format).toContain('Becker');
      // Margins: nothing within 5 mm of the panel's left/right edge.
      const margin = mmToPt(5 as never);
      for (const w of inPanel) {
        expect(w.xMin, `${format} "${w.text}"`).toBeGreaterThan(box.x + margin);
        expect(w.xMax, `${format} "${w.text}"`).toBeLessThan(box.x + box.w - margin);
      }
    }
  });

  it('half-fold A5: page 1 has only the front text, page 2 the message', async () => {
    const r = await ok({ format: 'a5-half-fold' });
    expect(r.pageCount).toBe(2);
    expect(flat(pdfText(r.bytes, 1))).toBe('Welcome!');
    expect(flat(pdfText(r.bytes, 2))).toContain('Dear Łukasz,');
  });
});

describe('fitting', () => {
  it('shrinks a long message to fit and says so; a message that cannot fit at 70% is refused, never cut', async () => {
    const long = {
      ...welcome('Zoë'),
      inside: welcome('Zoë').inside + '\n\n' + 'We will take it one step at a time. '.repeat(10),
    };
    const r = await ok({ cards: [long] });
    const shrunk = r.warnings.find((w) => w.kind === 'shrunk');
    expect(shrunk?.scale).toBeLessThan(1);
    expect(shrunk?.scale).toBeGreaterThanOrEqual(0.7);
    expect(flat(pdfText(r.bytes))).toContain('one step at a time.');

    const tooLong = { ...long, inside: 'So much to say. '.repeat(100) };
    const blocked = await buildCardsPdf(await base({ cards: [welcome('Anna'), tooLong] }));
    expect(blocked.ok).toBe(false);
    if (blocked.ok) return;
    expect(blocked.problems).toEqual([
      expect.objectContaining({ kind: 'overflow', card: 1, part: 'message', severity: 'blocking' }),
    ]);
    expect(blocked.problems[0]!.message).toMatch(/Card 2.*Shorten it or pick a larger card/);
    // The same text fits the bigger A5 card.
    expect((await buildCardsPdf(await base({ cards: [tooLong], format: 'a5-half-fold' }))).ok).toBe(true);
  });

  it('breaks a word longer than the line instead of running past the edge', async () => {
    const url = 'https://example.com/' + 'averyveryverylongpath'.repeat(5);
    const r = await ok({ cards: [{ ...welcome('Zoë'), inside: `Dear Zoë,\n${url}` }], variation: false });
    expect(flat(pdfText(r.bytes)).replace(/ /g, '')).toContain(url);
  });

  it('refuses a card that still has a {field}, naming the field', async () => {
    const r = await buildCardsPdf(
      await base({ cards: [{ ...welcome('Zoë'), inside: 'Happy {holidayName}, {firstName}!' }] }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({
      kind: 'unfilled-field',
      card: 0,
      fields: ['holidayName', 'firstName'],
    });
    expect(r.problems[0]?.message).toBe(
      "Card 1 still needs the holiday, the client's first name: fill them in or edit the text.",
    );
  });

  it('refuses a folded format on the wrong paper, and an empty batch', async () => {
    const r = await buildCardsPdf(await base({ paper: 'Letter' }));
    expect(r.ok || r.problems[0]).toMatchObject({ kind: 'format-paper' });
    const e = await buildCardsPdf(await base({ cards: [] }));
    expect(e.ok || e.problems[0]).toMatchObject({ kind: 'no-cards' });
  });
});

describe('determinism and variation', () => {
  it('the same input gives byte-identical PDFs; another seed changes the handwriting', async () => {
    const a = await ok({ signaturePng: signaturePng() });
    const b = await ok({ signaturePng: signaturePng() });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const c = await ok({ cards: [welcome('Łukasz', 'another-seed')], signaturePng: signaturePng() });
    expect(Buffer.from(a.bytes).equals(Buffer.from(c.bytes))).toBe(false);
    const words = (b: Uint8Array) => flat(pdfText(b)).replace(/ /g, '');
    expect(words(c.bytes)).toBe(words(a.bytes));
  });

  it('natural variation keeps each line on its line: words of one line stay within 3 pt of each other', async () => {
    for (const format of ['postcard-5x7', 'a6-quarter-fold'] as const) {
      for (const seed of ['a', 'b', 'c', 'd']) {
        const r = await ok({ format, cards: [welcome('Zoë', seed)] });
        const page = format === 'postcard-5x7' ? 2 : 1;
        const words = pdfWords(r.bytes, page).filter(
          (w) => w.yMin > (format === 'postcard-5x7' ? 0 : mmToPt(148.5 as never)),
        );
        // Group words into lines by reading order: a new line starts when x jumps back left or
        // the next word sits a line lower.
        const lines: (typeof words)[] = [];
        for (const w of words) {
          const line = lines.at(-1);
          const prev = line?.at(-1);
          if (line && prev && w.xMin > prev.xMin && Math.abs(w.yMax - prev.yMax) < 8) line.push(w);
          else lines.push([w]);
        }
        expect(lines.length).toBeGreaterThan(6);
        for (const line of lines) {
          const ys = line.map((w) => w.yMax);
          expect(
            Math.max(...ys) - Math.min(...ys),
            `${format}/${seed}: ${line.map((w) => w.text).join(' ')}`,
          ).toBeLessThan(3);
        }
      }
    }
  });

  it('writes the given date and Touchpoint as producer, never the clock', async () => {
    const info = pdfInfo((await ok()).bytes);
    expect(info.CreationDate).toMatch(/^2026-03-01T00:00:00(Z|\+00)/);
    expect(info.ModDate).toBe(info.CreationDate);
    expect(info.Producer).toBe('Touchpoint');
    expect(info.Title).toBe('Touchpoint cards');
    // Without a date, none is written at all.
    expect(pdfInfo((await ok({ date: undefined })).bytes).CreationDate).toBeUndefined();
  });
});

describe('envelopes and labels', () => {
  const names = ['Łukasz', 'Zoë', '王小明', 'Ingrid'];
  it('prints the cards, then one envelope per card in the same order, address right of centre', async () => {
    const r = await ok({
      cards: names.map((n) => welcome(n)),
      envelopes: {
        kind: 'DL',
        returnAddress: {
          name: 'Anna Becker',
          address: { lines: ['Kastanienallee 7'], city: 'Berlin', postalCode: '10435' },
          countryCode: 'DE',
        },
      },
    });
    expect(r.pageCount).toBe(4 + 4);
    names.forEach((n, i) => {
      const page = 5 + i;
      const words = pdfWords(r.bytes, page);
      const name = words.find((w) => w.text === n);
      expect(name, n).toBeDefined();
      expect(name!.xMin).toBeGreaterThan(mmToPt(220 as never) * 0.4);
      // Foreign address: the country line is printed; the return address top-left.
      expect(flat(pdfText(r.bytes, page))).toContain('31-147 Kraków Poland');
      const sender = words.find((w) => w.text === 'Anna')!;
      expect(sender.xMin).toBeLessThan(mmToPt(20 as never));
      expect(sender.yMin).toBeLessThan(mmToPt(25 as never));
    });
  });

  it('fills Avery L7160 labels left to right, top to bottom, in card order, starting where asked', async () => {
    const r = await ok({ cards: names.map((n) => welcome(n)), labels: { sheet: 'avery-l7160', startAt: 2 } });
    expect(r.pageCount).toBe(5);
    const words = pdfWords(r.bytes, 5);
    const pos = names.map((n) => words.find((w) => w.text === n)!);
    // Label 2 is the top-right one; then the second row.
    expect(pos[0]!.xMin).toBeGreaterThan(mmToPt(140 as never));
    expect(pos[1]!.yMin).toBeGreaterThan(pos[0]!.yMin + mmToPt(30 as never));
    expect(pos[1]!.xMin).toBeLessThan(mmToPt(70 as never));
    expect(pos[2]!.xMin).toBeGreaterThan(pos[1]!.xMin);
    expect(pos[3]!.xMin).toBeGreaterThan(pos[2]!.xMin);
  });

  it('warns when a card has no postal address for its envelope', async () => {
    const r = await ok({
      cards: [{ ...welcome('Zoë'), recipient: { name: 'Zoë' } }],
      envelopes: { kind: 'C6' },
    });
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ kind: 'no-address', card: 0, severity: 'warning' }),
    );
  });
});

describe('batches', () => {
  it('500 cards build in seconds into a few MB, embedding each font once, with progress', async () => {
    const cards = Array.from({ length: 500 }, (_, i) =>
      welcome(i % 10 === 0 ? '王小明' : `Zoë ${i}`, `tp-${i}`),
    );
    const progress: number[] = [];
    const t0 = performance.now();
    const r = await ok({
      cards,
      signaturePng: signaturePng(),
      onProgress: (done, total) => progress.push(done / total),
    });
    const ms = performance.now() - t0;
    console.log(
      `500 A6 cards: ${r.pageCount} pages, ${(r.bytes.length / 1024 / 1024).toFixed(2)} MB, ${Math.round(ms)} ms`,
    );
    expect(r.pageCount).toBe(500);
    expect(r.bytes.length).toBeLessThan(5 * 1024 * 1024);
    expect(ms).toBeLessThan(30_000);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBe(500);
    // One font object each for the handwriting and the CJK fallback, shared by all 500 pages.
    const fonts = pdfFonts(r.bytes);
    expect(fonts.map((f) => f.name.replace(/-\d+$/, '')).sort()).toEqual([
      'Caveat-Regular',
      'DroidSansFallback',
    ]);
  });
});

describe('checkCards (before printing)', () => {
  it('reports the same problems as printing would, without building a PDF', async () => {
    const o = await base({
      cards: [
        welcome('Zoë'),
        { ...welcome('Anna'), inside: 'Hi {firstName} 🎉' },
        { ...welcome('Tom'), inside: 'So much to say. '.repeat(100) },
      ],
    });
    const check = checkCards(o);
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => [p.kind, p.card])).toEqual([
      ['unfilled-field', 1],
      ['unrenderable', 1],
      ['overflow', 2],
    ]);
    const built = await buildCardsPdf(o);
    expect(built.ok || built.problems).toEqual(check.problems);
    expect(checkCards(await base()).ok).toBe(true);
  });
});

describe('cardPrintSettings', () => {
  it('reads Settings, falling back to the paper default for a format the paper cannot print', () => {
    const s = (o: Partial<Settings['cards']>, paperSize: Settings['paperSize'] = 'A4') => ({
      paperSize,
      cards: { ...DEFAULT_SETTINGS.cards, ...o },
    });
    expect(cardPrintSettings(s({})).format).toBe('a6-quarter-fold');
    expect(cardPrintSettings(s({}, 'Letter')).format).toBe('a2-quarter-fold');
    expect(cardPrintSettings(s({ format: 'a5-half-fold' })).format).toBe('a5-half-fold');
    expect(cardPrintSettings(s({ format: 'a5-half-fold' }, 'Letter')).format).toBe('a2-quarter-fold');
    expect(cardPrintSettings(s({ format: 'postcard-4x6' }, 'Letter')).format).toBe('postcard-4x6');
    expect(cardPrintSettings(s({ format: 'nonsense', envelope: 'C6', font: 'kalam' })).envelope).toBe('C6');
    expect(cardPrintSettings(s({ font: 'comic-sans' })).fontId).toBe('caveat');
    expect(cardPrintSettings(s({}, 'Letter')).labelSheet).toBe('avery-5160');
  });

  it("decodes the signature data URL to PNG bytes the builder embeds, and refuses what isn't a PNG", async () => {
    const png = signaturePng();
    const url = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    const decoded = cardPrintSettings({
      paperSize: 'A4',
      cards: { ...DEFAULT_SETTINGS.cards, signaturePng: url },
    }).signaturePng;
    expect(Buffer.from(decoded!).equals(Buffer.from(png))).toBe(true);
    expect(pngFromDataUrl('data:image/jpeg;base64,/9j/4AAQ')).toBeUndefined();
    expect(
      pngFromDataUrl(`data:image/png;base64,${Buffer.from('not a png').toString('base64')}`),
    ).toBeUndefined();
    const r = await ok({ signaturePng: decoded });
    expect(r.bytes.length).toBeGreaterThan(0);
  });
});

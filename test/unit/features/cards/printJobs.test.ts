/**
 * The Cards screen's own logic: what a card says for a client and touchpoint, what each PDF page
 * is (checked against the real builder's page count), the advice for a message that is too long
 * (checked by fitting the shortened text), and the signature check.
 */
import { describe, expect, it } from 'vitest';
import {
  buildCardsPdf,
  checkCards,
  DEFAULT_CARD_TEMPLATES,
  type CardFormatId,
} from '../../../../shared/cards';
import type { Client, Touchpoint } from '../../../../shared/domain/schemas';
import { overflowHint } from '../../../../renderer/features/cards/overflowHint';
import {
  cardText,
  messageSnippet,
  overflowText,
  pageLabels,
  prepareCard,
  returnRecipient,
  rowProblem,
} from '../../../../renderer/features/cards/printJobs';
import { checkSignaturePng } from '../../../../renderer/features/cards/signaturePng';
import { fallbackFonts, fontBytes, nodeSubsetter, signaturePng } from '../../cards/fixtures';

const now = '2026-11-24T09:00:00.000Z';
const client = (over: Partial<Client> = {}): Client => ({
  id: 'c1',
  firstName: 'Zoë',
  lastName: 'Ñúñez',
  importantDates: [],
  tags: [],
  journey: { status: 'active' },
  createdAt: now,
  updatedAt: now,
  ...over,
});
const touchpoint = (over: Partial<Touchpoint> = {}): Touchpoint => ({
  id: 't1',
  clientId: 'c1',
  kind: 'welcome-card',
  channel: 'card',
  due: '2026-11-25' as Touchpoint['due'],
  status: 'planned',
  title: 'Welcome card',
  manual: false,
  createdAt: now,
  updatedAt: now,
  ...over,
});
const tpl = (kind: string) => DEFAULT_CARD_TEMPLATES.find((t) => t.kind === kind)!;

describe('prepareCard', () => {
  it('merges the client, the touchpoint and Settings, and keeps the exact text for the history', () => {
    const c = prepareCard(
      touchpoint(),
      client({ address: { lines: ['Lindenstraße 12'], city: 'Berlin', postalCode: '10115' }, country: 'DE' }),
      tpl('welcome-card'),
      { senderName: 'Anna Becker' },
    );
    expect(c.missing).toEqual([]);
    expect(c.texts.inside.startsWith('Dear Zoë,\n\n')).toBe(true);
    expect(c.texts.closing).toBe('Warmly,\nAnna Becker');
    expect(c.text).toBe(`Welcome!\n\n${c.texts.inside}\n\nWarmly,\nAnna Becker`);
    expect(c.input).toMatchObject({ seed: 't1', recipient: { name: 'Zoë Ñúñez', countryCode: 'DE' } });
  });

  it('lists fields with no value (never guessed), fills them from what the user typed, and takes an edited text as is', () => {
    const thanks = touchpoint({ kind: 'referral-thank-you', title: 'Thank-you for the referral' });
    const bare = prepareCard(thanks, client(), tpl('referral-thank-you'), { senderName: '' });
    expect(bare.missing).toEqual(['referredName', 'signature']);
    expect(bare.texts.inside).toContain('{referredName}');
    const filled = prepareCard(
      thanks,
      client(),
      tpl('referral-thank-you'),
      { senderName: '' },
      {
        values: { referredName: 'Łukasz Wróbel', signature: 'Anna' },
      },
    );
    expect(filled.missing).toEqual([]);
    expect(filled.texts.inside).toContain('introducing me to Łukasz Wróbel.');
    const own = prepareCard(
      thanks,
      client(),
      tpl('referral-thank-you'),
      { senderName: '' },
      {
        texts: { front: 'Danke!', inside: 'Liebe Zoë, danke!', closing: 'Anna' },
      },
    );
    expect(own.text).toBe('Danke!\n\nLiebe Zoë, danke!\n\nAnna');
  });

  it('writes a Chinese name family name first on the envelope', () => {
    const c = prepareCard(touchpoint(), client({ firstName: '小明', lastName: '王' }), tpl('welcome-card'), {
      senderName: 'Anna',
    });
    expect(c.input.recipient?.name).toBe('王小明');
    expect(c.texts.inside.startsWith('Dear 小明,')).toBe(true);
  });
});

describe('returnRecipient and snippets', () => {
  it('does not write the name twice when the return address starts with it', () => {
    const r = returnRecipient({
      senderName: 'Anna Becker',
      returnAddress: { lines: ['Anna Becker', 'Kastanienallee 7', '10435 Berlin'] },
      country: 'DE',
    });
    expect(r?.name).toBe('');
    const s = returnRecipient({
      senderName: 'Anna Becker',
      returnAddress: { lines: ['Kastanienallee 7', ''] },
      country: undefined,
    });
    expect(s).toMatchObject({ name: 'Anna Becker', address: { lines: ['Kastanienallee 7'] } });
    expect(
      returnRecipient({ senderName: '', returnAddress: { lines: [] }, country: undefined }),
    ).toBeUndefined();
  });

  it('shows the start of the message, front left off', () => {
    expect(
      messageSnippet(cardText({ front: 'Welcome!', inside: 'Dear Zoë,\n\nSo glad.', closing: 'Anna' }), 40),
    ).toBe('Dear Zoë, So glad. Anna');
    expect(messageSnippet('Front\n\n' + 'word '.repeat(40), 20)).toBe('word word word word…');
  });
});

describe('pageLabels match the PDF the builder makes', () => {
  const names = ['Zoë Ñúñez', 'Łukasz Wróbel', '王小明', "Maggie O'Brien", 'Jürgen Weiß'];
  const cases: [
    CardFormatId,
    'A4' | 'Letter',
    { envelopes?: boolean; labels?: { sheet: 'avery-l7160' | 'avery-5160'; startAt?: number } },
  ][] = [
    ['a6-quarter-fold', 'A4', { envelopes: true }],
    ['a5-half-fold', 'A4', {}],
    ['a2-half-fold', 'Letter', { envelopes: true }],
    ['postcard-4x6', 'A4', {}],
    ['a6-quarter-fold', 'A4', { labels: { sheet: 'avery-l7160', startAt: 19 } }],
  ];
  for (const [format, paper, extras] of cases) {
    it(`${format} on ${paper}${extras.envelopes ? ' with envelopes' : ''}${extras.labels ? ' with labels from label 20' : ''}`, async () => {
      const r = await buildCardsPdf({
        cards: names.map((n, i) => ({
          seed: `s${i}`,
          front: 'Hello',
          inside: `Dear ${n},\n\nThank you.`,
          closing: 'Anna',
          recipient: {
            name: n,
            address: { lines: ['Hauptstraße 1'], city: 'Berlin', postalCode: '10115' },
            countryCode: 'DE',
          },
        })),
        format,
        paper,
        font: fontBytes('caveat'),
        fallbackFonts: fallbackFonts(),
        subsetFont: await nodeSubsetter(),
        ink: 'blue',
        variation: true,
        marks: true,
        envelopes: extras.envelopes ? { kind: 'C6' } : undefined,
        labels: extras.labels,
      });
      if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
      const labels = pageLabels(format, paper, names, extras);
      expect(labels).toHaveLength(r.pageCount);
      if (extras.envelopes) expect(labels.slice(-names.length)).toEqual(names.map((n) => `Envelope · ${n}`));
      if (extras.labels)
        expect(labels).toEqual([
          ...labels.slice(0, -2),
          'Labels · Zoë Ñúñez, Łukasz Wróbel',
          "Labels · 王小明, Maggie O'Brien, Jürgen Weiß",
        ]);
    });
  }
  it('names both sides of a half-fold sheet', () => {
    expect(pageLabels('a5-half-fold', 'A4', ['Zoë'])).toEqual([
      'Sheet 1 · outside · Zoë',
      'Sheet 1 · inside · Zoë',
    ]);
  });
});

describe('too long for the card', () => {
  const base = {
    format: 'a6-quarter-fold' as const,
    paper: 'A4' as const,
    font: fontBytes('caveat'),
    fallbackFonts: fallbackFonts(),
    ink: 'blue' as const,
    variation: true,
    marks: false,
  };
  const sentence =
    'Thank you for the long conversation about the garden studio, the sketches and the plans for spring.';
  const card = {
    seed: 'long',
    front: 'Welcome!',
    inside: `Dear Zoë,\n\n${Array(14).fill(sentence).join(' ')}`,
    closing: 'Warmly,\nAnna',
  };

  it('says about how many words to cut, and cutting that many makes it fit; A5 takes it unchanged', () => {
    expect(checkCards({ ...base, cards: [card] }).problems.map((p) => p.kind)).toContain('overflow');
    const hint = overflowHint(card, 3, base);
    expect(hint.card).toBe(3);
    expect(hint.largerFormat).toBe('a5-half-fold');
    expect(hint.words).toBeGreaterThan(10);
    // Cut words from the end, keeping the paragraph breaks, as a person would.
    const cut = (n: number) => {
      const parts = card.inside.split(/(\s+)/);
      let left = parts.filter((w) => w.trim()).length - n;
      return parts
        .filter((w) => (w.trim() ? left-- > 0 : left > 0))
        .join('')
        .trimEnd();
    };
    expect(checkCards({ ...base, cards: [{ ...card, inside: cut(hint.words) }] }).problems).toEqual([]);
    // A few words fewer cut would not be enough: the estimate is tight, not generous.
    expect(
      checkCards({ ...base, cards: [{ ...card, inside: cut(hint.words - 3) }] }).problems.map((p) => p.kind),
    ).toContain('overflow');
    expect(overflowText(hint, 'a6-quarter-fold')).toBe(
      `Message too long for an A6 card: shorten by about ${hint.words} words or choose A5.`,
    );
  });

  it('words for the row', () => {
    expect(
      rowProblem(
        { kind: 'unfilled-field', severity: 'blocking', card: 0, fields: ['referredName'], message: '' },
        ['Zoë'],
      ),
    ).toBe('fill in {referredName}.');
    expect(
      rowProblem({ kind: 'unrenderable', severity: 'blocking', card: 0, chars: ['🎉'], message: '' }, [
        'Zoë',
      ]),
    ).toBe('“🎉” cannot be written by any card font (see the preview).');
  });
});

describe('checkSignaturePng', () => {
  it('accepts a transparent PNG, warns about one without transparency, refuses what is not a PNG or too big', () => {
    const png = signaturePng();
    expect(checkSignaturePng(png)).toMatchObject({ ok: true, width: 360, height: 120, transparent: true });
    const opaque = png.slice();
    opaque[25] = 2; // colour type RGB, no alpha (and no tRNS chunk)
    expect(checkSignaturePng(opaque)).toMatchObject({ ok: true, transparent: false });
    expect(checkSignaturePng(new TextEncoder().encode('GIF89a…not a png at all, sorry'))).toMatchObject({
      ok: false,
    });
    const huge = new Uint8Array(1_500_000);
    huge.set(png.subarray(0, 33));
    expect(checkSignaturePng(huge)).toMatchObject({ ok: false, message: expect.stringContaining('1.5 MB') });
  });
});

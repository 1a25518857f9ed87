/**
 * Writes sample card PDFs and PNG previews to /tmp/touchpoint-cards so anyone can look at them:
 *   npx tsx scripts/sample-cards.ts [outDir]
 * A welcome card (A6 quarter-fold, long message), an A5 half-fold, a US A2 half-fold sheet, a
 * postcard sheet, a DL envelope, a label sheet and a CJK-name card, plus one card per font.
 */
import { mkdirSync } from 'node:fs';
import {
  buildCardsPdf,
  buildMergeValues,
  DEFAULT_CARD_TEMPLATES,
  mergeTemplate,
  type BuildCardsOptions,
  type CardInput,
} from '../shared/cards';
import {
  fallbackFonts,
  fontBytes,
  nodeSubsetter,
  renderPng,
  signaturePng,
} from '../test/unit/cards/fixtures';

const out = process.argv[2] ?? '/tmp/touchpoint-cards';
mkdirSync(out, { recursive: true });

const settings = { senderName: 'Anna Becker' };
const tpl = (kind: string) => DEFAULT_CARD_TEMPLATES.find((t) => t.kind === kind)!;

function card(
  kind: string,
  client: { firstName: string; lastName?: string; salutation?: string },
  details: Record<string, string> = {},
  seed = `${kind}-${client.firstName}`,
): CardInput {
  const m = mergeTemplate(
    tpl(kind),
    buildMergeValues({ client: { ...client, company: undefined }, settings, touchpoint: { details } }),
  );
  return {
    seed,
    front: m.front,
    inside: m.inside,
    closing: m.closing,
    recipient: {
      name: [client.firstName, client.lastName].filter(Boolean).join(' '),
      address: {
        lines: ['Lindenstraße 12', 'Hinterhaus, 3. OG'],
        city: 'Berlin',
        postalCode: '10115',
        country: 'Germany',
      },
      countryCode: 'DE',
    },
  };
}

const long = card('welcome-card', { firstName: 'Zoë', lastName: 'Ñúñez' });
long.inside +=
  "\n\nP.S. I loved hearing about your plans for the garden studio – let's make sure we carve out time for it in our first session. Bring the sketches!";

async function main(): Promise<void> {
  const base = {
    font: fontBytes('caveat'),
    fallbackFonts: fallbackFonts(),
    subsetFont: await nodeSubsetter(),
    ink: 'blue' as const,
    variation: true,
    marks: true,
    signaturePng: signaturePng(),
    senderCountryCode: 'DE',
    date: '2026-01-15' as BuildCardsOptions['date'],
  };
  const samples: [
    string,
    Partial<BuildCardsOptions> & Pick<BuildCardsOptions, 'cards' | 'format' | 'paper'>,
  ][] = [
    ['a6-welcome', { cards: [long], format: 'a6-quarter-fold', paper: 'A4' }],
    [
      'a5-birthday',
      {
        cards: [card('birthday-greeting', { firstName: 'Łukasz', lastName: 'Wróbel' })],
        format: 'a5-half-fold',
        paper: 'A4',
      },
    ],
    [
      'a2-halffold-sheet',
      {
        cards: [
          card(
            'holiday-greeting',
            { firstName: 'Maggie', lastName: "O'Brien" },
            { holidayName: 'Thanksgiving' },
          ),
          card('referral-thank-you', { firstName: 'Tom', salutation: 'Hi Tom' }, { referredName: 'Priya' }),
        ],
        format: 'a2-half-fold',
        paper: 'Letter',
        ink: 'navy',
      },
    ],
    [
      'postcards-4x6',
      {
        cards: [
          card('keep-in-touch', { firstName: 'Sophie', lastName: 'Martin' }),
          card('testimonial-request', { firstName: 'Jonas', lastName: 'Müller' }),
        ],
        format: 'postcard-4x6',
        paper: 'A4',
        ink: 'green',
      },
    ],
    [
      'postcards-5x7',
      {
        cards: [card('end-of-journey-gift', { firstName: 'Ines', lastName: 'García' })],
        format: 'postcard-5x7',
        paper: 'Letter',
        ink: 'burgundy',
      },
    ],
    [
      'dl-envelope',
      {
        cards: [long],
        format: 'a6-quarter-fold',
        paper: 'A4',
        envelopes: {
          kind: 'DL',
          returnAddress: {
            name: 'Anna Becker',
            address: { lines: ['Kastanienallee 7'], city: 'Berlin', postalCode: '10435' },
            countryCode: 'DE',
          },
        },
      },
    ],
    [
      'labels-l7160',
      {
        cards: Array.from({ length: 8 }, (_, i) =>
          card('birthday-greeting', {
            firstName: ['Zoë', 'Łukasz', '王小明', 'Anna', 'Björn', 'Chloé', 'Dário', 'Eszter'][i]!,
            lastName: 'Example',
          }),
        ),
        format: 'a6-quarter-fold',
        paper: 'A4',
        labels: { sheet: 'avery-l7160' },
      },
    ],
    [
      'cjk-name',
      {
        cards: [card('birthday-greeting', { firstName: '王小明', salutation: '亲爱的王小明' })],
        format: 'a6-quarter-fold',
        paper: 'A4',
        ink: 'purple',
      },
    ],
  ];
  for (const id of ['kalam', 'patrick-hand', 'dancing-script']) {
    samples.push([
      `font-${id}`,
      {
        cards: [card('welcome-card', { firstName: 'Zoë', lastName: 'Ñúñez' })],
        format: 'a6-quarter-fold',
        paper: 'A4',
        font: fontBytes(id),
      },
    ]);
  }
  for (const [name, o] of samples) {
    const t = Date.now();
    const r = await buildCardsPdf({ ...base, ...o });
    if (!r.ok) {
      console.log(
        name,
        'BLOCKED',
        r.problems.map((p) => p.message),
      );
      continue;
    }
    renderPng(r.bytes, out, name, 60);
    console.log(
      `${name}: ${r.pageCount} pages, ${r.bytes.length} bytes, ${Date.now() - t} ms`,
      r.warnings.map((w) => w.message).join(' | '),
    );
  }
  console.log(`Wrote ${out}/*.pdf and *.png`);
}

await main();

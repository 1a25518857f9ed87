/**
 * Times the card engine on a realistic batch: `npx tsx scripts/bench-cards.ts [count]`.
 * 500 welcome cards (every tenth for a client with a CJK name), signature image, natural
 * variation, then the same batch with DL envelopes, and as 5 × 7 postcards.
 */
import {
  buildCardsPdf,
  buildMergeValues,
  mergeTemplate,
  templateForKind,
  type BuildCardsOptions,
  type CardInput,
} from '../shared/cards';
import { fallbackFonts, fontBytes, nodeSubsetter, signaturePng } from '../test/unit/cards/fixtures';

const count = Number(process.argv[2] ?? 500);
const names = [
  'Zoë Ñúñez',
  'Łukasz Wróbel',
  'Anna Becker',
  'Søren Kierkegaard',
  'Chloé Dubois',
  'Ingrid Åström',
  'Dário Conceição',
  'Eszter Kovács',
  'Tomás Ó Briain',
  '王小明',
];

const cards: CardInput[] = Array.from({ length: count }, (_, i) => {
  const [firstName, lastName] = names[i % names.length]!.split(' ');
  const m = mergeTemplate(
    templateForKind('welcome-card'),
    buildMergeValues({
      client: { firstName: firstName!, lastName, salutation: undefined, company: undefined },
      settings: { senderName: 'Anna Becker' },
    }),
  );
  return {
    seed: `touchpoint-${i}`,
    front: m.front,
    inside: m.inside,
    closing: m.closing,
    recipient: {
      name: names[i % names.length]!,
      address: { lines: [`Hauptstraße ${i + 1}`], city: 'München', postalCode: '80331' },
      countryCode: 'DE',
    },
  };
});

async function run(label: string, o: Partial<BuildCardsOptions>): Promise<void> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const r = await buildCardsPdf({
    cards,
    format: 'a6-quarter-fold',
    paper: 'A4',
    font: fontBytes('caveat'),
    fallbackFonts: fallbackFonts(),
    subsetFont: await nodeSubsetter(),
    ink: 'blue',
    variation: true,
    marks: true,
    signaturePng: signaturePng(),
    senderCountryCode: 'DE',
    onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
    ...o,
  });
  const ms = performance.now() - t0;
  clearInterval(timer);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  console.log(
    `${label}: ${count} cards → ${r.pageCount} pages, ${(r.bytes.length / 1024 / 1024).toFixed(2)} MB, ${Math.round(ms)} ms, peak RSS ${Math.round(peak / 1024 / 1024)} MB`,
  );
}

await run('warm-up', {});
await run('A6 quarter-fold', {});
await run('A6 + DL envelopes', {
  envelopes: {
    kind: 'DL',
    returnAddress: {
      name: 'Anna Becker',
      address: { lines: ['Kastanienallee 7'], city: 'Berlin', postalCode: '10435' },
      countryCode: 'DE',
    },
  },
});
await run('A6 + L7160 labels', { labels: { sheet: 'avery-l7160' } });
await run('5x7 postcards (2 per sheet, both sides)', { format: 'postcard-5x7' });
await run('A5 half-fold (both sides)', { format: 'a5-half-fold' });

/**
 * Figure 6: a batch of 500 cards as one PDF (shared/cards, the app's card engine) — time, size and
 * peak memory — vs pdf-lib drawing the same text in a standard font (Helvetica) on the same number
 * of pages, the floor of any PDF made with pdf-lib.
 *
 * Each run is its own Node process, so its peak memory (maxRSS) belongs to that run alone. The
 * parent picks the cards from the book (the next birthday, holiday and important-date cards), writes
 * them to a JSON file, and runs `tsx bench/node/cards.ts --child <file> <app|baseline>`.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { IsoDate } from '../../shared/domain/dates';
import type { Touchpoint } from '../../shared/domain/schemas';
import {
  BUNDLED_FONT_FILES,
  FALLBACK_FONT_FILES,
  buildCardsPdf,
  buildMergeValues,
  createFontSubsetter,
  mergeTemplate,
  templateForKind,
  type CardInput,
  type FontBytes,
} from '../../shared/cards';
import type { Book } from '../book';
import { figure, measured, type Figure } from '../stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);

export interface CardsJob {
  today: IsoDate;
  senderCountryCode: string;
  cards: CardInput[];
}

export interface CardsRun {
  ms: number;
  bytes: number;
  pages: number;
  /** Peak resident memory of the whole process, MB. */
  peakRssMb: number;
  /** Resident memory before the work started (Node, tsx, modules loaded), MB. */
  startRssMb: number;
}

const CARD_KINDS = new Set<Touchpoint['kind']>(['birthday-greeting', 'holiday-greeting', 'important-date']);

/** The next `count` card touchpoints of the book, merged with their templates as the app merges them. */
export function cardsJob(book: Book, count: number): CardsJob {
  const clients = new Map(book.clients.map((c) => [c.id, c]));
  const due = book.planned
    .filter((t) => CARD_KINDS.has(t.kind) && t.channel === 'card' && clients.get(t.clientId)?.address)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, count);
  const cards = due.map((t): CardInput => {
    const client = clients.get(t.clientId)!;
    const merged = mergeTemplate(
      templateForKind(t.kind),
      buildMergeValues({ client, settings: book.settings, touchpoint: t }),
    );
    return {
      seed: t.id,
      front: merged.front,
      inside: merged.inside,
      closing: merged.closing,
      recipient: {
        name: [client.firstName, client.lastName].filter(Boolean).join(' '),
        address: client.address,
        countryCode: client.country,
      },
    };
  });
  return { today: book.today, senderCountryCode: book.settings.country ?? 'DE', cards };
}

function fontFile(id: string): FontBytes {
  const f = [...BUNDLED_FONT_FILES, ...FALLBACK_FONT_FILES].find((x) => x.id === id);
  if (!f) throw new Error(`unknown font ${id}`);
  return { id, bytes: new Uint8Array(readFileSync(join(root, 'resources', 'fonts', f.id, f.file))) };
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/** The app's card engine, as the print screen calls it (fonts and HarfBuzz loaded once, then the build). */
async function appBuild(job: CardsJob): Promise<{ bytes: Uint8Array; pages: number }> {
  const require = createRequire(import.meta.url);
  const subsetFont = await createFontSubsetter(
    readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')),
  );
  const r = await buildCardsPdf({
    cards: job.cards,
    format: 'a6-quarter-fold',
    paper: 'A4',
    font: fontFile('caveat'),
    fallbackFonts: FALLBACK_FONT_FILES.map((f) => fontFile(f.id)),
    subsetFont,
    ink: 'blue',
    variation: true,
    marks: true,
    senderCountryCode: job.senderCountryCode,
    // Characters no bundled font has would block the batch; the bench book has none, but never stall on it.
    dropUnrenderable: true,
    date: job.today,
  });
  if (!r.ok)
    throw new Error(`The card engine refused the batch: ${r.problems.map((p) => p.message).join('; ')}`);
  return { bytes: r.bytes, pages: r.pageCount };
}

/** The floor: the same texts in Helvetica, one A4 sheet (two sides) per card, as the app prints them. */
async function baselineBuild(job: CardsJob, pages: number): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const known = new Set(font.getCharacterSet());
  // Helvetica cannot encode Ł or CJK: those become '?', so the baseline draws as many glyphs.
  const safe = (s: string) => [...s].map((ch) => (known.has(ch.codePointAt(0)!) ? ch : '?')).join('');
  const perCard = Math.max(1, Math.round(pages / Math.max(1, job.cards.length)));
  for (const card of job.cards) {
    const texts = [
      card.front,
      card.inside,
      card.closing,
      card.recipient?.name ?? '',
      ...(card.recipient?.address?.lines ?? []),
      [card.recipient?.address?.postalCode, card.recipient?.address?.city].filter(Boolean).join(' '),
    ];
    for (let p = 0; p < perCard; p++) {
      const page = doc.addPage([595.28, 841.89]);
      let y = 800;
      for (const text of texts) {
        for (const line of text.split('\n')) {
          page.drawText(safe(line), { x: 40, y, size: 12, font });
          y -= 16;
        }
      }
    }
  }
  return { bytes: await doc.save(), pages: doc.getPageCount() };
}

async function child(file: string, mode: string, pages: number): Promise<void> {
  const job = JSON.parse(readFileSync(file, 'utf8')) as CardsJob;
  const startRssMb = mb(process.memoryUsage().rss);
  const t0 = performance.now();
  const out = mode === 'app' ? await appBuild(job) : await baselineBuild(job, pages);
  const ms = performance.now() - t0;
  const result: CardsRun = {
    ms,
    bytes: out.bytes.length,
    pages: out.pages,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    startRssMb,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function runChild(file: string, mode: 'app' | 'baseline', pages: number): Promise<CardsRun> {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const { stdout } = await run(tsx, [fileURLToPath(import.meta.url), '--child', file, mode, String(pages)], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as CardsRun;
}

export async function benchCards(job: CardsJob, runs: number, workFile: string): Promise<Figure[]> {
  writeFileSync(workFile, JSON.stringify(job));
  const app: CardsRun[] = [];
  const base: CardsRun[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await runChild(workFile, 'app', 0);
    app.push(a);
    base.push(await runChild(workFile, 'baseline', a.pages));
  }
  const n = job.cards.length;
  const pages = app[0]?.pages ?? 0;
  const extra = {
    cards: n,
    pages,
    baselinePages: base[0]?.pages ?? 0,
    startRssMb: Math.round(app[0]?.startRssMb ?? 0),
  };
  return [
    figure({
      id: 'cards.time',
      group: 6,
      label: `${n} cards as one PDF: time (Node)`,
      unit: 'ms',
      samples: app.map((r) => r.ms),
      baseline: measured(
        'pdf-lib + Helvetica',
        base.map((r) => r.ms),
      ),
      extra,
    }),
    figure({
      id: 'cards.size',
      group: 6,
      label: `${n} cards as one PDF: size`,
      unit: 'MB',
      samples: app.map((r) => mb(r.bytes)),
      baseline: measured(
        'pdf-lib + Helvetica',
        base.map((r) => mb(r.bytes)),
      ),
      extra: { bytes: app[0]?.bytes ?? 0 },
    }),
    figure({
      id: 'cards.peak-memory',
      group: 6,
      label: `${n} cards as one PDF: peak memory (process RSS)`,
      unit: 'MB',
      samples: app.map((r) => r.peakRssMb),
      baseline: measured(
        'pdf-lib + Helvetica',
        base.map((r) => r.peakRssMb),
      ),
      extra: { startRssMb: Math.round(app[0]?.startRssMb ?? 0) },
    }),
  ];
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]!, process.argv[4]!, Number(process.argv[5] ?? 0));
}

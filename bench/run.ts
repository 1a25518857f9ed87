/**
 * `npm run bench [-- options] [results.json]`: the Touchpoint benchmark (see README, Performance).
 *
 * Generates a realistic book from a fixed seed (10,000 clients by default), measures every figure
 * next to a baseline in the same run (medians of several runs), prints a short table and the
 * targets missed, and writes everything as JSON (bench/results.json unless a path is given).
 *
 * Options:
 *   --clients N     book size (default 10000)          --runs N       runs of fast figures (default 5)
 *   --slow-runs N   runs of slow figures (default 3)   --cards N      cards in the PDF batch (default 500)
 *   --write-runs N  book writes each way (default 2)   --import-runs N  imports through the dialog (default 2)
 *   --seed N        book seed
 *   --tiny          200 clients, 1 run, 10 cards (the smoke test in npm test)
 *   --app-dir DIR   use an already built renderer instead of building it
 *   --no-browser    Node figures only
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { endOfMonth, endOfWeek, startOfMonth, startOfWeek, addMonths } from 'date-fns';
import { enUS } from 'date-fns/locale';
import { displayName, searchTextOf } from '../shared/clients/search';
import { toIsoDate, type IsoDate } from '../shared/domain/dates';
import { loadHolidaysProvider } from '../shared/planning';
import { DEFAULT_SEED, generateBook, localToday, type Book } from './book';
import { clientsCsv } from './csv';
import { benchCards, cardsJob } from './node/cards';
import { benchImportPipeline } from './node/import';
import { benchPlanning } from './node/planning';
import { benchBrowser, type CalendarPlan } from './browser/figures';
import { serve } from './browser/server';
import { checkTargets, formatTable, targetSpecs, type BenchResult, type Figure } from './stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sh = promisify(execFile);

export interface BenchOptions {
  clients: number;
  runs: number;
  slowRuns: number;
  writeRuns: number;
  importRuns: number;
  cards: number;
  seed: number;
  tiny: boolean;
  out: string;
  appDir?: string;
  browser: boolean;
  workDir: string;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = {
    clients: 10_000,
    runs: 5,
    slowRuns: 3,
    writeRuns: 2,
    importRuns: 2,
    cards: 500,
    seed: DEFAULT_SEED,
    tiny: false,
    out: join(root, 'bench', 'results.json'),
    browser: true,
    workDir: join(root, 'dist-web-bench'),
  };
  const num = (v: string | undefined, name: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a whole number, got ${v}`);
    return n;
  };
  const given = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => argv[++i];
    if (a === '--clients') o.clients = num(next(), a);
    else if (a === '--runs') o.runs = num(next(), a);
    else if (a === '--slow-runs') o.slowRuns = num(next(), a);
    else if (a === '--write-runs') o.writeRuns = num(next(), a);
    else if (a === '--import-runs') o.importRuns = num(next(), a);
    else if (a === '--cards') o.cards = num(next(), a);
    else if (a === '--seed') o.seed = num(next(), a);
    else if (a === '--app-dir') o.appDir = resolve(next() ?? '');
    else if (a === '--work-dir') o.workDir = resolve(next() ?? '');
    else if (a === '--no-browser') o.browser = false;
    else if (a === '--tiny') o.tiny = true;
    else if (a === '--out') o.out = resolve(next() ?? '');
    else if (!a.startsWith('--')) o.out = resolve(a);
    else throw new Error(`Unknown option ${a} (see bench/run.ts)`);
    given.add(a);
  }
  if (o.tiny) {
    if (!given.has('--clients')) o.clients = 200;
    if (!given.has('--runs')) o.runs = 1;
    if (!given.has('--slow-runs')) o.slowRuns = 1;
    if (!given.has('--write-runs')) o.writeRuns = 1;
    if (!given.has('--import-runs')) o.importRuns = 1;
    if (!given.has('--cards')) o.cards = 10;
  }
  return o;
}

function log(msg: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}

function machine(): BenchResult['machine'] {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model ?? 'unknown',
    memTotalGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    platform: `${platform()} (free memory at start ${Math.round(freemem() / 2 ** 30)} GiB)`,
  };
}

/** The month view's visible range, as the app computes it (whole weeks, en-US: Sunday first). */
function monthRange(first: Date): [IsoDate, IsoDate] {
  return [
    toIsoDate(startOfWeek(startOfMonth(first), { locale: enUS })),
    toIsoDate(endOfWeek(endOfMonth(first), { locale: enUS })),
  ];
}

/** The busiest month of the coming year (by touchpoints in its visible range), and its events. */
export function calendarPlan(book: Book): { plan: CalendarPlan; json: unknown } {
  const clients = new Map(book.clients.filter((c) => !c.deletedAt).map((c) => [c.id, c]));
  const start = startOfMonth(new Date(`${book.today}T00:00:00`));
  const inRange = ([from, to]: [IsoDate, IsoDate]) =>
    book.touchpoints.filter((t) => t.due >= from && t.due <= to && clients.has(t.clientId));
  let best = 1;
  let bestCount = -1;
  for (let m = 1; m <= 12; m++) {
    const n = inRange(monthRange(addMonths(start, m))).length;
    if (n > bestCount) {
      best = m;
      bestCount = n;
    }
  }
  const before = addMonths(start, best - 1);
  const busiest = addMonths(start, best);
  const events = [monthRange(before), monthRange(busiest)].map((r) =>
    inRange(r).map((t) => ({ title: `${t.title} · ${displayName(clients.get(t.clientId)!)}`, day: t.due })),
  );
  const months: [IsoDate, IsoDate] = [toIsoDate(before), toIsoDate(busiest)];
  return {
    plan: { months, range: monthRange(busiest), clicksToBefore: best - 1, events: events[1]!.length },
    json: { months, events },
  };
}

async function build(label: string, args: string[], env: Record<string, string>): Promise<void> {
  const t0 = performance.now();
  await sh(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  log(`built ${label} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date();
  const today = localToday();
  log(`book: ${o.clients} clients, seed ${o.seed}, today ${today}`);
  const holidays = await loadHolidaysProvider();
  let t0 = performance.now();
  const book = generateBook({ clients: o.clients, today, seed: o.seed, holidays });
  log(`generated ${JSON.stringify(book.counts)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const figures: Figure[] = [];
  const pending: string[] = [];
  mkdirSync(join(o.workDir, 'data'), { recursive: true });

  log('figure 1: planning');
  figures.push(...benchPlanning(book, holidays, o.runs));

  log(`figure 6: ${o.cards} cards`);
  figures.push(
    ...(await benchCards(cardsJob(book, o.cards), o.slowRuns, join(o.workDir, 'data', 'cards.json'))),
  );

  log('figure 7: CSV import pipeline');
  const csv = new TextEncoder().encode(clientsCsv(book.clients, o.clients));
  writeFileSync(join(o.workDir, 'data', 'clients.csv'), csv);
  // The import dialog (renderer/features/data) drives figure 7 in Chromium when the app has it.
  const importUi = o.browser && existsSync(join(root, 'renderer', 'features', 'data', 'ImportDialog.tsx'));
  figures.push(
    ...benchImportPipeline(
      csv,
      o.runs,
      book.now,
      importUi ? undefined : 'The app has no CSV import screen: this is the pipeline its worker runs.',
    ),
  );

  let chromium: string | undefined;
  const errors: string[] = [];
  const info: Record<string, number | string | boolean> = {};
  if (o.browser) {
    const appDir = o.appDir ?? join(o.workDir, 'app');
    if (!o.appDir)
      await build('the app (renderer)', ['--config', 'vite.web.config.ts'], { WEB_OUT_DIR: appDir });
    if (!existsSync(join(appDir, 'index.html'))) throw new Error(`No built app in ${appDir}`);
    const harnessDir = join(o.workDir, 'harness');
    await build('the harness', ['--config', 'bench/vite.harness.config.ts'], {
      BENCH_HARNESS_OUT: harnessDir,
    });
    t0 = performance.now();
    const { clients, touchpoints, referrals, calls, settings, now } = book;
    writeFileSync(
      join(o.workDir, 'data', 'book.json'),
      JSON.stringify({ today, now, settings, clients, touchpoints, referrals, calls }),
    );
    const cal = calendarPlan(book);
    writeFileSync(join(o.workDir, 'data', 'calendar.json'), JSON.stringify(cal.json));
    log(`wrote the book for the browser in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const server = await serve({
      '/app/': appDir,
      '/harness/': harnessDir,
      '/data/': join(o.workDir, 'data'),
    });
    try {
      const outcome = await benchBrowser({
        origin: server.origin,
        profileDir: join(o.workDir, 'profile'),
        today,
        runs: o.runs,
        slowRuns: o.slowRuns,
        writeRuns: o.writeRuns,
        importRuns: o.importRuns,
        bookRows: clients.length + touchpoints.length + referrals.length + calls.length + 1,
        query: 'mul',
        searchTexts: book.clients.filter((c) => !c.deletedAt).map(searchTextOf),
        calendar: cal.plan,
        importUi: importUi ? { csvPath: join(o.workDir, 'data', 'clients.csv'), rows: o.clients } : false,
        log,
      });
      figures.push(...outcome.figures);
      pending.push(...outcome.pending);
      errors.push(...outcome.errors);
      chromium = outcome.chromium;
      Object.assign(info, outcome.info);
    } finally {
      await server.close();
    }
  } else {
    pending.push('browser figures (2, 3, 4, 5): skipped with --no-browser');
  }

  figures.sort((a, b) => a.group - b.group);
  const checked = checkTargets(targetSpecs(o.clients, o.cards), figures);
  const finishedAt = new Date();
  return {
    schema: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationSec: Math.round((finishedAt.getTime() - startedAt.getTime()) / 100) / 10,
    machine: { ...machine(), ...(chromium ? { chromium } : {}) },
    options: { clients: o.clients, seed: o.seed, today, runs: o.runs, tiny: o.tiny },
    book: { ...book.counts, ...info },
    figures,
    targets: checked.targets,
    missed: checked.targets.filter((t) => !t.met).map((t) => t.id),
    pending: [...pending, ...checked.pending],
    errors,
  };
}

export function report(r: BenchResult): string {
  const lines = [
    `Touchpoint benchmark — ${r.options.clients.toLocaleString('en-US')} clients, ${r.book.touchpoints?.toLocaleString('en-US')} touchpoints, ` +
      `${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memTotalGiB} GiB, Node ${r.machine.node}${r.machine.chromium ? `, Chromium ${r.machine.chromium}` : ''}`,
    '',
    formatTable(r.figures),
    '',
    ...r.targets.map((t) => `${t.met ? 'met   ' : 'MISSED'}  ${t.text}: ${t.detail}`),
    ...r.pending.map((p) => `pending ${p}`),
    ...r.errors.map((e) => `PAGE ERROR ${e}`),
    '',
    r.missed.length ? `Targets missed: ${r.missed.join(', ')}` : 'All measured targets met.',
  ];
  return lines.join('\n');
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const o = parseArgs(process.argv.slice(2));
  const result = await runBench(o);
  mkdirSync(dirname(o.out), { recursive: true });
  writeFileSync(o.out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${report(result)}\n\nWrote ${o.out} (${result.durationSec} s)\n`);
}

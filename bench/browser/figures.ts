/**
 * The figures measured in Chromium (2, 3, 4, 5 and, when the import screen exists, 7), driving
 * the built app and the harness page through Playwright. In-page timing uses performance.now()
 * and the marks the app sets; "painted" means the frame after the app's effect has been drawn.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { IsoDate } from '../../shared/domain/dates';
import { figure, measured, type Figure } from '../stats';
import { launch } from './chromium';

/** Installed before any app script: resolves waiters the moment a mark is set, and records keystrokes. */
const INIT_SCRIPT = `
(() => {
  const marks = [];
  const waiters = new Set();
  const orig = performance.mark.bind(performance);
  performance.mark = (name, opts) => {
    const e = orig(name, opts);
    marks.push(e);
    for (const w of [...waiters]) w(e);
    return e;
  };
  const afterPaint = () => new Promise((ok) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => ok(performance.now());
    ch.port2.postMessage(null);
  }));
  const waitMark = (name, after, pred) => new Promise((ok) => {
    const fits = (e) => e.name === name && e.startTime >= after && (!pred || pred(e));
    const found = marks.find(fits);
    if (found) return ok(found);
    const w = (e) => { if (fits(e)) { waiters.delete(w); ok(e); } };
    waiters.add(w);
  });
  // Long tasks on the main thread, and when a file was chosen (the import's start).
  const longTasks = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  let fileChosen = 0;
  addEventListener('change', (e) => { if (e.target && e.target.type === 'file') fileChosen = e.timeStamp; }, true);
  const appeared = (selector) => new Promise((ok) => {
    const now = () => document.querySelector(selector);
    if (now()) return ok(performance.now());
    const mo = new MutationObserver(() => { if (now()) { mo.disconnect(); ok(performance.now()); } });
    mo.observe(document.documentElement, { childList: true, subtree: true });
  });
  // The next keydown's timestamp: when the user's key reached the page.
  const nextKey = () => new Promise((ok) => addEventListener('keydown', (e) => ok(e.timeStamp), { capture: true, once: true }));
  window.__tp = { marks, waitMark, afterPaint, nextKey, longTasks, appeared, fileChosen: () => fileChosen };
})();
`;

export interface CalendarPlan {
  /** First day of the month before the busiest one, and of the busiest. */
  months: [IsoDate, IsoDate];
  /** The busiest month's visible range (whole weeks), as the app queries it. */
  range: [IsoDate, IsoDate];
  /** How many "Next" clicks from the current month to the month before the busiest. */
  clicksToBefore: number;
  events: number;
}

export interface BrowserPlan {
  origin: string;
  profileDir: string;
  today: IsoDate;
  runs: number;
  slowRuns: number;
  /** Runs of the book write, each way (about a minute each at 10,000 clients on 2 cores). */
  writeRuns: number;
  /** Runs of the import through the dialog (it writes a year of touchpoints too). */
  importRuns: number;
  /** Rows in the book (all tables), for the record. */
  bookRows: number;
  /** Characters typed into the client search, one keystroke each. */
  query: string;
  /** Each client's search text (searchTextOf), for the string-filter baseline. */
  searchTexts: string[];
  calendar: CalendarPlan;
  /** Whether the app has an import screen to drive (figure 7 in the UI). */
  importUi: false | { csvPath: string; rows: number };
  log: (msg: string) => void;
}

export interface BrowserOutcome {
  figures: Figure[];
  /** Uncaught errors in the app's or the harness's pages. */
  errors: string[];
  pending: string[];
  chromium: string;
  info: Record<string, number | string | boolean>;
}

/** Uncaught page errors seen during this run (a benchmark of a broken page measures nothing). */
const pageErrors: string[] = [];

async function harness(ctx: BrowserContext, origin: string): Promise<Page> {
  const page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(`harness: ${e.message}`));
  await page.goto(`${origin}/harness/`);
  await page.waitForFunction(() => 'bench' in window);
  return page;
}

async function appPage(ctx: BrowserContext, origin: string, hash: string): Promise<Page> {
  const page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(`app #/${hash}: ${e.message}`));
  await page.addInitScript(INIT_SCRIPT);
  await page.goto(`${origin}/app/index.html#/${hash}`);
  return page;
}

async function coldStarts(plan: BrowserPlan): Promise<{
  app: number[];
  empty: number[];
  shell: number[];
  painted: number[];
  allRows: number[];
  rows: number;
}> {
  const app: number[] = [];
  const empty: number[] = [];
  const shell: number[] = [];
  const painted: number[] = [];
  const allRows: number[] = [];
  let rows = 0;
  for (let i = 0; i < plan.runs; i++) {
    // The baseline: a fresh browser loading an empty page from the same server.
    let ctx = await launch(plan.profileDir);
    let page = await ctx.newPage();
    await page.goto(`${plan.origin}/empty.html`, { waitUntil: 'load' });
    empty.push(
      await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return nav ? nav.loadEventEnd || nav.loadEventStart || performance.now() : performance.now();
      }),
    );
    await ctx.close();

    // The app: a fresh browser opening Today with the book stored, until Today has its data on screen.
    ctx = await launch(plan.profileDir);
    page = await appPage(ctx, plan.origin, 'today');
    // Then until every row the group headers count is on screen (long groups render in chunks).
    const t = (await page.evaluate(`(async () => {
      const m = await window.__tp.waitMark('touchpoint:today-interactive', 0);
      const painted = await window.__tp.afterPaint();
      const s = performance.getEntriesByName('touchpoint:shell-rendered')[0];
      const total = [...document.querySelectorAll('.agenda-group h2 .count')].reduce((n, e) => n + Number(e.textContent), 0);
      const rows = () => document.querySelectorAll('[data-testid="agenda-row"]').length;
      while (rows() < total) await window.__tp.afterPaint();
      return { interactive: m.startTime, painted, shell: s ? s.startTime : NaN, allRows: performance.now(), rows: rows(), total };
    })()`)) as {
      interactive: number;
      painted: number;
      shell: number;
      allRows: number;
      rows: number;
      total: number;
    };
    app.push(t.interactive);
    shell.push(t.shell);
    painted.push(t.painted);
    allRows.push(t.allRows);
    rows = t.rows;
    if (t.rows !== t.total) throw new Error(`Today shows ${t.rows} rows, its groups count ${t.total}`);
    await ctx.close();
  }
  return { app, empty, shell, painted, allRows, rows };
}

async function searchKeystrokes(
  page: Page,
  plan: BrowserPlan,
): Promise<{ samples: number[]; counts: string[] }> {
  await page.waitForSelector('[data-testid="client-row"]', { timeout: 60_000 });
  const input = page.getByLabel('Search clients');
  const samples: number[] = [];
  const counts: string[] = [];
  for (let r = 0; r < plan.runs; r++) {
    await input.click();
    await input.fill('');
    await page.waitForTimeout(300);
    for (const ch of plan.query) {
      // Waits for the keystroke's list render and the frame after it; timed from the keydown event.
      // Armed before the key is pressed, so nothing in the page waits on Playwright's round trips.
      await page.evaluate(`void (window.__keystroke = (async () => {
        const at = await window.__tp.nextKey();
        await window.__tp.waitMark('touchpoint:clients-rendered', at);
        const end = await window.__tp.afterPaint();
        return end - at;
      })())`);
      await page.keyboard.press(ch);
      samples.push((await page.evaluate('window.__keystroke')) as number);
      await page.waitForTimeout(100);
    }
    counts.push((await page.getByTestId('client-count').textContent()) ?? '');
  }
  return { samples, counts };
}

async function monthSwitches(page: Page, plan: BrowserPlan): Promise<number[]> {
  const { range, clicksToBefore } = plan.calendar;
  await page.evaluate(`window.__tp.waitMark('touchpoint:calendar-rendered', 0)`);
  const click = (label: 'Next' | 'Back') =>
    page.evaluate(`(async () => {
      const btn = [...document.querySelectorAll('.rbc-toolbar button')].find((b) => b.textContent.trim() === '${label}');
      if (!btn) throw new Error('no ${label} button');
      const t0 = performance.now();
      btn.click();
      const m = await window.__tp.waitMark('touchpoint:calendar-rendered', t0);
      const end = await window.__tp.afterPaint();
      return { ms: end - t0, from: m.detail.from, to: m.detail.to };
    })()`) as Promise<{ ms: number; from: string; to: string }>;
  for (let i = 0; i < clicksToBefore; i++) await click('Next');
  const samples: number[] = [];
  for (let r = 0; r < plan.runs; r++) {
    await page.waitForTimeout(300);
    const s = await click('Next');
    if (s.from !== range[0] || s.to !== range[1]) {
      throw new Error(
        `The calendar showed ${s.from}…${s.to}, expected the busiest month ${range[0]}…${range[1]}`,
      );
    }
    samples.push(s.ms);
    await page.waitForTimeout(300);
    await click('Back');
  }
  return samples;
}

interface ImportRun {
  ms: number;
  longestTaskMs: number;
  steps: Record<string, number>;
  summary: string;
}

async function whenEnabled(locator: ReturnType<Page['getByTestId']>): Promise<void> {
  for (let i = 0; i < 2400 && !(await locator.isEnabled()); i++)
    await new Promise((ok) => setTimeout(ok, 50));
}

/**
 * One CSV import through the app's import dialog, into an empty book (a new user bringing their
 * client list from another CRM): choose the file, accept the guessed columns, check the rows,
 * import; timed from the file input's change event until the summary shows. The app re-plans
 * everyone before it shows the summary, so the year of touchpoints is written within the figure.
 */
async function importOnce(plan: BrowserPlan, bytes: Buffer, run: number): Promise<ImportRun> {
  const dir = `${plan.profileDir}-import-${run}`;
  rmSync(dir, { recursive: true, force: true });
  const ctx = await launch(dir);
  try {
    const page = await appPage(ctx, plan.origin, 'settings?section=data');
    const open = page.getByRole('button', { name: 'Import from a file…' });
    await open.waitFor({ timeout: 60_000 });
    await page.evaluate(
      `void (window.__summary = window.__tp.appeared('[data-testid="import-summary-line"]'),
        window.__planning = window.__tp.appeared('.sidebar-progress'))`,
    );
    const chooser = page.waitForEvent('filechooser');
    await open.click();
    await (await chooser).setFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: bytes });
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('import-mapping').waitFor({ timeout: 120_000 });
    const mappingAt = (await page.evaluate('performance.now()')) as number;
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    const confirm = page.getByTestId('import-confirm');
    await dialog.getByTestId('import-counts').waitFor({ timeout: 120_000 });
    await whenEnabled(confirm);
    const previewAt = (await page.evaluate('performance.now()')) as number;
    await confirm.click();
    const end = (await page.evaluate('window.__summary')) as number;
    const start = (await page.evaluate('window.__tp.fileChosen()')) as number;
    // The sidebar's planning progress appears once the clients are written and the re-plan starts.
    const planningAt = (await page.evaluate(
      'Promise.race([window.__planning, window.__summary.then(() => NaN)])',
    )) as number;
    const tasks = (await page.evaluate('window.__tp.longTasks')) as [number, number][];
    // A task running when the file was chosen counts from that moment (Playwright's own file
    // hand-over happens in the same task, before the change event).
    const during = tasks
      .filter(([t, d]) => t + d > start && t <= end)
      .map(([t, d]) => t + d - Math.max(t, start));
    const summary = (await dialog.getByTestId('import-summary-line').textContent()) ?? '';
    return {
      ms: end - start,
      longestTaskMs: Math.max(0, ...during),
      steps: {
        mappingShownMs: mappingAt - start,
        previewShownMs: previewAt - start,
        planningStartedMs: planningAt - start,
        longTasks: during.length,
      },
      summary,
    };
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchBrowser(plan: BrowserPlan): Promise<BrowserOutcome> {
  pageErrors.length = 0;
  const figures: Figure[] = [];
  const pending: string[] = [];
  const info: Record<string, number | string | boolean> = {};
  rmSync(plan.profileDir, { recursive: true, force: true });
  mkdirSync(plan.profileDir, { recursive: true });

  let ctx = await launch(plan.profileDir);
  const chromium = ctx.browser()?.version() ?? 'unknown';
  try {
    const h = await harness(ctx, plan.origin);
    plan.log('loading the book into the harness');
    await h.evaluate(() => window.bench.loadBook('../data/book.json'));

    // 2. The book through the data layer vs raw bulkPut into fresh databases, order alternating.
    // The raw writes go to the app's own database: the last one stays there for figures 3-5.
    plan.log(`figure 2: writing the book (${plan.writeRuns} runs each way)`);
    const appDb = await h.evaluate(() => window.bench.appDbName);
    const layer: number[] = [];
    const raw: number[] = [];
    let path = '';
    for (let i = 0; i < plan.writeRuns; i++) {
      const doRaw = async () => raw.push(await h.evaluate((name) => window.bench.writeRaw(name), appDb));
      const doLayer = async () => {
        const r = await h.evaluate(() => window.bench.writeDataLayer('bench-layer'));
        layer.push(r.ms);
        path = r.path;
        await h.evaluate(() => window.bench.deleteDb('bench-layer'));
      };
      if (i % 2) {
        await doRaw();
        await doLayer();
      } else {
        await doLayer();
        await doRaw();
      }
    }
    figures.push(
      figure({
        id: 'write.book',
        group: 2,
        label: 'Write the book to IndexedDB through the data layer (Chromium)',
        unit: 'ms',
        samples: layer,
        baseline: measured('raw Dexie bulkPut', raw),
        extra: { path, rows: plan.bookRows },
      }),
    );

    // The app's database as the app leaves it: settings saved, the whole book planned once.
    plan.log('letting the app plan the stored book once (as after a restore) and make the day’s backup');
    const prepared = await h.evaluate(() => window.bench.prepareApp());
    info['browser.replanAllMs'] = Math.round(prepared.replanMs);
    info['browser.replanAllLongestTaskMs'] = Math.round(prepared.replanLongestTaskMs);
    info['browser.replanned'] = prepared.replanned;
    info['browser.dailyBackupMs'] = Math.round(prepared.backupMs);
    info['browser.dailyBackupLongestTaskMs'] = Math.round(prepared.backupLongestTaskMs);
    info['browser.dailyBackupMB'] = Math.round(prepared.backupMB * 10) / 10;

    // 4a. The Today query.
    plan.log('figure 4: the Today query');
    const q = await h.evaluate(({ today, runs }) => window.bench.todayQuery(today, runs), {
      today: plan.today,
      runs: plan.runs,
    });
    figures.push(
      figure({
        id: 'today.query',
        group: 4,
        label: 'Today query: overdue, today and the week with clients (Chromium)',
        unit: 'ms',
        samples: q.samples,
        baseline: measured('bulkGet of the same rows', q.base),
        extra: { rows: q.rows, overdue: q.overdue, today: q.today, week: q.week },
      }),
    );

    // 5b. react-big-calendar alone, the same month's events.
    plan.log('figure 5: react-big-calendar alone');
    const rbc = await harness(ctx, plan.origin);
    await rbc.evaluate(() => window.bench.rbcMount('../data/calendar.json'));
    const rbcSamples: number[] = [];
    // Slow with tens of thousands of events (rbc #2752): fewer runs.
    for (let i = 0; i < plan.slowRuns; i++) {
      await rbc.waitForTimeout(300);
      rbcSamples.push(await rbc.evaluate(() => window.bench.rbcShow(1)));
      await rbc.waitForTimeout(300);
      await rbc.evaluate(() => window.bench.rbcShow(0));
    }
    await rbc.close();
    await h.close();
    await ctx.close();

    // 3. Cold starts.
    plan.log('figure 3: cold starts');
    const cold = await coldStarts(plan);
    figures.push(
      figure({
        id: 'today.cold',
        group: 3,
        label: 'Cold start until Today is interactive, book stored (Chromium)',
        unit: 'ms',
        samples: cold.app,
        baseline: measured('empty page load', cold.empty),
        extra: {
          agendaRows: cold.rows,
          shellRenderedMs: Math.round(measured('shell', cold.shell).value),
          paintedMs: Math.round(measured('painted', cold.painted).value),
          allRowsMs: Math.round(measured('all rows', cold.allRows).value),
        },
      }),
    );

    // 4b. Search keystrokes, and 5a. the month switch, in the running app.
    ctx = await launch(plan.profileDir);
    plan.log('figure 4: search keystrokes');
    const clients = await appPage(ctx, plan.origin, 'clients');
    const search = await searchKeystrokes(clients, plan);
    const base = (await clients.evaluate(
      ({ texts, query, runs }) => {
        const queries = [...query].map((_, i) => query.slice(0, i + 1));
        const out: number[] = [];
        let sink = 0;
        for (let r = 0; r < runs; r++) {
          for (const q of queries) {
            // Repeated until 5 ms have passed: one pass is below the browser's timer resolution.
            let reps = 0;
            const t0 = performance.now();
            let t = t0;
            while (t - t0 < 5) {
              sink += texts.filter((s) => s.includes(q)).length;
              reps++;
              t = performance.now();
            }
            out.push((t - t0) / reps);
          }
        }
        return sink < 0 ? [] : out;
      },
      { texts: plan.searchTexts, query: plan.query, runs: plan.runs },
    )) as number[];
    figures.push(
      figure({
        id: 'search.keystroke',
        group: 4,
        label: `One search keystroke in the client list, ${plan.searchTexts.length.toLocaleString('en-US')} clients (Chromium)`,
        unit: 'ms',
        samples: search.samples,
        baseline: measured(`filter ${plan.searchTexts.length.toLocaleString('en-US')} strings`, base),
        extra: {
          query: plan.query,
          maxMs: Math.round(Math.max(...search.samples)),
          firstKeyMs: Math.round(
            measured(
              'first key',
              search.samples.filter((_, i) => i % plan.query.length === 0),
            ).value,
          ),
          shown: search.counts[0] ?? '',
        },
      }),
    );
    await clients.close();

    plan.log('figure 5: the month switch in the app');
    const cal = await appPage(ctx, plan.origin, 'calendar');
    const month = await monthSwitches(cal, plan);
    await cal.close();
    figures.push(
      figure({
        id: 'calendar.month',
        group: 5,
        label: `Switch the calendar to the busiest month (${plan.calendar.events.toLocaleString('en-US')} touchpoints)`,
        unit: 'ms',
        samples: month,
        baseline: measured('react-big-calendar alone', rbcSamples),
        extra: { month: plan.calendar.months[1], events: plan.calendar.events },
      }),
    );

    // 7. CSV import through the app's import dialog, into an empty book.
    if (plan.importUi) {
      plan.log(
        `figure 7: importing ${plan.importUi.rows.toLocaleString('en-US')} rows through the import dialog`,
      );
      const bytes = readFileSync(plan.importUi.csvPath);
      const runs: ImportRun[] = [];
      for (let i = 0; i < plan.importRuns; i++) runs.push(await importOnce(plan, bytes, i));
      const papa = await harness(ctx, plan.origin).then(async (p) => {
        const r = await p.evaluate((n) => window.bench.papaparse('../data/clients.csv', n), plan.runs);
        await p.close();
        return r;
      });
      const step = (k: string) =>
        Math.round(
          measured(
            k,
            runs.map((r) => r.steps[k] ?? Number.NaN),
          ).value,
        );
      figures.push(
        figure({
          id: 'import.total',
          group: 7,
          label: `CSV import of ${plan.importUi.rows.toLocaleString('en-US')} rows through the import dialog (Chromium)`,
          unit: 'ms',
          samples: runs.map((r) => r.ms),
          baseline: measured('papaparse alone', papa),
          extra: {
            summary: runs[0]?.summary ?? '',
            mappingShownMs: step('mappingShownMs'),
            previewShownMs: step('previewShownMs'),
            planningStartedMs: step('planningStartedMs'),
          },
        }),
        figure({
          id: 'import.longest-task',
          group: 7,
          label: 'Longest main-thread task during the import (Chromium)',
          unit: 'ms',
          samples: runs.map((r) => r.longestTaskMs),
          baseline: measured('papaparse alone on the main thread', papa),
          extra: { longTasksOver50ms: step('longTasks') },
        }),
      );
    } else {
      pending.push(
        'import UI: the app has no CSV import screen; figure 7 measures the shared/import pipeline in Node',
      );
    }
  } finally {
    await ctx.close().catch(() => undefined);
  }
  return { figures, errors: [...pageErrors], pending, chromium, info };
}

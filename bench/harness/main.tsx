/**
 * The benchmark's page in Chromium. It exposes `window.bench` for bench/browser/figures.ts to call
 * through Playwright: store the book, write it through the app's data layer and through raw
 * Dexie, run the Today query, filter strings (the search baseline) and render react-big-calendar
 * on its own (the calendar baseline). It imports the app's own modules, so what it times is the
 * app's code, built by Vite like the app.
 */
import Dexie from 'dexie';
import Papa from 'papaparse';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Calendar, dateFnsLocalizer, Views } from 'react-big-calendar';
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { enUS } from 'date-fns/locale';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import type { IsoDate } from '../../shared/domain/dates';
import type { Call, Client, Referral, Touchpoint } from '../../shared/domain/schemas';
import type { Settings } from '../../shared/domain/settings';
import { openDb, setDb, DB_NAME, type TouchpointDb } from '../../renderer/data/db';
import { saveSettings } from '../../renderer/data/settings';
import { ensureDailyBackup } from '../../renderer/data/backup';
import { ensurePlanned } from '../../renderer/data/planner';
import { loadAgenda } from '../../renderer/features/today/useAgenda';
import { backupOf, DATA_LAYER_PATH, writeBookThroughDataLayer } from './dataLayer';

export interface BookJson {
  today: IsoDate;
  now: string;
  settings: Settings;
  clients: Client[];
  touchpoints: Touchpoint[];
  referrals: Referral[];
  calls: Call[];
}

export interface CalendarJson {
  /** The month before the busiest one, and the busiest one: first day of each. */
  months: [IsoDate, IsoDate];
  /** Each month's visible range as the app queries it (whole weeks), raw events. */
  events: { title: string; day: IsoDate }[][];
}

let book: BookJson | undefined;

function need(): BookJson {
  if (!book) throw new Error('loadBook first');
  return book;
}

/** Resolves after the next frame has been painted (rAF runs before paint; the task after it, after). */
export function afterPaint(): Promise<number> {
  return new Promise((ok) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => ok(performance.now());
      ch.port2.postMessage(null);
    }),
  );
}

async function fresh(name: string): Promise<TouchpointDb> {
  await Dexie.delete(name);
  const db = openDb(name);
  await db.open();
  return db;
}

const TABLES = ['clients', 'touchpoints', 'referrals', 'calls'] as const;

/** Raw Dexie: bulkPut of each table's rows, nothing else. */
async function writeRaw(db: TouchpointDb, b: BookJson): Promise<void> {
  await db.settings.put({ ...b.settings, id: 'app' });
  for (const t of TABLES) await (db[t] as Dexie.Table).bulkPut(b[t]);
}

// ---------- react-big-calendar alone ----------

const localizer = dateFnsLocalizer({
  format,
  parse,
  startOfWeek: (d: Date) => startOfWeek(d, { locale: enUS }),
  getDay,
  locales: {},
});

interface RbcEvent {
  title: string;
  start: Date;
  end: Date;
  allDay: true;
}

let showMonth: ((i: number) => void) | undefined;
let rendered: (() => void) | undefined;

function RbcAlone({ cal }: { cal: CalendarJson }) {
  const [i, setI] = useState(0);
  const [events] = useState(() =>
    cal.events.map((list) =>
      list.map((e): RbcEvent => {
        const d = new Date(`${e.day}T00:00:00`);
        return { title: e.title, start: d, end: d, allDay: true };
      }),
    ),
  );
  showMonth = setI;
  useEffect(() => rendered?.(), [i]);
  return (
    <div style={{ height: 'calc(100vh - 190px)', minHeight: 480, padding: 12 }}>
      <Calendar
        localizer={localizer}
        events={events[i]}
        date={new Date(`${cal.months[i]}T00:00:00`)}
        view={Views.MONTH}
        views={[Views.MONTH]}
        onNavigate={() => undefined}
        onView={() => undefined}
        popup
        showAllEvents={false}
      />
    </div>
  );
}

/** Long tasks (Long Tasks API) from now on; `longest(since)` waits for pending entries, then answers. */
function longTasks(): { longest: (since: number) => Promise<number>; stop: () => void } {
  const seen: [number, number][] = [];
  const po = new PerformanceObserver((l) => {
    for (const e of l.getEntries()) seen.push([e.startTime, e.duration]);
  });
  po.observe({ type: 'longtask' });
  return {
    longest: async (since) => {
      await afterPaint();
      for (const e of po.takeRecords()) seen.push([e.startTime, e.duration]);
      return Math.max(
        0,
        ...seen.filter(([t, d]) => t + d > since).map(([t, d]) => t + d - Math.max(t, since)),
      );
    },
    stop: () => po.disconnect(),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const api = {
  appDbName: DB_NAME,
  async loadBook(url: string) {
    const res = await fetch(url);
    book = (await res.json()) as BookJson;
    return { clients: book.clients.length, touchpoints: book.touchpoints.length };
  },

  async deleteDb(name: string) {
    await Dexie.delete(name);
  },

  /** Raw bulkPut of the book into a fresh database; ms. */
  async writeRaw(name: string): Promise<number> {
    const b = need();
    const db = await fresh(name);
    const t0 = performance.now();
    await writeRaw(db, b);
    const ms = performance.now() - t0;
    db.close();
    return ms;
  },

  /** The same rows through the app's data layer into a fresh database; ms and the path taken. */
  async writeDataLayer(name: string): Promise<{ ms: number; path: string }> {
    const backup = backupOf(need());
    const db = await fresh(name);
    setDb(db);
    const t0 = performance.now();
    await writeBookThroughDataLayer(backup);
    const ms = performance.now() - t0;
    db.close();
    return { ms, path: DATA_LAYER_PATH };
  },

  /**
   * The app's own database (written by writeRaw(DB_NAME)) made as the app would have left it:
   * settings saved through the app and its planner run once, which records the plan horizon so a
   * cold start does not re-plan. Returns how long that full re-plan took in the browser.
   */
  async prepareApp(): Promise<{
    replanMs: number;
    replanned: boolean;
    replanLongestTaskMs: number;
    backupMs: number;
    backupLongestTaskMs: number;
    backupMB: number;
  }> {
    const b = need();
    const db = openDb(DB_NAME);
    await db.open();
    setDb(db);
    const saved = await saveSettings(b.settings);
    if (!saved.ok) throw new Error(`settings rejected: ${JSON.stringify(saved.errors)}`);
    const tasks = longTasks();
    let t0 = performance.now();
    const replanned = await ensurePlanned();
    const replanMs = performance.now() - t0;
    const replanLongestTaskMs = await tasks.longest(t0);
    // The day's backup, as the app makes it at its first start of a day: made here once, so the
    // cold starts measured later are ordinary ones (the first start of a day also pays for this).
    t0 = performance.now();
    const backup = await ensureDailyBackup();
    const backupMs = performance.now() - t0;
    const backupLongestTaskMs = await tasks.longest(t0);
    tasks.stop();
    db.close();
    return {
      replanMs,
      replanned,
      replanLongestTaskMs,
      backupMs,
      backupLongestTaskMs,
      backupMB: (backup?.sizeBytes ?? 0) / 2 ** 20,
    };
  },

  /** Today's query (loadAgenda) vs reading the same rows by key; ms per run. */
  async todayQuery(today: IsoDate, runs: number) {
    const db = openDb(DB_NAME);
    await db.open();
    setDb(db);
    const agenda = await loadAgenda(today); // warm-up
    const items = [...agenda.overdue, ...agenda.today, ...agenda.week];
    const tpIds = items.map((x) => x.touchpoint.id);
    const clientIds = [...new Set(items.map((x) => x.client.id))];
    const samples: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      await loadAgenda(today);
      samples.push(performance.now() - t0);
      t0 = performance.now();
      await Promise.all([db.touchpoints.bulkGet(tpIds), db.clients.bulkGet(clientIds)]);
      base.push(performance.now() - t0);
    }
    db.close();
    return {
      samples,
      base,
      rows: items.length,
      overdue: agenda.overdue.length,
      today: agenda.today.length,
      week: agenda.week.length,
    };
  },

  /**
   * papaparse alone parsing the same CSV file on the main thread (the import's baseline); ms per run.
   * As the app reads it: bytes decoded, then parsed.
   */
  async papaparse(url: string, runs: number): Promise<number[]> {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const text = new TextDecoder('utf-8').decode(bytes);
      const rows = Papa.parse<string[]>(text, { delimiter: ';' }).data.length;
      out.push(performance.now() - t0 + (rows < 0 ? 1 : 0));
    }
    return out;
  },

  /** Mounts react-big-calendar alone on the month before the busiest one. */
  async rbcMount(url: string): Promise<void> {
    const cal = (await (await fetch(url)).json()) as CalendarJson;
    const done = new Promise<void>((ok) => (rendered = ok));
    createRoot(document.getElementById('root')!).render(<RbcAlone cal={cal} />);
    await done;
    await afterPaint();
  },

  /** Switches react-big-calendar alone to month `i` (0: before, 1: busiest); ms until painted. */
  async rbcShow(i: number): Promise<number> {
    const t0 = performance.now();
    const done = new Promise<void>((ok) => (rendered = ok));
    showMonth?.(i);
    await done;
    return (await afterPaint()) - t0;
  },

  median,
  afterPaint,
};

declare global {
  interface Window {
    bench: typeof api;
  }
}

window.bench = api;
document.title = 'bench ready';

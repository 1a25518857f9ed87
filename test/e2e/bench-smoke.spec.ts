/**
 * The benchmark never rots: a tiny run of `npm run bench` (200 clients, one run each) goes through
 * every figure — Node and Chromium — and writes its JSON. No timing is asserted (machines differ),
 * only that every figure and its baseline were measured, are finite, and the file has its shape.
 * Reuses the renderer this suite's web server built, so only the bench harness is built here.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import type { BenchResult } from '../../bench/stats';

const run = promisify(execFile);

const FIGURES = [
  'planning.20',
  'planning.200',
  'planning.replan',
  'planning.per-client',
  'write.book',
  'today.cold',
  'today.query',
  'search.keystroke',
  'calendar.month',
  'cards.time',
  'cards.size',
  'cards.peak-memory',
  'import.pipeline',
  'import.total',
  'import.longest-task',
];

test('a tiny benchmark run measures every figure next to its baseline', async () => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'tp-bench-'));
  try {
    const out = join(dir, 'results.json');
    const appDir = resolve(process.env.WEB_OUT_DIR ?? 'dist-web-e2e');
    const args = ['bench/run.ts', '--tiny', '--out', out, '--work-dir', join(dir, 'work')];
    if (existsSync(join(appDir, 'index.html'))) args.push('--app-dir', appDir);
    const { stdout } = await run(resolve('node_modules/.bin/tsx'), args, { maxBuffer: 16 * 1024 * 1024 });
    expect(stdout).toContain('Touchpoint benchmark — 200 clients');

    const r = JSON.parse(readFileSync(out, 'utf8')) as BenchResult;
    expect(r.schema).toBe(1);
    expect(r.options).toMatchObject({ clients: 200, tiny: true });
    expect(r.book.clients).toBe(200);
    expect(r.book.referrals).toBe(40);
    expect(r.book.calls).toBe(400);
    expect(r.machine.cpus).toBeGreaterThan(0);
    expect(r.machine.chromium).toMatch(/^\d+\./);
    expect(r.errors, 'no page errors in the app or the harness').toEqual([]);

    const ids = r.figures.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(FIGURES));
    expect(new Set(r.figures.map((f) => f.group))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
    for (const f of r.figures) {
      expect(f.samples.length, f.id).toBeGreaterThan(0);
      for (const v of [f.value, f.baseline.value, f.ratio, ...f.samples, ...f.baseline.samples]) {
        expect(Number.isFinite(v), `${f.id}: ${v}`).toBe(true);
      }
      expect(f.value, f.id).toBeGreaterThanOrEqual(0);
      expect(f.baseline.label, f.id).not.toBe('');
    }
    // The import went through the app's dialog and every row of the file was accounted for.
    const imp = r.figures.find((f) => f.id === 'import.total');
    expect(String(imp?.extra?.summary)).toMatch(/^200 rows in the file: \d+ imported/);

    // Every target was judged (met or missed, printed either way); nothing left unmeasured.
    expect(r.targets.map((t) => t.id).sort()).toEqual(
      [
        'cards-size',
        'cards-time',
        'import-longtask',
        'import-time',
        'month-switch',
        'planning',
        'planning-linear',
        'search-keystroke',
        'today-cold',
        'write-ratio',
      ].sort(),
    );
    expect(r.pending).toEqual([]);
    expect(r.missed).toEqual(r.targets.filter((t) => !t.met).map((t) => t.id));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

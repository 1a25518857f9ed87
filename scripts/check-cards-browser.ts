/**
 * Proves the card engine runs where the app runs it: in a Web Worker in Chromium, with the
 * HarfBuzz wasm fetched by URL and compiled there (no Node, no file reading). Builds a card with
 * a CJK name and checks the PDF with pdftotext. Run: `npx tsx scripts/check-cards-browser.ts`.
 *
 * Bundles shared/cards with esbuild (tsx's own dependency) and drives /usr/bin/chromium through
 * Playwright; the page and worker are served from an in-memory route, so no port is opened.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const workerSource = `
import { buildCardsPdf, createFontSubsetter } from './shared/cards/index.ts';
self.onmessage = async (e) => {
  const { fonts, cards } = e.data;
  const t0 = performance.now();
  const wasm = await WebAssembly.compileStreaming(fetch('/harfbuzz-subset.wasm'));
  const subsetFont = await createFontSubsetter(wasm);
  const progress = [];
  const r = await buildCardsPdf({
    cards, format: 'a6-quarter-fold', paper: 'A4', font: fonts[0], fallbackFonts: fonts.slice(1), subsetFont,
    ink: 'blue', variation: true, marks: true, date: '2026-01-01', onProgress: (d, t) => progress.push(d / t),
  });
  self.postMessage({ ok: r.ok, bytes: r.ok ? r.bytes : null, problems: r.ok ? [] : r.problems, warnings: r.warnings,
    ms: performance.now() - t0, progress: progress.length, wasmModule: wasm instanceof WebAssembly.Module });
};
`;

async function main(): Promise<void> {
  const bundle = await build({
    stdin: { contents: workerSource, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    target: 'es2022',
  });
  const workerJs = bundle.outputFiles[0]!.text;
  const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const font = (dir: string, file: string) => [...readFileSync(join(root, 'resources', 'fonts', dir, file))];
  const fonts = [
    { id: 'caveat', bytes: font('caveat', 'Caveat-Regular.ttf') },
    { id: 'dejavu-sans', bytes: font('dejavu-sans', 'DejaVuSans-Fallback.ttf') },
    { id: 'droid-sans-fallback', bytes: font('droid-sans-fallback', 'DroidSansFallback-CJK.ttf') },
  ];
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:";
    await page.route('https://touchpoint.test/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/worker.js') return route.fulfill({ body: workerJs, contentType: 'text/javascript' });
      if (path === '/harfbuzz-subset.wasm')
        return route.fulfill({ body: wasm, contentType: 'application/wasm' });
      return route.fulfill({
        body: '<!doctype html><title>cards</title>',
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': csp },
      });
    });
    await page.goto('https://touchpoint.test/');
    const result = await page.evaluate(
      async ({ fonts }) => {
        const worker = new Worker('/worker.js', { type: 'module' });
        const cards = [
          {
            seed: 'a',
            front: 'Happy Birthday',
            inside: 'Dear 王小明,\nWishing you a wonderful year ahead.',
            closing: 'Warmly,\nAnna',
          },
          {
            seed: 'b',
            front: 'Welcome!',
            inside: 'Dear Zoë Ñúñez,\nso glad to have you.',
            closing: 'Warmly,\nAnna',
          },
        ];
        const typed = fonts.map((f) => ({ id: f.id, bytes: new Uint8Array(f.bytes) }));
        return await new Promise<{
          ok: boolean;
          bytes: number[] | null;
          ms: number;
          progress: number;
          wasmModule: boolean;
          problems: unknown[];
        }>((resolve, reject) => {
          worker.onmessage = (e) =>
            resolve({ ...e.data, bytes: e.data.bytes ? Array.from(e.data.bytes as Uint8Array) : null });
          worker.onerror = (e) => reject(new Error(e.message));
          worker.postMessage({ fonts: typed, cards });
        });
      },
      { fonts },
    );
    if (!result.ok || !result.bytes)
      throw new Error(`build failed in the browser: ${JSON.stringify(result.problems)}`);
    const out = '/tmp/touchpoint-cards-browser.pdf';
    writeFileSync(out, Buffer.from(result.bytes));
    const text = execFileSync('pdftotext', ['-raw', out, '-'], { encoding: 'utf8' });
    const fontsUsed = execFileSync('pdffonts', [out], { encoding: 'utf8' });
    console.log(
      `Built in a Chromium Web Worker in ${Math.round(result.ms)} ms (wasm compiled in the worker: ${result.wasmModule}), ${result.bytes.length} bytes, progress events: ${result.progress}`,
    );
    console.log(fontsUsed);
    if (!text.includes('Dear 王小明,') || !text.includes('Dear Zoë Ñúñez,'))
      throw new Error(`pdftotext did not read the names back:\n${text}`);
    console.log('pdftotext reads back "Dear 王小明," and "Dear Zoë Ñúñez,": OK →', out);
  } finally {
    await browser.close();
  }
}

await main();

/**
 * The card worker: builds card PDFs off the UI thread. Fonts and the HarfBuzz wasm are fetched
 * from the app's own assets once per worker and reused for every build; each PDF embeds each
 * font once (see shared/cards/build-pdf).
 *
 * A batch is checked first: cards with a blocking problem (a field left unfilled, a message too
 * long, a character no font has) are left out of the PDF and reported, so the rest can print.
 * For a message that is too long it works out about how many words to cut, and which card
 * format would take it as it is.
 */
/// <reference lib="webworker" />
import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import {
  buildCardsPdf,
  checkCards,
  createFontSubsetter,
  FALLBACK_FONT_FILES,
  type CardIssue,
  type CheckCardsOptions,
  type FontBytes,
  type FontSubsetter,
} from '../../../shared/cards';
import { FONT_URLS } from './fontAssets';
import { overflowHint } from './overflowHint';
import type { BuildOutcome, BuildRequest, PrintOptions, WorkerReply } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;

const fonts = new Map<string, Promise<Uint8Array>>();
function font(id: keyof typeof FONT_URLS): Promise<FontBytes> {
  let p = fonts.get(id);
  if (!p) {
    p = fetch(FONT_URLS[id]).then(async (r) => {
      if (!r.ok) throw new Error(`The font ${id} could not be loaded (${r.status}).`);
      return new Uint8Array(await r.arrayBuffer());
    });
    fonts.set(id, p);
    p.catch(() => fonts.delete(id));
  }
  return p.then((bytes) => ({ id, bytes }));
}

let subsetter: Promise<FontSubsetter> | undefined;
function subsetFont(): Promise<FontSubsetter> {
  subsetter ??= WebAssembly.compileStreaming(fetch(wasmUrl)).then((m) => createFontSubsetter(m));
  return subsetter;
}

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  self.postMessage(reply, transfer);
}

function checkOptions(
  o: PrintOptions,
  main: FontBytes,
  fallbackFonts: FontBytes[],
): Omit<CheckCardsOptions, 'cards'> {
  return {
    format: o.format,
    paper: o.paper,
    font: main,
    fallbackFonts,
    ink: o.ink,
    variation: o.variation,
    marks: o.marks,
    signaturePng: o.signaturePng,
    envelopes: o.envelopes,
    labels: o.labels,
    senderCountryCode: o.senderCountryCode,
    dropUnrenderable: o.dropUnrenderable,
  };
}

async function build(req: BuildRequest): Promise<BuildOutcome> {
  const t0 = performance.now();
  const o = req.options;
  post({ type: 'progress', id: req.id, phase: 'fonts', done: 0, total: req.cards.length });
  const [main, ...fallbackFonts] = await Promise.all([
    font(o.fontId),
    ...FALLBACK_FONT_FILES.map((f) => font(f.id)),
  ]);
  const base = checkOptions(o, main, fallbackFonts);
  post({ type: 'progress', id: req.id, phase: 'checking', done: 0, total: req.cards.length });
  const check = checkCards({ ...base, cards: req.cards });
  const overflowing = new Set(
    check.problems.flatMap((p) =>
      p.kind === 'overflow' && p.part === 'message' && p.card !== null ? [p.card] : [],
    ),
  );
  const overflowHints = [...overflowing].map((i) => overflowHint(req.cards[i]!, i, base));
  const blocked = new Set(check.problems.map((p) => p.card));
  const ms = () => Math.round(performance.now() - t0);
  const included = req.cards.map((_, i) => i).filter((i) => !blocked.has(i));
  if (blocked.has(null) || included.length === 0) {
    return {
      pageCount: 0,
      included: [],
      problems: check.problems,
      warnings: check.warnings,
      overflowHints,
      ms: ms(),
    };
  }
  const result = await buildCardsPdf({
    ...base,
    cards: included.map((i) => req.cards[i]!),
    subsetFont: await subsetFont(),
    date: o.date,
    title: o.title,
    onProgress: (done, total) => post({ type: 'progress', id: req.id, phase: 'building', done, total }),
  });
  const remap = (issues: CardIssue[]) =>
    issues.map((w) => ({ ...w, card: w.card === null ? null : (included[w.card] ?? null) }));
  if (!result.ok) {
    // The same checks passed a moment ago; report whatever changed rather than fail silently.
    return {
      pageCount: 0,
      included: [],
      problems: [...check.problems, ...remap(result.problems)],
      warnings: remap(result.warnings),
      overflowHints,
      ms: ms(),
    };
  }
  return {
    bytes: result.bytes,
    pageCount: result.pageCount,
    included,
    problems: check.problems,
    warnings: remap(result.warnings),
    overflowHints,
    ms: ms(),
  };
}

// One build at a time; a newer request replaces one still waiting (the screen only wants the latest).
let running = false;
let waiting: BuildRequest | null = null;

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  while (waiting) {
    const req = waiting;
    waiting = null;
    try {
      const outcome = await build(req);
      post({ type: 'built', id: req.id, outcome }, outcome.bytes ? [outcome.bytes.buffer] : []);
    } catch (e) {
      post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  running = false;
}

self.onmessage = (e: MessageEvent<BuildRequest>) => {
  if (e.data?.type !== 'build') return;
  if (waiting) post({ type: 'superseded', id: waiting.id });
  waiting = e.data;
  void drain();
};

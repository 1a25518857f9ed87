/**
 * The screen's side of the card worker: one worker for the app's lifetime (fonts and wasm stay
 * loaded), requests numbered so a reply to an outdated request is never shown.
 */
import type { CardInput } from '../../../shared/cards';
import type { BuildOutcome, PrintOptions, WorkerReply } from './workerProtocol';

export interface BuildProgress {
  phase: 'fonts' | 'checking' | 'building';
  done: number;
  total: number;
}

interface Pending {
  resolve: (o: BuildOutcome | null) => void;
  reject: (e: Error) => void;
  onProgress?: (p: BuildProgress) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function cardWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./cards.worker.ts', import.meta.url), { type: 'module', name: 'cards' });
  w.onmessage = (e: MessageEvent<WorkerReply>) => {
    const r = e.data;
    const p = pending.get(r.id);
    if (!p) return;
    if (r.type === 'progress') return p.onProgress?.({ phase: r.phase, done: r.done, total: r.total });
    pending.delete(r.id);
    if (r.type === 'built') p.resolve(r.outcome);
    else if (r.type === 'superseded') p.resolve(null);
    else p.reject(new Error(r.message));
  };
  w.onerror = (e) => {
    // A crashed worker fails every request it held; the next request starts a new one.
    for (const p of pending.values())
      p.reject(new Error(e.message || 'The card builder stopped unexpectedly.'));
    pending.clear();
    w.terminate();
    worker = undefined;
  };
  worker = w;
  return w;
}

/** Builds the PDF in the worker. Resolves null when a newer request replaced this one. */
export function buildCardsInWorker(
  cards: CardInput[],
  options: PrintOptions,
  onProgress?: (p: BuildProgress) => void,
): Promise<BuildOutcome | null> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    cardWorker().postMessage({ type: 'build', id, cards, options });
  });
}

/**
 * One import's steps in a Web Worker (renderer/workers/import.worker.ts), with progress. Where no
 * worker can start, the same session runs here, so import still works, only less smoothly.
 */
import type { FinalizedImport } from '../../../shared/import';
import {
  ImportSession,
  type FinalizeSessionRequest,
  type PreviewSessionRequest,
  type PreviewView,
  type ReadRequest,
  type ReadSummary,
} from './importSteps';

export type ImportWorkerRequest =
  | { id: number; type: 'read'; request: ReadRequest }
  | { id: number; type: 'check'; request: PreviewSessionRequest }
  | { id: number; type: 'finalize'; request: FinalizeSessionRequest };

export type ImportWorkerResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'error'; message: string };

export interface ImportRunner {
  read(request: ReadRequest, onProgress?: (fraction: number) => void): Promise<ReadSummary>;
  check(request: PreviewSessionRequest): Promise<PreviewView>;
  finalize(request: FinalizeSessionRequest): Promise<FinalizedImport>;
  dispose(): void;
}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  onProgress?: ((f: number) => void) | undefined;
}

/** Runs the session on this thread (no worker available). */
function inlineRunner(): ImportRunner {
  const s = new ImportSession();
  return {
    read: async (r, onProgress) => s.readFile(r, onProgress),
    check: async (r) => s.check(r),
    finalize: async (r) => s.finalize(r),
    dispose: () => undefined,
  };
}

/** A runner for one import (one file): its own worker, ended with dispose(). */
export function createImportRunner(): ImportRunner {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inlineRunner();
  }
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let broken = false;
  const fallback = inlineRunner();
  worker.onmessage = (e: MessageEvent<ImportWorkerResponse>) => {
    const m = e.data;
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') p.onProgress?.(m.fraction);
    else {
      pending.delete(m.id);
      if (m.type === 'done') p.resolve(m.result);
      else p.reject(new Error(m.message));
    }
  };
  worker.onerror = (e) => {
    // A worker that cannot load: the waiting call fails with this reason; the user can retry.
    broken = true;
    for (const p of pending.values())
      p.reject(new Error(e.message || 'The import could not start its worker.'));
    pending.clear();
    worker.terminate();
  };
  const run = <T>(m: Omit<ImportWorkerRequest, 'id'>, onProgress?: (f: number) => void) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      worker.postMessage({ ...m, id } as ImportWorkerRequest);
    });
  return {
    read: (request, onProgress) =>
      broken
        ? fallback.read(request, onProgress)
        : // A copy goes over; the caller keeps its bytes to read again with another encoding.
          run<ReadSummary>(
            { type: 'read', request: { ...request, data: request.data.slice() } },
            onProgress,
          ).catch((e: unknown) => (broken ? fallback.read(request, onProgress) : Promise.reject(e))),
    check: (request) => (broken ? fallback.check(request) : run<PreviewView>({ type: 'check', request })),
    finalize: (request) =>
      broken ? fallback.finalize(request) : run<FinalizedImport>({ type: 'finalize', request }),
    dispose: () => worker.terminate(),
  };
}

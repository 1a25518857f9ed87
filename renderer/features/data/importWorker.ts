/**
 * Runs the import steps in a Web Worker (renderer/workers/import.worker.ts), with progress.
 * Where no worker can start, the same steps run here, so import still works, only less smoothly.
 */
import type { ImportPreview } from '../../../shared/import';
import {
  buildPreview,
  readImport,
  type PreviewRequest,
  type ReadRequest,
  type ReadResult,
} from './importSteps';

export type ImportWorkerRequest =
  | { id: number; type: 'read'; request: ReadRequest }
  | { id: number; type: 'preview'; request: PreviewRequest };

export type ImportWorkerResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'error'; message: string };

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  onProgress?: ((f: number) => void) | undefined;
}

let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' });
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
      // A worker that cannot load fails every waiting call; later calls run on this thread.
      for (const p of pending.values()) p.reject(new Error(e.message || 'The import worker stopped.'));
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

function run<T>(
  type: 'read' | 'preview',
  request: ReadRequest | PreviewRequest,
  onProgress?: (f: number) => void,
) {
  const w = getWorker();
  if (!w) return null;
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
    w.postMessage({ id, type, request } as ImportWorkerRequest);
  });
}

/** Reads the file in the worker, reporting 0…1 while it parses. */
export async function readInWorker(
  request: ReadRequest,
  onProgress?: (f: number) => void,
): Promise<ReadResult> {
  // A copy goes to the worker; the caller keeps its bytes to re-read with another encoding.
  const inWorker = run<ReadResult>('read', { ...request, data: request.data.slice() }, onProgress);
  try {
    return (await inWorker) ?? readImport(request, onProgress);
  } catch (e) {
    if (worker === null) return readImport(request, onProgress);
    throw e;
  }
}

export async function previewInWorker(request: PreviewRequest): Promise<ImportPreview> {
  const inWorker = run<ImportPreview>('preview', request);
  try {
    return (await inWorker) ?? buildPreview(request);
  } catch (e) {
    if (worker === null) return buildPreview(request);
    throw e;
  }
}

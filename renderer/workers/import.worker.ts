/**
 * Reads and previews import files off the main thread, so a file with tens of thousands of rows
 * never freezes the window. Messages: { id, type: 'read' | 'preview', request } in;
 * { id, type: 'progress', fraction } and then { id, type: 'done', result } or { id, type: 'error', message } out.
 */
import { buildPreview, readImport } from '../features/data/importSteps';
import type { ImportWorkerRequest, ImportWorkerResponse } from '../features/data/importWorker';

const post = (m: ImportWorkerResponse) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<ImportWorkerRequest>) => {
  const m = e.data;
  try {
    if (m.type === 'read') {
      const result = readImport(m.request, (fraction) => post({ id: m.id, type: 'progress', fraction }));
      post({ id: m.id, type: 'done', result });
    } else {
      post({ id: m.id, type: 'done', result: buildPreview(m.request) });
    }
  } catch (err) {
    post({ id: m.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};

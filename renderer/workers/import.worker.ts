/**
 * Reads, checks and finalizes an import off the main thread, so a file with tens of thousands of
 * rows never freezes the window. The parsed file and the preview stay here; only small views go
 * back. Messages: { id, type: 'read' | 'check' | 'finalize', request } in; { id, type: 'progress',
 * fraction } and then { id, type: 'done', result } or { id, type: 'error', message } out.
 */
import { ImportSession } from '../features/data/importSteps';
import type { ImportWorkerRequest, ImportWorkerResponse } from '../features/data/importWorker';

const session = new ImportSession();
const post = (m: ImportWorkerResponse) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<ImportWorkerRequest>) => {
  const m = e.data;
  try {
    const result =
      m.type === 'read'
        ? session.readFile(m.request, (fraction) => post({ id: m.id, type: 'progress', fraction }))
        : m.type === 'check'
          ? session.check(m.request)
          : session.finalize(m.request);
    post({ id: m.id, type: 'done', result });
  } catch (err) {
    post({ id: m.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};

/**
 * Figure 7 in Node: the CSV import pipeline of shared/import end to end — decode, parse, guess
 * the mapping, map, preview (problems, dates, duplicates), finalize, and validate every client to
 * be written — vs papaparse alone parsing the same file. This is the work the app's import runs
 * off the main thread; the browser figure (bench/browser) adds the UI and the write.
 */
import Papa from 'papaparse';
import { clientSchema } from '../../shared/domain/schemas';
import { applyMapping, finalizeImport, guessMapping, previewImport, readCsvFile } from '../../shared/import';
import { figure, measured, type Figure } from '../stats';

export interface PipelineRun {
  ms: number;
  steps: Record<string, number>;
  rows: number;
  created: number;
  rejected: number;
  skipped: number;
}

/** The whole pipeline once, with the time of each step. */
export function importPipeline(bytes: Uint8Array, now: string): PipelineRun {
  const steps: Record<string, number> = {};
  let t = performance.now();
  const t0 = t;
  const lap = (name: string) => {
    const n = performance.now();
    steps[name] = n - t;
    t = n;
  };
  const csv = readCsvFile(bytes);
  lap('decodeAndParse');
  const mapping = guessMapping(csv.headers);
  const records = applyMapping(csv, mapping);
  lap('mapping');
  const preview = previewImport(records, { existing: [], locale: 'de-DE' });
  lap('preview');
  const result = finalizeImport(preview, {});
  lap('finalize');
  let i = 0;
  for (const c of result.toCreate)
    clientSchema.parse({ ...c.client, id: `import-${i++}`, createdAt: now, updatedAt: now });
  lap('validate');
  return {
    ms: performance.now() - t0,
    steps,
    rows: result.counts.rows,
    created: result.counts.created,
    rejected: result.counts.rejected,
    skipped: result.counts.skipped,
  };
}

/** The floor: decoding the bytes and papaparse parsing them, nothing else. */
export function papaparseAlone(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  return Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: false }).data.length;
}

export function benchImportPipeline(
  bytes: Uint8Array,
  runs: number,
  now: string,
  uiPending: string | undefined,
): Figure[] {
  const pipe: PipelineRun[] = [];
  const base: number[] = [];
  importPipeline(bytes, now); // warm-up (JIT), as the worker is warm after its first file
  for (let i = 0; i < runs; i++) {
    pipe.push(importPipeline(bytes, now));
    const t0 = performance.now();
    papaparseAlone(bytes);
    base.push(performance.now() - t0);
  }
  const first = pipe[0]!;
  const longestStep = pipe.map((p) => Math.max(...Object.values(p.steps)));
  const stepMedians = Object.fromEntries(
    Object.keys(first.steps).map((k) => [
      `stepMs.${k}`,
      Math.round(
        measured(
          k,
          pipe.map((p) => p.steps[k]!),
        ).value,
      ),
    ]),
  );
  const figures: Figure[] = [
    figure({
      id: 'import.pipeline',
      group: 7,
      label: `CSV import pipeline, ${first.rows.toLocaleString('en-US')} rows (Node, shared/import)`,
      unit: 'ms',
      samples: pipe.map((p) => p.ms),
      baseline: measured('papaparse alone', base),
      extra: {
        rows: first.rows,
        created: first.created,
        rejected: first.rejected,
        skipped: first.skipped,
        bytes: bytes.length,
        ...stepMedians,
      },
    }),
  ];
  if (uiPending) {
    // Without the import screen, the longest synchronous step of the pipeline is what one task
    // would block — on the worker, not the main thread. Reported so the figure is never silent.
    figures.push(
      figure({
        id: 'import.longest-step',
        group: 7,
        label: 'Longest synchronous pipeline step (runs in the worker)',
        unit: 'ms',
        samples: longestStep,
        baseline: measured('papaparse alone', base),
        note: uiPending,
      }),
    );
  }
  return figures;
}

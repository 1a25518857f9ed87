/**
 * Importing clients from a CSV or vCard file: read (in a worker, with progress), map the columns
 * (CSV), preview every row with its problems and duplicates, import the valid rows in one
 * transaction, and show what happened to each row.
 */
import { useEffect, useRef, useState } from 'react';
import {
  guessMapping,
  type ColumnMapping,
  type CsvDelimiter,
  type DateOrder,
  type Resolution,
  type TextEncodingName,
} from '../../../shared/import';
import { undoRestore } from '../../data/backup';
import {
  clientsForImport,
  importFinalized,
  rememberedMapping,
  type ImportOutcome,
} from '../../data/importer';
import { navigate } from '../../app/router';
import { useToast } from '../../app/Toasts';
import type { OpenedFile } from '../../platform/types';
import { Dialog } from '../../ui/Dialog';
import { useSettings } from '../settings/useSettings';
import type { PreviewView, ReadSummary } from './importSteps';
import { createImportRunner, type ImportRunner } from './importWorker';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportSummary } from './ImportSummary';
import { formatCount } from './formatCount';

type Step = 'reading' | 'failed' | 'mapping' | 'checking' | 'preview' | 'importing' | 'done';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function ImportDialog({ file, onClose }: { file: OpenedFile; onClose: () => void }) {
  const { data: settings } = useSettings();
  const toast = useToast();
  const [step, setStep] = useState<Step>('reading');
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState('');
  const [encoding, setEncoding] = useState<TextEncodingName | 'auto'>('auto');
  const [delimiter, setDelimiter] = useState<CsvDelimiter | 'auto'>('auto');
  const [read, setRead] = useState<ReadSummary | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<PreviewView | null>(null);
  const [resolutions, setResolutions] = useState<Record<number, Resolution>>({});
  const [fallback, setFallback] = useState<Resolution>('skip');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>();
  const mapped = useRef<ColumnMapping | null>(null);
  const runner = useRef<ImportRunner | null>(null);

  // The user's own country says how dates are written where they work (14.03. in Germany).
  const locale =
    (settings.country ? `und-${settings.country}` : '') ||
    settings.locale ||
    (typeof navigator === 'undefined' ? 'en-US' : navigator.language);
  const getRunner = () => (runner.current ??= createImportRunner());

  useEffect(
    () => () => {
      runner.current?.dispose();
      runner.current = null;
    },
    [],
  );

  const check = async (order: DateOrder | undefined, columns: ColumnMapping) => {
    const existing = await clientsForImport();
    const view = await getRunner().check({
      mapping: columns,
      options: {
        existing,
        locale,
        ...(settings.country ? { country: settings.country } : {}),
        ...(order ? { dateOrder: order } : {}),
      },
    });
    setPreview(view);
  };

  /** What to do with a file once read: show the error, the columns (CSV) or the rows (vCard). */
  const afterRead = async (r: ReadSummary) => {
    setRead(r);
    if (r.error) {
      setError(r.error);
      setStep('failed');
      return;
    }
    if (r.kind === 'csv') {
      // The user's choices so far beat what was remembered, which beats a guess.
      const guessed = guessMapping(r.headers, { ...(await rememberedMapping()), ...(mapped.current ?? {}) });
      mapped.current = guessed;
      setMapping(guessed);
      setStep('mapping');
    } else {
      setStep('checking');
      await check(undefined, {});
      setStep('preview');
    }
  };

  const failed = (e: unknown) => {
    setError(message(e));
    setStep('failed');
  };

  /** Reads (again, after the encoding or separator changed). */
  const readFile = (enc: TextEncodingName | 'auto', delim: CsvDelimiter | 'auto') =>
    getRunner()
      .read({ name: file.name, data: file.data, encoding: enc, delimiter: delim }, (f) => setProgress(f))
      .then(afterRead)
      .catch(failed);

  useEffect(() => {
    void readFile('auto', 'auto');
    // Read once when the dialog opens; later reads come from the encoding and separator pickers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const changeMapping = (m: ColumnMapping) => {
    mapped.current = m;
    setMapping(m);
  };

  const toPreview = async (order: DateOrder | undefined = dateOrder) => {
    if (!read) return;
    setDateOrder(order);
    setError('');
    setStep('checking');
    try {
      await check(order, mapping);
      setStep('preview');
    } catch (e) {
      failed(e);
    }
  };

  const doImport = async () => {
    if (!preview || !read) return;
    setError('');
    setStep('importing');
    try {
      const result = await getRunner().finalize({ resolutions, fallback });
      const out = await importFinalized(result, read.kind === 'csv' ? { mapping } : {});
      setOutcome(out);
      setStep('done');
    } catch (e) {
      setError(message(e));
      setStep('preview');
    }
  };

  const undoImport = async () => {
    if (!outcome?.undo) return;
    try {
      await undoRestore(outcome.undo.name);
      toast.show('The import was undone: your clients are as they were before.');
      onClose();
    } catch (e) {
      setError(`Could not undo the import: ${message(e)}`);
    }
  };

  const choice = (row: number): Resolution => resolutions[row] ?? fallback;
  const dupRows = preview?.duplicateRows ?? [];
  const creating = (preview?.counts.ready ?? 0) + dupRows.filter((r) => choice(r) === 'keep-both').length;
  const merging = dupRows.filter((r) => choice(r) === 'merge').length;
  const named = Object.values(mapping).some((f) => f === 'firstName' || f === 'fullName');
  const importLabel =
    creating + merging === 0
      ? 'Nothing to import'
      : [
          creating ? `Import ${formatCount(creating)} new ${creating === 1 ? 'client' : 'clients'}` : '',
          merging ? `merge ${formatCount(merging)}` : '',
        ]
          .filter(Boolean)
          .join(' and ')
          .replace(/^merge/, 'Merge');

  const footer = (
    <>
      {step === 'done' ? (
        <>
          {outcome?.undo && (
            <button type="button" className="btn" onClick={() => void undoImport()}>
              Undo this import
            </button>
          )}
          <button
            type="button"
            className="btn"
            onClick={() => {
              onClose();
              navigate('clients');
            }}
          >
            Show clients
          </button>
          <button type="button" className="btn primary" onClick={onClose}>
            Done
          </button>
        </>
      ) : (
        <>
          {step === 'preview' && read?.kind === 'csv' && (
            <button type="button" className="btn" onClick={() => setStep('mapping')}>
              Back to columns
            </button>
          )}
          <button type="button" className="btn" onClick={onClose} disabled={step === 'importing'}>
            {step === 'failed' ? 'Close' : 'Cancel'}
          </button>
          {step === 'mapping' && (
            <button type="button" className="btn primary" disabled={!named} onClick={() => void toPreview()}>
              Next: check the rows
            </button>
          )}
          {(step === 'preview' || step === 'importing') && (
            <button
              type="button"
              className="btn primary"
              disabled={step === 'importing' || creating + merging === 0}
              onClick={() => void doImport()}
              data-testid="import-confirm"
            >
              {step === 'importing' ? 'Importing…' : importLabel}
            </button>
          )}
        </>
      )}
    </>
  );

  return (
    <Dialog
      title={`Import clients from ${file.name}`}
      onClose={step === 'importing' ? () => undefined : onClose}
      width={820}
      footer={footer}
    >
      <div className="stack data-import" data-testid="import-dialog">
        {step === 'reading' && (
          <div className="stack" style={{ gap: 6 }}>
            <span>Reading the file…</span>
            <progress className="data-progress" value={progress} max={1} aria-label="Reading the file" />
          </div>
        )}
        {step === 'checking' && <p className="subtle">Checking every row…</p>}
        {error && (
          <div className="banner error" role="alert" data-testid="import-error">
            {error}
            {step === 'failed' && ' Nothing was imported.'}
          </div>
        )}
        {step === 'mapping' && read?.kind === 'csv' && (
          <ImportMappingStep
            csv={read}
            encoding={encoding}
            delimiter={delimiter}
            mapping={mapping}
            onMapping={changeMapping}
            onEncoding={(e) => {
              setEncoding(e);
              setError('');
              setStep('reading');
              void readFile(e, delimiter);
            }}
            onDelimiter={(d) => {
              setDelimiter(d);
              setError('');
              setStep('reading');
              void readFile(encoding, d);
            }}
          />
        )}
        {(step === 'preview' || step === 'importing') && preview && (
          <ImportPreviewStep
            preview={preview}
            choice={choice}
            onDateOrder={(o) => void toPreview(o)}
            onResolution={(row, r) => setResolutions((prev) => ({ ...prev, [row]: r }))}
            onResolveAll={(r) => {
              setFallback(r);
              setResolutions({});
            }}
          />
        )}
        {step === 'done' && outcome && <ImportSummary outcome={outcome} />}
      </div>
    </Dialog>
  );
}

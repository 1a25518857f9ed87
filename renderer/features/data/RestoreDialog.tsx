/**
 * Restore, step by step: what the file holds (made when, by which version, how many of each
 * record), then what the restore would change (plan lines), then the restore itself, with a copy
 * of the current data taken first so the toast can undo it. A bad file shows its problems and
 * nothing else happens.
 */
import { useEffect, useState } from 'react';
import {
  BACKUP_TABLES,
  RECORD_LABELS,
  type ReadBackupResult,
  type RestoreMode,
} from '../../../shared/backup';
import {
  loadBackup,
  loadStoredBackup,
  previewRestore,
  reasonLabel,
  restoreBackup,
  undoRestore,
} from '../../data/backup';
import { useToast } from '../../app/Toasts';
import { Dialog } from '../../ui/Dialog';
import { formatInstant } from '../../ui/format';
import type { BackupInfo } from '../../platform/types';

export type RestoreSource =
  { kind: 'stored'; info: BackupInfo } | { kind: 'file'; name: string; data: Uint8Array };

interface Props {
  source: RestoreSource;
  onClose: () => void;
}

const capital = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

export function RestoreDialog({ source, onClose }: Props) {
  const [read, setRead] = useState<ReadBackupResult | null>(null);
  const [loadError, setLoadError] = useState('');
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [plan, setPlan] = useState<{ lines: string[]; conflicts: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const toast = useToast();

  useEffect(() => {
    let live = true;
    (source.kind === 'stored' ? loadStoredBackup(source.info.name) : loadBackup(source.data))
      .then((r) => live && setRead(r))
      .catch((e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [source]);

  useEffect(() => {
    if (!read?.ok) return;
    let live = true;
    previewRestore(read.backup, mode)
      .then((p) => live && setPlan({ lines: p.lines, conflicts: p.plan.totals.conflicts }))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [read, mode]);

  const restore = async () => {
    if (!read?.ok) return;
    setBusy(true);
    setError('');
    try {
      const outcome = await restoreBackup(read.backup, mode);
      onClose();
      toast.show(
        `Restored the backup from ${formatInstant(read.summary.createdAt)}. Your data as it was is kept in a backup.${outcome.replanError ? ` Planning touchpoints failed (${outcome.replanError}); Touchpoint tries again later.` : ''}`,
        {
          label: 'Undo',
          run: async () => {
            try {
              await undoRestore(outcome.undo.name);
              toast.show('The restore was undone: your data is as it was before.');
            } catch (e) {
              toast.show(`Could not undo the restore: ${e instanceof Error ? e.message : String(e)}`);
            }
          },
        },
        60_000,
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  const title =
    source.kind === 'stored'
      ? `Restore the backup from ${formatInstant(source.info.createdAt)}`
      : `Restore from ${source.name}`;
  const ok = read?.ok ? read : null;
  return (
    <Dialog
      title={title}
      onClose={onClose}
      width={640}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {ok ? 'Cancel' : 'Close'}
          </button>
          {ok && (
            <button
              type="button"
              className="btn primary"
              disabled={busy || !plan}
              onClick={() => void restore()}
              data-testid="restore-confirm"
            >
              {busy
                ? 'Restoring…'
                : mode === 'replace'
                  ? 'Replace my data with this backup'
                  : 'Merge this backup'}
            </button>
          )}
        </>
      }
    >
      <div className="stack data-restore" data-testid="restore-dialog">
        {!read && !loadError && <p className="subtle">Checking the backup…</p>}
        {loadError && (
          <div className="banner error" role="alert">
            {loadError}
          </div>
        )}
        {read && !read.ok && (
          <div className="banner error" role="alert" data-testid="restore-errors">
            <strong>This backup cannot be restored. Nothing was changed.</strong>
            <ul>
              {read.errors.map((e, i) => (
                <li key={i}>{e.message}</li>
              ))}
            </ul>
          </div>
        )}
        {ok && (
          <>
            <dl className="facts" data-testid="restore-summary">
              <dt>Made</dt>
              <dd>
                {formatInstant(ok.summary.createdAt)}
                {source.kind === 'stored' && ` · ${reasonLabel(source.info.reason)}`}
              </dd>
              <dt>By</dt>
              <dd>
                Touchpoint {ok.summary.appVersion} (data version {ok.summary.schemaVersion})
              </dd>
              <dt>Holds</dt>
              <dd>
                <table className="data-counts">
                  <tbody>
                    {BACKUP_TABLES.filter((t) => t !== 'meta' && ok.summary.counts[t] > 0).map((t) => (
                      <tr key={t}>
                        <td>{capital(RECORD_LABELS[t].many)}</td>
                        <td className="num">{ok.summary.counts[t]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {ok.summary.total === 0 && 'Nothing: this backup is empty.'}
              </dd>
            </dl>
            {ok.warnings.length > 0 && (
              <div className="banner">
                <ul>
                  {ok.warnings.map((w, i) => (
                    <li key={i}>{w.message}</li>
                  ))}
                </ul>
              </div>
            )}
            <fieldset className="data-modes">
              <legend>How to restore</legend>
              <label>
                <input
                  type="radio"
                  name="restore-mode"
                  checked={mode === 'replace'}
                  onChange={() => setMode('replace')}
                />
                <span>
                  <strong>Replace</strong>: your data becomes exactly what the backup holds.
                </span>
              </label>
              <label>
                <input
                  type="radio"
                  name="restore-mode"
                  checked={mode === 'merge'}
                  onChange={() => setMode('merge')}
                />
                <span>
                  <strong>Merge</strong>: add what is missing; where both have a record, the more recent
                  change wins.
                </span>
              </label>
            </fieldset>
            <div data-testid="restore-plan">
              <h3>What will change</h3>
              {!plan ? (
                <p className="subtle">Comparing with your data…</p>
              ) : plan.lines.length === 0 ? (
                <p>Nothing: your data already matches this backup.</p>
              ) : (
                <ul className="data-plan">
                  {plan.lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              )}
              {plan && plan.conflicts > 0 && mode === 'merge' && (
                <p className="subtle">
                  {plan.conflicts} {plan.conflicts === 1 ? 'record differs' : 'records differ'} between the
                  backup and your data; for each, the more recently changed copy is kept.
                </p>
              )}
              <p className="subtle">
                Before restoring, Touchpoint keeps a backup of your data as it is now, so you can undo this.
              </p>
            </div>
          </>
        )}
        {error && (
          <div className="banner error" role="alert">
            {error}
          </div>
        )}
      </div>
    </Dialog>
  );
}

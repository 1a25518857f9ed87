/**
 * Settings → Your data → Backups: back up now, save or restore a backup file, the automatic
 * backups with a one-click restore each, and the undo for the last restore.
 */
import { useState } from 'react';
import { backupNow, reasonLabel } from '../../data/backup';
import { platform } from '../../platform';
import { useToast } from '../../app/Toasts';
import { formatInstant } from '../../ui/format';
import { useToday } from '../../ui/useToday';
import { daysBetween, toIsoDate } from '../../../shared/domain/dates';
import { saveBackupFile, saveStoredBackup } from './exportData';
import { RestoreDialog, type RestoreSource } from './RestoreDialog';
import { useBackups, useLastRestore } from './useDataSafety';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const UNDO_OFFER_DAYS = 7;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function BackupsPanel() {
  const backups = useBackups();
  const last = useLastRestore();
  const [restoring, setRestoring] = useState<RestoreSource | null>(null);
  const [busy, setBusy] = useState('');
  const toast = useToast();
  const desktop = platform().kind === 'electron';
  const today = useToday();
  // The copy taken before the last restore, offered for a week (while it is still in the rolling set).
  const undoCopy =
    last.data && daysBetween(toIsoDate(new Date(last.data.restoredAt)), today) <= UNDO_OFFER_DAYS
      ? backups.data.find((b) => b.name === last.data?.undoBackup)
      : undefined;

  const run = async (what: string, job: () => Promise<void>) => {
    setBusy(what);
    try {
      await job();
    } catch (e) {
      toast.show(message(e));
    } finally {
      setBusy('');
    }
  };

  const openFile = () =>
    run('open', async () => {
      const file = await platform().openFile([{ name: 'Touchpoint backup', extensions: ['json'] }]);
      if (file) setRestoring({ kind: 'file', name: file.name, data: file.data });
    });

  return (
    <div className="stack data-part" data-testid="data-backups">
      <h3 id="data-backups-h">Backups</h3>
      <p className="subtle">
        {desktop
          ? 'Touchpoint saves a backup in its data folder every day, when you quit, and before every restore, import or update. It keeps the last 30 daily backups and the last 10 of each other kind.'
          : 'This browser keeps a backup every day you use Touchpoint, and before every restore, import or update, in storage separate from your data (the last 30 daily ones and the last 10 others). Browsers can clear their storage: save a backup file now and then to keep a copy of your own.'}
      </p>
      <div className="row">
        <button
          type="button"
          className="btn primary"
          disabled={!!busy}
          onClick={() =>
            void run('now', async () => {
              const info = await backupNow('manual');
              toast.show(`Backed up at ${formatInstant(info.createdAt)}.`);
            })
          }
        >
          {busy === 'now' ? 'Backing up…' : 'Back up now'}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!!busy}
          onClick={() =>
            void run('save', async () => {
              if (await saveBackupFile()) toast.show('Backup file saved.');
            })
          }
        >
          {desktop ? 'Save a backup file…' : 'Download a backup file'}
        </button>
        <button type="button" className="btn" disabled={!!busy} onClick={() => void openFile()}>
          Restore from a file…
        </button>
      </div>

      {undoCopy && last.data && (
        <div className="banner row" data-testid="undo-last-restore">
          <span>
            You restored the backup from {formatInstant(last.data.backupCreatedAt)} on{' '}
            {formatInstant(last.data.restoredAt)}. Your data from just before is kept.
          </span>
          <button
            type="button"
            className="btn small"
            disabled={!!busy}
            // Not at once: changes made since the restore would go too, so the dialog shows what changes.
            onClick={() => setRestoring({ kind: 'stored', info: undoCopy })}
          >
            Undo that restore…
          </button>
        </div>
      )}

      {backups.error && <div className="banner error">Could not list the backups: {backups.error}</div>}
      {!backups.isLoading && !backups.data.length && !backups.error && (
        <p className="subtle" data-testid="no-backups">
          No backups yet. Touchpoint makes one every day once you have clients; “Back up now” makes one at
          once.
        </p>
      )}
      {backups.data.length > 0 && (
        <div className="data-backup-list" role="list" aria-label="Backups" data-testid="backup-list">
          {backups.data.map((b) => (
            <div
              className="data-backup"
              role="listitem"
              key={b.name}
              data-testid="backup-row"
              data-reason={b.reason}
            >
              <span className="when">{formatInstant(b.createdAt)}</span>
              <span className="chip muted">{reasonLabel(b.reason)}</span>
              <span className="subtle">{size(b.sizeBytes)}</span>
              <span className="actions">
                <button
                  type="button"
                  className="btn small"
                  onClick={() => setRestoring({ kind: 'stored', info: b })}
                  aria-label={`Restore the backup from ${formatInstant(b.createdAt)}`}
                >
                  Restore…
                </button>
                <button
                  type="button"
                  className="btn small"
                  onClick={() => void run('copy', async () => void (await saveStoredBackup(b.name)))}
                  aria-label={`Save a copy of the backup from ${formatInstant(b.createdAt)}`}
                >
                  {desktop ? 'Save a copy…' : 'Download'}
                </button>
              </span>
            </div>
          ))}
        </div>
      )}
      {restoring && <RestoreDialog source={restoring} onClose={() => setRestoring(null)} />}
    </div>
  );
}

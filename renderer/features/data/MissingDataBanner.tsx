/**
 * On every screen, when the start-up check found records missing: what is missing, and the
 * newest backup to restore (through the same restore dialog, so the user sees what it holds).
 */
import { useState } from 'react';
import { acceptCurrentCounts } from '../../data/backup';
import { formatInstant } from '../../ui/format';
import { navigate } from '../../app/router';
import { RestoreDialog } from './RestoreDialog';
import { useMissingReport } from './useDataSafety';
import './data.css';

export function MissingDataBanner() {
  const report = useMissingReport();
  const [restoring, setRestoring] = useState(false);
  if (!report) return null;
  const latest = report.latestBackup;
  return (
    <div className="banner error data-missing" role="alert" data-testid="missing-data-banner">
      <strong>Some of your data is missing.</strong>
      <ul>
        {report.missing.map((m) => (
          <li key={m.table}>{m.message}</li>
        ))}
      </ul>
      <p>
        They were not removed in Touchpoint: the browser or the system may have cleared its storage, or the
        disk has a problem.{' '}
        {latest
          ? `The newest backup is from ${formatInstant(latest.createdAt)}.`
          : 'There is no backup in this app to restore; if you saved a backup file, restore it in Settings → Your data.'}
      </p>
      <div className="row">
        {latest && (
          <button type="button" className="btn primary" onClick={() => setRestoring(true)}>
            Restore the newest backup…
          </button>
        )}
        <button type="button" className="btn" onClick={() => navigate('settings?section=data')}>
          See all backups
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void acceptCurrentCounts()}
          title="Use this when you removed these records yourself, e.g. in another copy of the app"
        >
          I removed them myself
        </button>
      </div>
      {restoring && latest && (
        <RestoreDialog source={{ kind: 'stored', info: latest }} onClose={() => setRestoring(false)} />
      )}
    </div>
  );
}

/**
 * Start-up wiring for data safety: the missing-data check before the first screen, the daily
 * backup soon after (and again if the app stays open past midnight), and the desktop quit backup.
 * Called once from main.tsx, after the platform is known.
 */
import { onStartup } from '../../app/startup';
import { backupForQuit, checkMissingData, ensureDailyBackup, recordCounts } from '../../data/backup';
import { platform } from '../../platform';

/** How often an open app checks whether today's backup is still to be made (cheap: it lists backups). */
const DAILY_CHECK_MS = 10 * 60_000;

function daily(): void {
  ensureDailyBackup().catch((e) => console.error('The daily backup failed', e));
}

export function registerDataSafety(): void {
  onStartup(async () => {
    const report = await checkMissingData();
    if (report) return;
    await recordCounts();
    // In the background: the first screen does not wait for a backup of a big database.
    setTimeout(daily, 0);
  });
  setInterval(daily, DAILY_CHECK_MS);
  platform().onBackupRequest(() => backupForQuit());
}

/**
 * The exports in one place: clients and touchpoints as CSV here; referrals and calls come from
 * the referrals feature, the calendar file from the calendar feature, the full backup from data.
 */
import {
  CLIENT_COLUMNS,
  TOUCHPOINT_COLUMNS,
  clientsToRows,
  toCsv,
  touchpointsToRows,
} from '../../../shared/csv';
import { toIsoDate, type IsoDate } from '../../../shared/domain/dates';
import { makeBackupText } from '../../data/backup';
import { listClients } from '../../data/clients';
import { touchpointsBetween } from '../../data/touchpoints';
import { platform } from '../../platform';

function today(): string {
  return toIsoDate(new Date());
}

async function saveCsv(name: string, csv: string) {
  return platform().saveFile({
    suggestedName: `${name}-${today()}.csv`,
    data: csv,
    mimeType: 'text/csv;charset=utf-8',
    filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }],
  });
}

/** Every client (not deleted), with columns the import reads back. Rows written, or null if cancelled. */
export async function exportClientsCsv(): Promise<number | null> {
  const clients = await listClients();
  const byId = new Map(clients.map((c) => [c.id, c]));
  const rows = clientsToRows(clients, (id) => byId.get(id));
  // A BOM so Excel on Windows reads "Zoë" and "王小明" correctly.
  const r = await saveCsv('touchpoint-clients', toCsv(rows, CLIENT_COLUMNS, { bom: true }));
  return r.saved ? rows.length : null;
}

/** Every touchpoint, past and planned, by due date. */
export async function exportTouchpointsCsv(): Promise<number | null> {
  const [touchpoints, clients] = await Promise.all([
    touchpointsBetween('0001-01-01' as IsoDate, '9999-12-31' as IsoDate),
    listClients(),
  ]);
  const byId = new Map(clients.map((c) => [c.id, c]));
  const rows = touchpointsToRows(
    [...touchpoints].sort((a, b) => a.due.localeCompare(b.due)),
    (id) => byId.get(id),
  );
  const r = await saveCsv('touchpoint-touchpoints', toCsv(rows, TOUCHPOINT_COLUMNS, { bom: true }));
  return r.saved ? rows.length : null;
}

/** Everything in one backup file, saved where the user chooses (a download in the browser). */
export async function saveBackupFile(): Promise<boolean> {
  const json = await makeBackupText();
  const r = await platform().saveFile({
    suggestedName: `touchpoint-backup-${today()}.json`,
    data: json,
    mimeType: 'application/json',
    filters: [{ name: 'Touchpoint backup', extensions: ['json'] }],
  });
  return r.saved;
}

/** A copy of one backup from the rolling set, saved as a file. */
export async function saveStoredBackup(name: string): Promise<boolean> {
  const json = await platform().readBackup(name);
  const r = await platform().saveFile({
    suggestedName: name,
    data: json,
    mimeType: 'application/json',
    filters: [{ name: 'Touchpoint backup', extensions: ['json'] }],
  });
  return r.saved;
}

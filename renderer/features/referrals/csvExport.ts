/** CSV export of referrals and calls, through the platform's save dialog (or a download). */
import { toIsoDate } from '../../../shared/domain/dates';
import { toCsv } from '../../../shared/csv';
import { CALL_COLUMNS, REFERRAL_COLUMNS, callsToRows, referralsToRows } from '../../../shared/referrals';
import { listCalls } from '../../data/calls';
import { listClients } from '../../data/clients';
import { listReferrals } from '../../data/referrals';
import { platform } from '../../platform';

async function save(name: string, csv: string) {
  return platform().saveFile({
    suggestedName: `${name}-${toIsoDate(new Date())}.csv`,
    data: csv,
    mimeType: 'text/csv;charset=utf-8',
    filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }],
  });
}

/** Oldest first, so a spreadsheet reads as a history. Returns how many rows went out, or null if cancelled. */
export async function exportReferralsCsv(): Promise<number | null> {
  const [referrals, clients] = await Promise.all([listReferrals(), listClients()]);
  const byId = new Map(clients.map((c) => [c.id, c]));
  const rows = referralsToRows([...referrals].reverse(), byId);
  // A BOM so Excel on Windows reads "Zoë" and "王小明" correctly.
  const r = await save('touchpoint-referrals', toCsv(rows, REFERRAL_COLUMNS, { bom: true }));
  return r.saved ? rows.length : null;
}

export async function exportCallsCsv(): Promise<number | null> {
  const [calls, clients, referrals] = await Promise.all([listCalls(), listClients(), listReferrals()]);
  const rows = callsToRows(
    calls,
    new Map(clients.map((c) => [c.id, c])),
    new Map(referrals.map((r) => [r.id, r])),
  );
  const r = await save('touchpoint-calls', toCsv(rows, CALL_COLUMNS, { bom: true }));
  return r.saved ? rows.length : null;
}

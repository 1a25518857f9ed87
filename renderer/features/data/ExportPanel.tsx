/**
 * Settings → Your data → Export: spreadsheets of clients, touchpoints, referrals and calls, the
 * calendar file, and everything as one backup file. Each export lives in its own feature; this is
 * the one place that offers them all.
 */
import { useToast } from '../../app/Toasts';
import { IcsExportButton } from '../calendar/IcsExportButton';
import { exportCallsCsv, exportReferralsCsv } from '../referrals/csvExport';
import { exportClientsCsv, exportTouchpointsCsv } from './exportData';

const EXPORTS: { label: string; what: string; run: () => Promise<number | null> }[] = [
  { label: 'Clients (CSV)', what: 'clients', run: exportClientsCsv },
  { label: 'Touchpoints (CSV)', what: 'touchpoints', run: exportTouchpointsCsv },
  { label: 'Referrals (CSV)', what: 'referrals', run: exportReferralsCsv },
  { label: 'Calls (CSV)', what: 'calls', run: exportCallsCsv },
];

export function ExportPanel() {
  const toast = useToast();
  return (
    <div className="stack data-part" data-testid="data-export">
      <h3>Export</h3>
      <p className="subtle">
        Spreadsheet files open in Excel, Numbers and Google Sheets; cells that a spreadsheet would run as a
        formula are made harmless. To move everything to another computer, use a backup file instead.
      </p>
      <div className="row">
        {EXPORTS.map((x) => (
          <button
            key={x.what}
            type="button"
            className="btn"
            onClick={async () => {
              try {
                const n = await x.run();
                if (n !== null) toast.show(`Exported ${n} ${x.what}.`);
              } catch (e) {
                toast.show(`Could not export the ${x.what}: ${e instanceof Error ? e.message : String(e)}`);
              }
            }}
          >
            {x.label}
          </button>
        ))}
        <IcsExportButton />
      </div>
    </div>
  );
}

/** Settings → Your data → Import: choose a CSV or vCard file and go through the import dialog. */
import { useState } from 'react';
import { platform } from '../../platform';
import type { OpenedFile } from '../../platform/types';
import { useToast } from '../../app/Toasts';
import { ImportDialog } from './ImportDialog';

export const IMPORT_FILTERS = [
  { name: 'Spreadsheet or contacts (CSV, vCard)', extensions: ['csv', 'tsv', 'txt', 'vcf'] },
];

export function ImportPanel() {
  const [file, setFile] = useState<OpenedFile | null>(null);
  const toast = useToast();
  const choose = async () => {
    try {
      const f = await platform().openFile(IMPORT_FILTERS);
      if (f) setFile(f);
    } catch (e) {
      toast.show(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="stack data-part" data-testid="data-import">
      <h3>Import clients</h3>
      <p className="subtle">
        From a spreadsheet or another CRM (CSV: saved from Excel, Numbers, LibreOffice or Google Sheets) or
        from your phone’s or email program’s contacts (vCard, .vcf). You see every row before anything is
        added.
      </p>
      <div>
        <button type="button" className="btn" onClick={() => void choose()}>
          Import from a file…
        </button>
      </div>
      {file && <ImportDialog file={file} onClose={() => setFile(null)} />}
    </div>
  );
}

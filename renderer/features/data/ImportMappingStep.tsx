/**
 * Import step 1 (CSV): how the file was read (encoding, separator; both can be changed) and what
 * each column becomes. Guesses come from the header names, or from the last import of a file
 * with the same headers.
 */
import {
  CSV_DELIMITERS,
  ENCODING_LABELS,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  TEXT_ENCODINGS,
  type ColumnMapping,
  type CsvDelimiter,
  type ImportField,
  type TextEncodingName,
} from '../../../shared/import';
import type { ReadSummary } from './importSteps';
import { formatCount } from './formatCount';

const DELIMITER_LABELS: Record<CsvDelimiter, string> = {
  ',': 'Comma ( , )',
  ';': 'Semicolon ( ; )',
  '\t': 'Tab',
};

interface Props {
  csv: Extract<ReadSummary, { kind: 'csv' }>;
  encoding: TextEncodingName | 'auto';
  delimiter: CsvDelimiter | 'auto';
  mapping: ColumnMapping;
  onEncoding: (e: TextEncodingName | 'auto') => void;
  onDelimiter: (d: CsvDelimiter | 'auto') => void;
  onMapping: (m: ColumnMapping) => void;
}

export function ImportMappingStep({
  csv,
  encoding,
  delimiter,
  mapping,
  onEncoding,
  onDelimiter,
  onMapping,
}: Props) {
  const rows = csv.rows;
  const named = Object.values(mapping).some((f) => f === 'firstName' || f === 'fullName');
  return (
    <div className="stack" data-testid="import-mapping">
      <p style={{ margin: 0 }} data-testid="import-file-facts">
        {formatCount(rows)} {rows === 1 ? 'row' : 'rows'} · read as {csv.decoded.encoding.toUpperCase()}
        {csv.decoded.bom ? ' (with BOM)' : ''} · separated by{' '}
        {DELIMITER_LABELS[csv.delimiter].replace(/ \(.*\)/, '').toLowerCase()}
      </p>
      {csv.decoded.note && <div className="banner">{csv.decoded.note}</div>}
      <div className="grid-2">
        <div className="field">
          <label htmlFor="import-encoding">Text encoding</label>
          <select
            id="import-encoding"
            className="input"
            value={encoding}
            onChange={(e) => onEncoding(e.target.value as TextEncodingName | 'auto')}
          >
            <option value="auto">Detect automatically</option>
            {TEXT_ENCODINGS.map((t) => (
              <option key={t} value={t}>
                {ENCODING_LABELS[t]}
              </option>
            ))}
          </select>
          <span className="field-hint">If letters like ä, é or ñ look wrong, choose another one.</span>
        </div>
        <div className="field">
          <label htmlFor="import-delimiter">Columns separated by</label>
          <select
            id="import-delimiter"
            className="input"
            value={delimiter}
            onChange={(e) => onDelimiter(e.target.value as CsvDelimiter | 'auto')}
          >
            <option value="auto">Detect automatically</option>
            {CSV_DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {DELIMITER_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <h3 style={{ margin: 0 }}>What each column holds</h3>
      {!named && (
        <div className="banner error" role="alert">
          Choose the column that holds the first name (or the full name): every client needs one.
        </div>
      )}
      <table className="data-mapping">
        <thead>
          <tr>
            <th>Column in your file</th>
            <th>Examples</th>
            <th>Import as</th>
          </tr>
        </thead>
        <tbody>
          {csv.headers.map((h, i) => (
            <tr key={h} data-testid="mapping-row">
              <td className="head">{h}</td>
              <td className="samples">
                {csv.samples[i]?.join(' · ') || <span className="subtle">(empty)</span>}
              </td>
              <td>
                <select
                  className="input"
                  aria-label={`Column “${h}” imports as`}
                  value={mapping[h] ?? ''}
                  onChange={(e) =>
                    onMapping({ ...mapping, [h]: (e.target.value || null) as ImportField | null })
                  }
                >
                  <option value="">Don’t import</option>
                  {IMPORT_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {IMPORT_FIELD_LABELS[f]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

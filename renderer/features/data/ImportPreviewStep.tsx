/**
 * Import step 2: every row's fate before anything is written. The date order when the file's
 * dates read both ways, each duplicate with skip / merge / keep both, the rows that cannot be
 * imported and why, and notes on rows that import with a change.
 */
import type { DateOrder, PreviewRow, Resolution } from '../../../shared/import';
import { readDate } from '../../../shared/import';
import type { YearlyDate } from '../../../shared/domain/schemas';
import { formatYearly } from '../../ui/format';
import { SHOWN_ROWS, type PreviewView } from './importSteps';
import { formatCount } from './formatCount';

interface Props {
  preview: PreviewView;
  /** The choice for a duplicate row. */
  choice: (row: number) => Resolution;
  onDateOrder: (o: DateOrder) => void;
  onResolution: (row: number, r: Resolution) => void;
  onResolveAll: (r: Resolution) => void;
}

function who(r: PreviewRow): string {
  const c = r.client;
  if (!c) return '';
  return [[c.firstName, c.lastName].filter(Boolean).join(' '), c.email].filter(Boolean).join(' · ');
}

/** Long lists stop at SHOWN_ROWS; the counts above them are always complete. */
function More({ total }: { total: number }) {
  return total > SHOWN_ROWS ? <li className="subtle">…and {formatCount(total - SHOWN_ROWS)} more</li> : null;
}

function exampleReadings(example: string | undefined): { dmy: string; mdy: string } | null {
  const r = readDate(example);
  if (r.kind !== 'numeric') return null;
  const show = (d: YearlyDate | { invalid: string }) => ('invalid' in d ? 'not a date' : formatYearly(d));
  return { dmy: show(r.dmy), mdy: show(r.mdy) };
}

export function ImportPreviewStep({ preview, choice, onDateOrder, onResolution, onResolveAll }: Props) {
  const { counts, dateOrder, duplicates, rejected, warned, ready } = preview;
  const askOrder = dateOrder.ambiguous || dateOrder.chosenBy === 'user';
  const example = dateOrder.examples[0];
  const readings = exampleReadings(example);

  return (
    <div className="stack" data-testid="import-preview">
      <div className="row" data-testid="import-counts">
        <span className="chip">{formatCount(counts.ready)} ready</span>
        {counts.duplicates > 0 && (
          <span className="chip warn">{formatCount(counts.duplicates)} possible duplicates</span>
        )}
        {counts.rejected > 0 && (
          <span className="chip danger">{formatCount(counts.rejected)} cannot be imported</span>
        )}
        {counts.empty > 0 && <span className="chip muted">{formatCount(counts.empty)} empty</span>}
        {counts.withWarnings > 0 && (
          <span className="chip muted">{formatCount(counts.withWarnings)} with notes</span>
        )}
        <span className="subtle">of {formatCount(counts.rows)} rows in the file</span>
      </div>

      {askOrder && (
        <fieldset className="data-modes" data-testid="date-order">
          <legend>
            {dateOrder.ambiguous
              ? `Dates like ${example ?? '03/04/1985'} can be read two ways. Which is it?`
              : 'Order of day and month in dates'}
          </legend>
          <label>
            <input
              type="radio"
              name="date-order"
              checked={dateOrder.used === 'DMY'}
              onChange={() => onDateOrder('DMY')}
            />
            <span>Day first{readings && example ? `: ${example} is ${readings.dmy}` : ' (14/03/1985)'}</span>
          </label>
          <label>
            <input
              type="radio"
              name="date-order"
              checked={dateOrder.used === 'MDY'}
              onChange={() => onDateOrder('MDY')}
            />
            <span>
              Month first{readings && example ? `: ${example} is ${readings.mdy}` : ' (03/14/1985)'}
            </span>
          </label>
        </fieldset>
      )}

      {counts.duplicates > 0 && (
        <section className="stack data-part" data-testid="import-duplicates">
          <div className="row">
            <h3 style={{ margin: 0, flex: 1 }}>Possible duplicates</h3>
            <span className="subtle">For all:</span>
            <button type="button" className="btn small" onClick={() => onResolveAll('skip')}>
              Skip
            </button>
            <button type="button" className="btn small" onClick={() => onResolveAll('merge')}>
              Merge
            </button>
            <button type="button" className="btn small" onClick={() => onResolveAll('keep-both')}>
              Keep both
            </button>
          </div>
          <ul className="data-rows">
            {duplicates.map((r) => (
              <li key={r.row} data-testid="duplicate-row" className="data-dup">
                <div>
                  <strong>{r.label}</strong> {who(r)}
                  <div className="subtle">{r.duplicates.map((d) => d.description).join('; ')}</div>
                </div>
                <select
                  className="input"
                  aria-label={`${r.label}: what to do`}
                  value={choice(r.row)}
                  onChange={(e) => onResolution(r.row, e.target.value as Resolution)}
                >
                  <option value="skip">Skip this row</option>
                  <option value="merge">Merge: fill in what is missing</option>
                  <option value="keep-both">Keep both</option>
                </select>
              </li>
            ))}
            <More total={counts.duplicates} />
          </ul>
        </section>
      )}

      {counts.rejected > 0 && (
        <section className="stack data-part" data-testid="import-rejected">
          <h3 style={{ margin: 0 }}>Cannot be imported</h3>
          <ul className="data-rows">
            {rejected.map((r) => (
              <li key={r.row}>
                <strong>{r.label}</strong>:{' '}
                {r.problems
                  .filter((p) => p.severity === 'error')
                  .map((p) => p.message)
                  .join(' ')}
              </li>
            ))}
            <More total={counts.rejected} />
          </ul>
        </section>
      )}

      {preview.warnedTotal > 0 && (
        <details className="data-part" data-testid="import-warnings">
          <summary>
            {formatCount(preview.warnedTotal)} {preview.warnedTotal === 1 ? 'row imports' : 'rows import'}{' '}
            with a note
          </summary>
          <ul className="data-rows">
            {warned.map((r) => (
              <li key={r.row}>
                <strong>{r.label}</strong> {who(r)}:{' '}
                {r.problems
                  .filter((p) => p.severity === 'warning')
                  .map((p) => p.message)
                  .join(' ')}
              </li>
            ))}
            <More total={preview.warnedTotal} />
          </ul>
        </details>
      )}

      {counts.ready > 0 && (
        <details className="data-part" data-testid="import-ready">
          <summary>
            {formatCount(counts.ready)} new {counts.ready === 1 ? 'client' : 'clients'} ready
          </summary>
          <ul className="data-rows">
            {ready.map((r) => (
              <li key={r.row}>
                <strong>{r.label}</strong> {who(r)}
                {r.client?.birthday && (
                  <span className="subtle"> · born {formatYearly(r.client.birthday)}</span>
                )}
              </li>
            ))}
            <More total={counts.ready} />
          </ul>
        </details>
      )}
    </div>
  );
}

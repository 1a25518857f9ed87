/**
 * Import step 3: what happened to every row. The four numbers add up to the rows in the file,
 * and every row that was not imported is listed with its reason.
 */
import type { ImportOutcome } from '../../data/importer';
import { formatCount } from './formatCount';

const SHOWN = 200;

export function ImportSummary({ outcome }: { outcome: ImportOutcome }) {
  const { counts, rejected, skipped, toCreate, toMerge } = outcome.result;
  const conflicts = [...toCreate.flatMap((c) => c.conflicts), ...toMerge.flatMap((m) => m.conflicts)];
  return (
    <div className="stack" data-testid="import-summary">
      <p style={{ margin: 0, fontSize: 15 }} data-testid="import-summary-line">
        {formatCount(counts.rows)} {counts.rows === 1 ? 'row' : 'rows'} in the file:{' '}
        <strong>{formatCount(counts.created)} imported</strong>, {formatCount(counts.merged)} merged into
        existing clients, {formatCount(counts.skipped)} skipped, {formatCount(counts.rejected)} not imported.
      </p>
      {rejected.length > 0 && (
        <section className="data-part" data-testid="summary-rejected">
          <h3>Not imported</h3>
          <ul className="data-rows">
            {rejected.slice(0, SHOWN).map((r) => (
              <li key={r.row}>
                <strong>Row {r.row}</strong>: {r.reason}
              </li>
            ))}
            {rejected.length > SHOWN && <li className="subtle">…and {rejected.length - SHOWN} more</li>}
          </ul>
        </section>
      )}
      {skipped.length > 0 && (
        <section className="data-part" data-testid="summary-skipped">
          <h3>Skipped</h3>
          <ul className="data-rows">
            {skipped.slice(0, SHOWN).map((r) => (
              <li key={r.row}>
                <strong>Row {r.row}</strong>: {r.reason}
              </li>
            ))}
            {skipped.length > SHOWN && <li className="subtle">…and {skipped.length - SHOWN} more</li>}
          </ul>
        </section>
      )}
      {conflicts.length > 0 && (
        <details className="data-part">
          <summary>
            {conflicts.length} {conflicts.length === 1 ? 'value was' : 'values were'} not taken when merging
          </summary>
          <ul className="data-rows">
            {conflicts.slice(0, SHOWN).map((c, i) => (
              <li key={i}>
                <strong>Row {c.row}</strong>, {c.field}: kept “{c.kept}”, the file said “{c.incoming}”
              </li>
            ))}
          </ul>
        </details>
      )}
      {outcome.replanError ? (
        <div className="banner" role="status">
          The clients are imported, but planning their touchpoints failed ({outcome.replanError}). Touchpoint
          tries again the next time it plans everyone.
        </div>
      ) : (
        <p className="subtle" style={{ margin: 0 }}>
          Imported clients are planned like every other: their touchpoints are on Today and in the calendar.
        </p>
      )}
    </div>
  );
}

/** Buttons that insert a merge field such as {firstName} where the cursor is. */
import { MERGE_FIELDS, type MergeField } from '../../../shared/cards/merge';

export function MergeFieldChips({ onInsert }: { onInsert: (field: MergeField) => void }) {
  return (
    <div className="merge-chips" role="group" aria-label="Insert a merge field">
      {(Object.keys(MERGE_FIELDS) as MergeField[]).map((f) => (
        <button
          key={f}
          type="button"
          className="merge-chip"
          title={MERGE_FIELDS[f]}
          // Keep the focus (and the cursor) in the text being edited.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onInsert(f)}
        >
          {`{${f}}`}
        </button>
      ))}
    </div>
  );
}

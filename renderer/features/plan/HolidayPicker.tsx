/** Checkboxes for the holidays to greet, the place's own first, then world holidays. */
import type { HolidayChoice } from '../../../shared/planning';

export function HolidayPicker({
  choices,
  selected,
  onChange,
  label,
}: {
  choices: HolidayChoice[] | undefined;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  label: string;
}) {
  if (!choices) return <p className="subtle">Loading holidays…</p>;
  const local = choices.filter((c) => c.local);
  const world = choices.filter((c) => !c.local);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected.filter((s) => s !== id), id] : selected.filter((s) => s !== id));
  const box = (c: HolidayChoice) => (
    <label key={c.id} className="holiday-choice" title={c.fallbackNote ?? c.localName}>
      <input type="checkbox" checked={selected.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
      <span>{c.name}</span>
    </label>
  );
  return (
    <div className="stack" style={{ gap: 8 }} role="group" aria-label={label}>
      {local.length > 0 && (
        <div>
          <div className="field-hint">Observed here</div>
          <div className="holiday-grid">{local.map(box)}</div>
        </div>
      )}
      {world.length > 0 && (
        <div>
          <div className="field-hint">Other holidays (religious and cultural)</div>
          <div className="holiday-grid">{world.map(box)}</div>
        </div>
      )}
    </div>
  );
}

/** One card in the print list: who, which occasion and template, and what still needs the user. */
import { displayName } from '../../../shared/clients/search';
import { fieldInWords, isKnownField } from '../../../shared/cards/merge';
import type { CardHistoryEntry, CardTemplate } from '../../../shared/domain/schemas';
import { KIND_INFO } from '../../../shared/touchpoints/kinds';
import { href } from '../../app/router';
import { formatDay, formatShortDay } from '../../ui/format';
import type { PreparedCard } from './printJobs';

interface Props {
  card: PreparedCard;
  /** Absent for a single card: it is always printed. */
  selected?: boolean;
  onToggle?: (on: boolean) => void;
  templates: readonly CardTemplate[];
  onTemplate: (id: string) => void;
  onValue: (field: string, value: string) => void;
  values: Record<string, string>;
  onEdit: () => void;
  edited: boolean;
  /** Earlier cards to this client with the same text. */
  repeats: readonly CardHistoryEntry[];
  /** Why this card is not in the PDF (from the builder), already in words. */
  blocked: readonly string[];
  overdue: boolean;
}

export function QueueRow(p: Props) {
  const { card } = p;
  const name = displayName(card.client);
  const t = card.touchpoint;
  const same = p.templates.filter((x) => x.kind === t.kind);
  const other = p.templates.filter((x) => x.kind !== t.kind);
  // Fields the user filled in stay as inputs, so a typo can be corrected.
  const fields = [...new Set([...card.missing, ...Object.keys(p.values)])];
  return (
    <li
      className={`queue-row${p.selected === false ? ' off' : ''}`}
      data-testid="queue-item"
      data-touchpoint-id={t.id}
      data-client={name}
    >
      {p.onToggle && (
        <input
          type="checkbox"
          className="queue-check"
          checked={p.selected}
          aria-label={`Print the card for ${name}`}
          onChange={(e) => p.onToggle?.(e.target.checked)}
        />
      )}
      <div className="queue-main">
        <div className="queue-title">
          <span style={{ color: KIND_INFO[t.kind].color }} aria-hidden>
            {KIND_INFO[t.kind].icon}
          </span>{' '}
          <a href={href(`clients/${card.client.id}`)}>{name}</a>
          <span className="subtle"> · {t.title}</span>
        </div>
        <div className="queue-meta subtle">
          <span className={p.overdue ? 'overdue-text' : undefined}>due {formatDay(t.due)}</span>
          {t.status === 'done' && <span className="chip muted">already done</span>}
          {p.edited && <span className="chip">text edited</span>}
        </div>
        <div className="row nowrap queue-controls">
          <select
            className="input"
            aria-label={`Template for ${name}`}
            value={card.template.id}
            disabled={p.edited}
            title={
              p.edited
                ? 'The text was edited for this card: go back to the template in Edit text.'
                : undefined
            }
            onChange={(e) => p.onTemplate(e.target.value)}
          >
            <optgroup label={KIND_INFO[t.kind].label}>
              {same.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Other occasions">
              {other.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </optgroup>
          </select>
          <button type="button" className="btn small" onClick={p.onEdit}>
            Edit text
          </button>
        </div>
        {fields.length > 0 && !p.edited && (
          <div className="queue-fields" data-testid="missing-fields">
            {fields.map((f) => (
              <label key={f} className="queue-field">
                <span className={card.missing.includes(f) ? 'flag' : 'subtle'}>
                  {card.missing.includes(f) ? 'Needs ' : ''}
                  {fieldInWords(f)}
                  {!isKnownField(f) && ' · not a field Touchpoint knows'}
                </span>
                <input
                  className="input"
                  aria-label={`${fieldInWords(f)} for ${name}`}
                  value={p.values[f] ?? ''}
                  onChange={(e) => p.onValue(f, e.target.value)}
                />
                {(f === 'senderName' || f === 'signature') && (
                  <span className="field-hint">
                    Or set your name once in <a href={href('settings')}>Settings</a>.
                  </span>
                )}
              </label>
            ))}
          </div>
        )}
        {p.repeats.length > 0 && (
          <div className="flag-line warn" data-testid="repeat-warning">
            ⚠ {name} already got this exact message on{' '}
            {p.repeats.map((r) => formatShortDay(r.date)).join(', ')}.
          </div>
        )}
        {p.blocked.map((b) => (
          <div key={b} className="flag-line error" data-testid="card-blocked">
            {b}
          </div>
        ))}
      </div>
    </li>
  );
}

/**
 * Choose a client by typing any part of the name, email, company or a tag (accents ignored):
 * a combobox, so it works from the keyboard (↑ ↓ Enter) and with a screen reader.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { compareClients, displayName, filterClients } from '../../../shared/clients/search';
import type { Client } from '../../../shared/domain/schemas';
import { useClients } from '../clients/useClients';

interface Props {
  label: string;
  value: string;
  onChange: (clientId: string) => void;
  error?: string;
  hint?: string;
  /** Left out of the choices (e.g. the lead's own client record). */
  exclude?: string;
  autoFocus?: boolean;
}

const MAX_SHOWN = 8;

export function ClientPicker({ label, value, onChange, error, hint, exclude, autoFocus }: Props) {
  const { data: clients, index } = useClients();
  const uid = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const selected = clients.find((c) => c.id === value);
  const open = query !== null;

  const matches = useMemo(() => {
    if (query === null) return [];
    const found = query.trim()
      ? filterClients(index, { query })
      : clients.filter((c) => c.journey.status !== 'archived').sort(compareClients);
    return found.filter((c) => c.id !== exclude).slice(0, MAX_SHOWN);
  }, [query, index, clients, exclude]);

  const choose = (c: Client) => {
    onChange(c.id);
    setQuery(null);
  };

  return (
    <div className="field picker">
      <label htmlFor={`${uid}-input`}>{label}</label>
      <input
        id={`${uid}-input`}
        ref={input}
        className="input"
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls={`${uid}-list`}
        aria-autocomplete="list"
        aria-invalid={error ? true : undefined}
        aria-activedescendant={open && matches[active] ? `${uid}-opt-${active}` : undefined}
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder="Type a name, email or company…"
        value={query ?? (selected ? displayName(selected) : '')}
        onFocus={(e) => e.target.select()}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          if (value) onChange('');
        }}
        onBlur={() => setQuery(null)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (!open) setQuery('');
            else setActive((a) => Math.min(a + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && open) {
            const c = matches[active];
            if (c) {
              e.preventDefault();
              choose(c);
            }
          } else if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setQuery(null);
          }
        }}
      />
      {open && (
        <ul className="picker-list" id={`${uid}-list`} role="listbox" aria-label={label}>
          {matches.length === 0 ? (
            <li className="picker-empty">No client matches “{query}”.</li>
          ) : (
            matches.map((c, i) => (
              <li
                key={c.id}
                id={`${uid}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className="picker-option"
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(c);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span>{displayName(c)}</span>
                <span className="subtle">{c.company ?? c.email ?? ''}</span>
              </li>
            ))
          )}
        </ul>
      )}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : hint ? (
        <span className="field-hint">{hint}</span>
      ) : null}
    </div>
  );
}

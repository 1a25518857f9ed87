/**
 * The command palette: type to filter, ↑/↓ to move, Enter to run, Esc to close. Lists the
 * application menu's actions, every screen, and clients by name ("Open client…" narrows the list
 * to clients only).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { displayName, filterClients } from '../../shared/clients/search';
import type { Client } from '../../shared/domain/schemas';
import { useClients } from '../features/clients/useClients';
import { platform } from '../platform';
import { acceleratorLabel, allCommands, fuzzyScore, rankCommands, type CommandContext } from './commands';
import { SCREENS } from './screens';

interface Item {
  key: string;
  label: string;
  group: string;
  hint?: string;
  run: () => void;
}

const MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
const MAX_CLIENTS = 8;

function matchClients(index: ReturnType<typeof useClients>['index'], query: string, limit: number): Client[] {
  const found = filterClients(index, { query, status: 'all' });
  if (!query.trim()) return found.slice(0, limit);
  return found
    .map((c, i) => ({ c, i, s: fuzzyScore(query, displayName(c)) ?? -1 }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.c);
}

export function CommandPaletteDialog({ onClose, context }: { onClose: () => void; context: CommandContext }) {
  const uid = useId();
  const [query, setQuery] = useState('');
  const [clientsOnly, setClientsOnly] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const { index } = useClients();
  const desktop = platform().kind === 'electron';

  // Focus returns where it was when the palette closes.
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    input.current?.focus();
    return () => previous?.focus?.();
  }, []);

  const items = useMemo<Item[]>(() => {
    const run = (f: () => void) => () => {
      onClose();
      f();
    };
    const clientItems = (limit: number): Item[] =>
      matchClients(index, query, limit).map((c) => ({
        key: `client:${c.id}`,
        label: displayName(c),
        group: 'Clients',
        hint: c.company ?? c.email,
        run: run(() => context.navigate(`clients/${c.id}`)),
      }));
    if (clientsOnly) return clientItems(20);
    const commands: Item[] = rankCommands(query, allCommands(SCREENS)).map((c) => ({
      key: c.id,
      label: c.label,
      group: c.group,
      // Menu shortcuts work only in the desktop app; Alt+<n> screen keys work everywhere.
      hint:
        c.accelerator && (desktop || c.group === 'Go to') ? acceleratorLabel(c.accelerator, MAC) : undefined,
      run: run(() => c.run(context)),
    }));
    const openClient: Item = {
      key: 'open-client',
      label: 'Open client…',
      group: 'Actions',
      hint: 'type a name',
      run: () => {
        setClientsOnly(true);
        setQuery('');
        setActive(0);
      },
    };
    const showOpenClient = fuzzyScore(query, 'Open client find search person') !== null;
    return [
      ...commands.filter((c) => c.group === 'Actions'),
      ...(showOpenClient ? [openClient] : []),
      ...commands.filter((c) => c.group !== 'Actions'),
      ...(query.trim() ? clientItems(MAX_CLIENTS) : []),
    ];
  }, [query, clientsOnly, index, context, onClose, desktop]);

  const current = Math.min(active, Math.max(0, items.length - 1));
  const optionId = (i: number) => `${uid}-opt-${i}`;

  useEffect(() => {
    list.current?.querySelector(`[data-index="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || (e.key === 'n' && e.ctrlKey)) {
      e.preventDefault();
      setActive(items.length ? (current + 1) % items.length : 0);
    } else if (e.key === 'ArrowUp' || (e.key === 'p' && e.ctrlKey)) {
      e.preventDefault();
      setActive(items.length ? (current - 1 + items.length) % items.length : 0);
    } else if (e.key === 'Home' && items.length) {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End' && items.length) {
      e.preventDefault();
      setActive(items.length - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      items[current]?.run();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === 'Backspace' && clientsOnly && query === '') {
      e.preventDefault();
      setClientsOnly(false);
    } else if (e.key === 'Tab') {
      // Focus stays in the palette: Tab moves like the arrows.
      e.preventDefault();
      setActive(items.length ? (current + (e.shiftKey ? -1 : 1) + items.length) % items.length : 0);
    }
  };

  return (
    <div
      className="palette-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        data-testid="command-palette"
      >
        <div className="palette-input-row">
          {clientsOnly && <span className="chip">Open client</span>}
          <input
            ref={input}
            className="palette-input"
            role="combobox"
            aria-expanded="true"
            aria-controls={`${uid}-list`}
            aria-activedescendant={items.length ? optionId(current) : undefined}
            aria-autocomplete="list"
            aria-label={clientsOnly ? 'Client name' : 'Command or client'}
            placeholder={clientsOnly ? 'Type a client’s name…' : 'Type a command, a screen or a client…'}
            value={query}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <kbd>Esc</kbd>
        </div>
        <ul className="palette-list" role="listbox" id={`${uid}-list`} ref={list} aria-label="Results">
          {items.length === 0 && (
            <li className="palette-empty" role="presentation">
              {clientsOnly ? `No client matches “${query}”.` : `Nothing matches “${query}”.`}
            </li>
          )}
          {items.map((item, i) => {
            const header = item.group !== items[i - 1]?.group ? item.group : null;
            return (
              <li key={item.key} role="presentation">
                {header && (
                  <div className="palette-group" aria-hidden>
                    {header}
                  </div>
                )}
                <div
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === current}
                  data-index={i}
                  data-testid="palette-option"
                  className={`palette-option${i === current ? ' active' : ''}`}
                  onMouseMove={() => i !== current && setActive(i)}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => item.run()}
                >
                  <span className="palette-label">{item.label}</span>
                  {item.hint && <span className="palette-hint">{item.hint}</span>}
                </div>
              </li>
            );
          })}
        </ul>
        <div className="palette-foot subtle">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> run · <kbd>Esc</kbd> close
          {clientsOnly && (
            <>
              {' '}
              · <kbd>⌫</kbd> back to commands
            </>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * Today: what is overdue, due today and due this week, each with one-key actions on the
 * focused row: D done, Shift+D done with a note, S skip, Z snooze, O open the client.
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { addDaysIso, daysBetween, type IsoDate } from '../../../shared/domain/dates';
import { displayName } from '../../../shared/clients/search';
import { CHANNEL_LABEL, KIND_INFO } from '../../../shared/touchpoints/kinds';
import { markDone, restoreTouchpoint, skip, snooze } from '../../data/touchpoints';
import type { Touchpoint } from '../../../shared/domain/schemas';
import { isTyping } from '../../app/keys';
import { href, navigate } from '../../app/router';
import { useToast } from '../../app/Toasts';
import { Dialog } from '../../ui/Dialog';
import { formatDay } from '../../ui/format';
import { TODAY_ACTIONS } from './todayActions';
import { useAgenda, type AgendaItem } from './useAgenda';

function relative(due: IsoDate, today: IsoDate): string {
  const d = daysBetween(today, due);
  if (d === 0) return 'today';
  if (d === -1) return 'yesterday';
  if (d === 1) return 'tomorrow';
  return d < 0 ? `${-d} days ago` : formatDay(due);
}

interface RowProps {
  item: AgendaItem;
  today: IsoDate;
  /** The one row in the Tab order (roving focus); its buttons are reachable with Tab too. */
  active: boolean;
  onActive: (id: string) => void;
  onDone: (t: Touchpoint, withNote: boolean) => void;
  onSkip: (t: Touchpoint) => void;
  onSnooze: (t: Touchpoint, until?: IsoDate) => void;
}

function AgendaRow({ item, today, active, onActive, onDone, onSkip, onSnooze }: RowProps) {
  const tab = active ? 0 : -1;
  const { touchpoint: t, client } = item;
  const info = KIND_INFO[t.kind];
  const [snoozing, setSnoozing] = useState(false);
  return (
    <li
      className="agenda-row"
      tabIndex={tab}
      onFocus={() => onActive(item.touchpoint.id)}
      data-testid="agenda-row"
      data-touchpoint-id={t.id}
      aria-label={`${t.title}, ${displayName(client)}, due ${relative(t.due, today)}`}
      style={{ ['--kind' as string]: info.color }}
    >
      <span className="kind-dot" aria-hidden>
        {info.icon}
      </span>
      <div className="agenda-main">
        <div className="agenda-title">{t.title}</div>
        <div className="agenda-meta">
          <a href={href(`clients/${client.id}`)} tabIndex={-1}>
            {displayName(client)}
          </a>
          {' · '}
          {CHANNEL_LABEL[t.channel]}
          {' · '}
          <span className={t.due < today ? 'overdue-text' : undefined}>{relative(t.due, today)}</span>
          {t.status === 'snoozed' && <span className="chip muted">snoozed</span>}
        </div>
      </div>
      <div className="agenda-actions">
        {TODAY_ACTIONS.filter((a) => a.applies(t)).map((a) => (
          <button
            key={a.id}
            type="button"
            className="btn small"
            tabIndex={tab}
            data-action={a.id}
            onClick={() => a.run(item)}
          >
            {a.label} <kbd>{a.key.toUpperCase()}</kbd>
          </button>
        ))}
        <button type="button" className="btn small primary" tabIndex={tab} data-action="done" onClick={() => onDone(t, false)}>
          Done <kbd>D</kbd>
        </button>
        <button type="button" className="btn small" tabIndex={tab} data-action="skip" onClick={() => onSkip(t)}>
          Skip <kbd>S</kbd>
        </button>
        <span className="snooze-wrap">
          <button
            type="button"
            className="btn small"
            tabIndex={tab}
            data-action="snooze"
            aria-expanded={snoozing}
            onClick={() => setSnoozing((s) => !s)}
          >
            Snooze <kbd>Z</kbd>
          </button>
          {snoozing && (
            <span className="snooze-menu" role="menu">
              <button type="button" role="menuitem" onClick={() => onSnooze(t, addDaysIso(today, 1))}>
                Tomorrow
              </button>
              <button type="button" role="menuitem" onClick={() => onSnooze(t, addDaysIso(today, 7))}>
                Next week
              </button>
              <button type="button" role="menuitem" onClick={() => onSnooze(t)}>
                Pick a date…
              </button>
            </span>
          )}
        </span>
      </div>
    </li>
  );
}

/** Rows a group renders at first: a screenful and more. */
const FIRST_ROWS = 30;
/** Rows added per step afterwards. */
const MORE_ROWS = 150;

/**
 * How many of a group's rows to render. A big book has hundreds of touchpoints in a week (about
 * 600 at 10,000 clients): rendering them all before Today appears took about half a second. The
 * first rows come at once, the rest in chunks as transitions that never hold up input.
 */
function useRowsShown(total: number): number {
  const [shown, setShown] = useState(FIRST_ROWS);
  useEffect(() => {
    if (shown >= total) return;
    const id = setTimeout(() => startTransition(() => setShown((n) => n + MORE_ROWS)), 0);
    return () => clearTimeout(id);
  }, [shown, total]);
  return Math.min(shown, total);
}

function Group({
  title,
  items,
  tone,
  activeId,
  ...rest
}: { title: string; items: AgendaItem[]; tone?: 'overdue'; activeId: string | undefined } & Omit<RowProps, 'item' | 'active'>) {
  const shown = useRowsShown(items.length);
  return (
    <section className="agenda-group" aria-label={title} data-testid={`group-${title.toLowerCase().replace(/\s+/g, '-')}`}>
      <h2>
        {title} <span className={`count${tone ? ` ${tone}` : ''}`}>{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="subtle" style={{ margin: '4px 0 0' }}>
          Nothing here.
        </p>
      ) : (
        <ul className="agenda">
          {items.slice(0, shown).map((item) => (
            <AgendaRow key={item.touchpoint.id} item={item} active={item.touchpoint.id === activeId} {...rest} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function TodayScreen() {
  const { data, isLoading, today } = useAgenda();
  const toast = useToast();
  const [noteFor, setNoteFor] = useState<Touchpoint | null>(null);
  const [dateFor, setDateFor] = useState<Touchpoint | null>(null);
  const [focusedId, setFocusedId] = useState<string | undefined>();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (data) performance.mark('touchpoint:today-interactive');
  }, [data]);

  const undoable = (text: string, before: Touchpoint | undefined) => {
    if (before) toast.show(text, { label: 'Undo', run: () => restoreTouchpoint(before) });
  };
  const actions = {
    today,
    onDone: async (t: Touchpoint, withNote: boolean) => {
      if (withNote) return setNoteFor(t);
      undoable(`Done: ${t.title}.`, await markDone(t.id));
    },
    onSkip: async (t: Touchpoint) => undoable(`Skipped: ${t.title}.`, await skip(t.id)),
    onSnooze: async (t: Touchpoint, until?: IsoDate) => {
      if (!until) return setDateFor(t);
      undoable(`Snoozed until ${formatDay(until)}.`, await snooze(t.id, until));
    },
  };

  // One-key actions on the focused row; arrows move between rows. A layout effect, so the keys
  // work as soon as the rows are on screen.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || noteFor || dateFor) return;
      const rows = [...(root.current?.querySelectorAll<HTMLElement>('[data-testid="agenda-row"]') ?? [])];
      const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-testid="agenda-row"]');
      const i = focused ? rows.indexOf(focused) : -1;
      if (e.key === 'ArrowDown' || e.key === 'j' || e.key === 'ArrowUp' || e.key === 'k') {
        const next = rows[e.key === 'ArrowDown' || e.key === 'j' ? i + 1 : Math.max(0, i - 1)];
        if (next) {
          e.preventDefault();
          next.focus();
        }
        return;
      }
      if (!focused) return;
      const id = focused.dataset.touchpointId;
      const all = data ? [...data.overdue, ...data.today, ...data.week] : [];
      const item = all.find((x) => x.touchpoint.id === id);
      if (!item) return;
      const key = e.key;
      const extra = TODAY_ACTIONS.find((a) => a.key === key.toLowerCase() && a.applies(item.touchpoint));
      const focusAfter = () => requestAnimationFrame(() => (rows[i + 1] ?? rows[i - 1])?.focus());
      if (key === 'd' || key === 'D') {
        e.preventDefault();
        void actions.onDone(item.touchpoint, e.shiftKey);
        if (!e.shiftKey) focusAfter();
      } else if (key === 's') {
        e.preventDefault();
        void actions.onSkip(item.touchpoint);
        focusAfter();
      } else if (key === 'z') {
        e.preventDefault();
        setDateFor(item.touchpoint);
      } else if (key === 'o' || key === 'Enter') {
        e.preventDefault();
        navigate(`clients/${item.client.id}`);
      } else if (extra) {
        e.preventDefault();
        extra.run(item);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const total = data ? data.overdue.length + data.today.length : 0;
  const allItems = data ? [...data.overdue, ...data.today, ...data.week] : [];
  // The row last focused keeps the Tab stop while it exists; otherwise the first row has it.
  const activeId = allItems.some((i) => i.touchpoint.id === focusedId) ? focusedId : allItems[0]?.touchpoint.id;
  const groupProps = { ...actions, activeId, onActive: setFocusedId };
  return (
    <div className="screen" ref={root}>
      <div className="screen-head">
        <div>
          <h1>Today</h1>
          <div className="subtle">{formatDay(today)}</div>
        </div>
        <div className="subtle" style={{ fontSize: 12 }}>
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>D</kbd> done · <kbd>S</kbd> skip · <kbd>Z</kbd> snooze · <kbd>O</kbd> open
          {TODAY_ACTIONS.map((a) => (
            <span key={a.id}>
              {' · '}
              <kbd>{a.key.toUpperCase()}</kbd> {a.label.toLowerCase()}
            </span>
          ))}
        </div>
      </div>
      {isLoading || !data ? (
        <p className="subtle">Loading…</p>
      ) : (
        <div className="stack">
          {total === 0 && (
            <div className="card" data-testid="all-clear">
              <strong>All caught up.</strong> <span className="subtle">Nothing is overdue or due today.</span>
            </div>
          )}
          {data.overdue.length > 0 && <Group title="Overdue" tone="overdue" items={data.overdue} {...groupProps} />}
          <Group title="Due today" items={data.today} {...groupProps} />
          <Group title="This week" items={data.week} {...groupProps} />
        </div>
      )}
      {noteFor && (
        <DoneWithNote
          touchpoint={noteFor}
          onClose={() => setNoteFor(null)}
          onDone={async (note) => {
            const t = noteFor;
            setNoteFor(null);
            undoable(`Done: ${t.title}.`, await markDone(t.id, { note }));
          }}
        />
      )}
      {dateFor && (
        <SnoozeDialog
          touchpoint={dateFor}
          today={today}
          onClose={() => setDateFor(null)}
          onSnooze={async (until) => {
            const t = dateFor;
            setDateFor(null);
            undoable(`Snoozed until ${formatDay(until)}.`, await snooze(t.id, until));
          }}
        />
      )}
    </div>
  );
}

function DoneWithNote({
  touchpoint,
  onClose,
  onDone,
}: {
  touchpoint: Touchpoint;
  onClose: () => void;
  onDone: (note: string) => void;
}) {
  const [note, setNote] = useState('');
  return (
    <Dialog
      title={`Done: ${touchpoint.title}`}
      onClose={onClose}
      width={480}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn primary" onClick={() => onDone(note)}>
            Mark done <kbd>Ctrl+Enter</kbd>
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor="done-note">Note (optional)</label>
        <textarea
          id="done-note"
          className="input"
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onDone(note);
          }}
        />
      </div>
    </Dialog>
  );
}

function SnoozeDialog({
  touchpoint,
  today,
  onClose,
  onSnooze,
}: {
  touchpoint: Touchpoint;
  today: IsoDate;
  onClose: () => void;
  onSnooze: (until: IsoDate) => void;
}) {
  const [day, setDay] = useState<string>(addDaysIso(today, 1));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && day > today;
  return (
    <Dialog
      title={`Snooze: ${touchpoint.title}`}
      onClose={onClose}
      width={480}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn primary" disabled={!valid} onClick={() => onSnooze(day as IsoDate)}>
            Snooze
          </button>
        </>
      }
    >
      <div className="row">
        <button type="button" className="btn" onClick={() => onSnooze(addDaysIso(today, 1))}>
          Tomorrow
        </button>
        <button type="button" className="btn" onClick={() => onSnooze(addDaysIso(today, 7))}>
          Next week
        </button>
      </div>
      <div className="field">
        <label htmlFor="snooze-date">Or a date</label>
        <input
          id="snooze-date"
          className="input"
          type="date"
          min={addDaysIso(today, 1)}
          value={day}
          onChange={(e) => setDay(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && valid) onSnooze(day as IsoDate);
          }}
        />
        {!valid && <span className="field-error">Choose a day after today.</span>}
      </div>
    </Dialog>
  );
}

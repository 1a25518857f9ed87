/**
 * All touchpoints on a calendar (month, week, agenda), colored by kind, filterable; drag a
 * touchpoint to another day to reschedule it. Only the visible range is queried, and busy days
 * are summarised ("+N more"), so a month with thousands of touchpoints stays quick.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Calendar, dateFnsLocalizer, Views, type View } from 'react-big-calendar';
import * as dragAndDrop from 'react-big-calendar/lib/addons/dragAndDrop';
import type { EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import {
  addDays,
  endOfMonth,
  endOfWeek,
  format,
  getDay,
  parse,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import { displayName, fold } from '../../../shared/clients/search';
import { fromIsoDate, toIsoDate, type IsoDate } from '../../../shared/domain/dates';
import { CHANNELS, TOUCHPOINT_KINDS, type Channel, type Touchpoint, type TouchpointKind } from '../../../shared/domain/schemas';
import { summarizeByDay } from '../../../shared/touchpoints/calendar';
import { CHANNEL_LABEL, KIND_INFO } from '../../../shared/touchpoints/kinds';
import { getClients, listClients } from '../../data/clients';
import { daySummaries, reschedule, restoreTouchpoint, touchpointsBetween } from '../../data/touchpoints';
import { useToast } from '../../app/Toasts';
import { displayLocale, formatDay } from '../../ui/format';
import { TouchpointDialog } from '../touchpoints/TouchpointDialog';
import { IcsExportButton } from './IcsExportButton';
import './calendar.css';

interface CalEvent {
  id: string;
  title: string;
  start: Date;
  end: Date;
  allDay: true;
  kind: TouchpointKind | 'more';
  status?: Touchpoint['status'];
  /** For "+N more": the day it stands for. */
  day?: IsoDate;
}

// The add-on is CommonJS only; depending on the bundler's interop its function sits at
// `default` or `default.default`.
type WithDnD = typeof dragAndDrop.default;
const interop = dragAndDrop as unknown as { default: WithDnD | { default: WithDnD } };
const withDragAndDrop: WithDnD = typeof interop.default === 'function' ? interop.default : interop.default.default;
const DnDCalendar = withDragAndDrop<CalEvent>(Calendar);

const localizer = dateFnsLocalizer({
  format,
  parse,
  startOfWeek: (d: Date) => startOfWeek(d, { locale: displayLocale() }),
  getDay,
  locales: {},
});

/** Events per day shown in month view before "+N more". */
const PER_DAY = 3;

function visibleRange(date: Date, view: View): [IsoDate, IsoDate] {
  const locale = displayLocale();
  if (view === Views.WEEK) return [toIsoDate(startOfWeek(date, { locale })), toIsoDate(endOfWeek(date, { locale }))];
  if (view === Views.AGENDA) return [toIsoDate(date), toIsoDate(addDays(date, 30))];
  return [
    toIsoDate(startOfWeek(startOfMonth(date), { locale })),
    toIsoDate(endOfWeek(endOfMonth(date), { locale })),
  ];
}

interface Filters {
  kind: TouchpointKind | '';
  channel: Channel | '';
  tag: string;
  client: string;
  showClosed: boolean;
}

const eventPropGetter = (e: CalEvent) => {
  if (e.kind === 'more') return { className: 'rbc-more-summary' };
  const color = KIND_INFO[e.kind].color;
  const closed = e.status === 'done' || e.status === 'skipped';
  return {
    className: closed ? 'tp-closed' : undefined,
    style: { backgroundColor: closed ? 'transparent' : color, borderColor: color, color: closed ? color : '#fff' },
  };
};
const draggableAccessor = (e: CalEvent) => e.kind !== 'more' && e.status !== 'done' && e.status !== 'skipped';
const formats = {
  agendaDateFormat: 'EEE PP',
  dateFormat: 'd',
  agendaHeaderFormat: ({ start, end }: { start: Date; end: Date }) =>
    `${format(start, 'PP', { locale: displayLocale() })} – ${format(end, 'PP', { locale: displayLocale() })}`,
  dayRangeHeaderFormat: ({ start, end }: { start: Date; end: Date }) =>
    `${format(start, 'PP', { locale: displayLocale() })} – ${format(end, 'PP', { locale: displayLocale() })}`,
};

/** The agenda lists events in table rows: a colored stripe reads better than a filled row. */
const agendaPropGetter = (e: CalEvent) =>
  e.kind === 'more' ? {} : { className: 'tp-agenda', style: { borderLeft: `4px solid ${KIND_INFO[e.kind].color}` } };

export function CalendarScreen() {
  const [date, setDate] = useState(() => new Date());
  const [view, setView] = useState<View>(Views.MONTH);
  const [filters, setFilters] = useState<Filters>({ kind: '', channel: '', tag: '', client: '', showClosed: true });
  const [openId, setOpenId] = useState<string | null>(null);
  /** Days the agenda shows: one day after "+N more", a month otherwise. */
  const [agendaDays, setAgendaDays] = useState(30);

  const toast = useToast();
  const [from, to] = visibleRange(date, view);

  const filtering = !!(
    filters.kind ||
    filters.channel ||
    filters.tag ||
    filters.client.trim() ||
    !filters.showClosed
  );
  // The month view without filters shows at most PER_DAY a day: it loads those and each day's count,
  // not every touchpoint of the range (tens of thousands in a busy December at 10,000 clients).
  const summarised = view === Views.MONTH && !filtering;

  // The range travels with its rows: after a switch, the previous range's rows stay until the new ones arrive.
  const loaded = useLiveQuery(async () => {
    if (summarised) {
      const days = await daySummaries(from, to, PER_DAY);
      const clients = await getClients(days.flatMap((d) => d.first.map((t) => t.clientId)));
      const join = (t: Touchpoint) => {
        const c = clients.get(t.clientId);
        return c ? [{ t, c }] : [];
      };
      const buckets = days.map((d) => ({
        day: d.day,
        count: d.count,
        capped: d.capped,
        rows: d.first.flatMap(join),
      }));
      return { from, to, list: buckets.flatMap((b) => b.rows), buckets };
    }
    const tps = await touchpointsBetween(from, to);
    const clients = await getClients(tps.map((t) => t.clientId));
    const list = tps.flatMap((t) => {
      const c = clients.get(t.clientId);
      return c ? [{ t, c }] : [];
    });
    return { from, to, list, buckets: undefined };
  }, [from, to, summarised]);
  const rows = loaded?.list;

  // The benchmark (bench/) waits for this mark: the visible range's touchpoints are on screen.
  useEffect(() => {
    if (loaded && loaded.from === from && loaded.to === to) {
      performance.mark('touchpoint:calendar-rendered', { detail: { from, to } });
    }
  }, [loaded, from, to]);

  // A summarised month holds only the clients on show: the tag list comes from the whole book,
  // read when the tag filter is first used rather than on every month.
  const [wantAllTags, setWantAllTags] = useState(false);
  const allTags = useLiveQuery(
    async () => (wantAllTags ? [...new Set((await listClients()).flatMap((c) => c.tags))].sort() : undefined),
    [wantAllTags],
  );
  const rowTags = useMemo(() => [...new Set((rows ?? []).flatMap((r) => r.c.tags))].sort(), [rows]);
  const tags = allTags ?? rowTags;

  const events = useMemo<CalEvent[]>(() => {
    const q = fold(filters.client.trim());
    const kept = (rows ?? []).filter(
      ({ t, c }) =>
        (!filters.kind || t.kind === filters.kind) &&
        (!filters.channel || t.channel === filters.channel) &&
        (!filters.tag || c.tags.includes(filters.tag)) &&
        (!q || fold(displayName(c)).includes(q)) &&
        (filters.showClosed || t.status === 'planned' || t.status === 'snoozed'),
    );
    const toEvent = ({ t, c }: (typeof kept)[number]): CalEvent => ({
      id: t.id,
      title: `${t.title} · ${displayName(c)}`,
      start: fromIsoDate(t.due),
      end: fromIsoDate(t.due),
      allDay: true,
      kind: t.kind,
      status: t.status,
    });
    if (view !== Views.MONTH) return kept.map(toEvent);
    const buckets =
      loaded?.buckets && !filtering
        ? // Loaded summarised: each day's first rows and its count.
          loaded.buckets.map((b) =>
            b.count <= PER_DAY
              ? { day: b.day, shown: b.rows, more: 0 }
              : {
                  day: b.day,
                  shown: b.rows.slice(0, PER_DAY - 1),
                  more: b.count - (PER_DAY - 1),
                  capped: b.capped,
                },
          )
        : summarizeByDay(kept, (r) => r.t.due, PER_DAY);
    return buckets.flatMap((b) => {
      const shown = b.shown.map(toEvent);
      if (b.more > 0)
        shown.push({
          id: `more:${b.day}`,
          // A day holding over a hundred more is not counted to the end (daySummaries).
          title: 'capped' in b && b.capped ? '100+ more' : `+${b.more} more`,
          start: fromIsoDate(b.day),
          end: fromIsoDate(b.day),
          allDay: true,
          kind: 'more',
          day: b.day,
        });
      return shown;
    });
  }, [rows, loaded, filtering, filters, view]);

  const onEventDrop = useCallback(
    async ({ event, start }: EventInteractionArgs<CalEvent>) => {
      if (event.kind === 'more') return;
      const day = toIsoDate(new Date(start));
      const before = await reschedule(event.id, day);
      if (before) toast.show(`Moved to ${formatDay(day)}.`, { label: 'Undo', run: () => restoreTouchpoint(before) });
    },
    [toast],
  );

  const onSelectEvent = useCallback((e: CalEvent) => {
    if (e.kind === 'more' && e.day) {
      setDate(fromIsoDate(e.day));
      setAgendaDays(1);
      setView(Views.AGENDA);
      return;
    }
    setOpenId(e.id);
  }, []);

  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => setFilters((f) => ({ ...f, [k]: v }));

  return (
    <div className="screen calendar-screen">
      <div className="screen-head">
        <h1>Calendar</h1>
        <IcsExportButton />
      </div>
      <div className="toolbar">
        <select className="input" aria-label="Filter by kind" value={filters.kind} onChange={(e) => set('kind', e.target.value as Filters['kind'])}>
          <option value="">All kinds</option>
          {TOUCHPOINT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_INFO[k].label}
            </option>
          ))}
        </select>
        <select
          className="input"
          aria-label="Filter by channel"
          value={filters.channel}
          onChange={(e) => set('channel', e.target.value as Filters['channel'])}
        >
          <option value="">All channels</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABEL[c]}
            </option>
          ))}
        </select>
        <select
          className="input"
          aria-label="Filter by tag"
          value={filters.tag}
          onChange={(e) => set('tag', e.target.value)}
          onFocus={() => setWantAllTags(true)}
          onPointerDown={() => setWantAllTags(true)}
        >
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              #{t}
            </option>
          ))}
        </select>
        <input
          className="input"
          style={{ width: 200 }}
          type="search"
          aria-label="Filter by client"
          placeholder="Client name"
          value={filters.client}
          onChange={(e) => set('client', e.target.value)}
        />
        <label className="row subtle" style={{ gap: 6 }}>
          <input type="checkbox" checked={filters.showClosed} onChange={(e) => set('showClosed', e.target.checked)} />
          Show done and skipped
        </label>
      </div>
      <div className="calendar-box" data-testid="calendar">
        <DnDCalendar
          localizer={localizer}
          culture={undefined}
          events={events}
          date={date}
          view={view}
          views={[Views.MONTH, Views.WEEK, Views.AGENDA]}
          onNavigate={setDate}
          onView={(v) => {
            setAgendaDays(30);
            setView(v);
          }}
          onSelectEvent={onSelectEvent}
          onEventDrop={onEventDrop}
          draggableAccessor={draggableAccessor}
          resizable={false}
          eventPropGetter={view === Views.AGENDA ? agendaPropGetter : eventPropGetter}
          formats={formats}
          popup
          showAllEvents
          step={60}
          timeslots={1}
          length={agendaDays}
        />
      </div>
      {openId && <TouchpointDialog id={openId} onClose={() => setOpenId(null)} />}
    </div>
  );
}

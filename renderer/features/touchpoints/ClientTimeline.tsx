/** A client's timeline: upcoming and past touchpoints, and a one-off touchpoint added by hand. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { addDaysIso, isIsoDate, type IsoDate } from '../../../shared/domain/dates';
import { CHANNELS, type Channel, type Client } from '../../../shared/domain/schemas';
import { CHANNEL_LABEL, KIND_INFO } from '../../../shared/touchpoints/kinds';
import { addOneOff, touchpointsForClient } from '../../data/touchpoints';
import { useToast } from '../../app/Toasts';
import { Dialog } from '../../ui/Dialog';
import { formatShortDay } from '../../ui/format';
import { todayIso, useToday } from '../../ui/useToday';
import { TouchpointDialog } from './TouchpointDialog';
import { TIMELINE_SOURCES, type TimelineEntry } from './timelineSources';

function AddOneOff({ client, onClose }: { client: Client; onClose: () => void }) {
  const [title, setTitle] = useState('');
  const [channel, setChannel] = useState<Channel>(client.preferredChannel ?? 'call');
  const [due, setDue] = useState<string>(addDaysIso(todayIso(), 1));
  const [notes, setNotes] = useState('');
  const [error, setError] = useState('');
  const toast = useToast();
  const save = async () => {
    if (!title.trim()) return setError('Say what the touchpoint is, e.g. "Send the article about gardens".');
    if (!isIsoDate(due)) return setError('Choose the day it is due.');
    await addOneOff({
      clientId: client.id,
      kind: 'custom',
      channel,
      due: due as IsoDate,
      title: title.trim(),
      notes,
    });
    toast.show(`Added “${title.trim()}” on ${formatShortDay(due as IsoDate)}.`);
    onClose();
  };
  return (
    <Dialog
      title="Add a touchpoint"
      onClose={onClose}
      width={520}
      dirty={title.trim() !== '' || notes.trim() !== ''}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn primary" onClick={() => void save()}>
            Add <kbd>Ctrl+Enter</kbd>
          </button>
        </>
      }
    >
      <div
        style={{ display: 'contents' }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      >
        {error && (
          <div className="banner error" role="alert">
            {error}
          </div>
        )}
        <div className="field">
          <label htmlFor="oneoff-title">What</label>
          <input
            id="oneoff-title"
            className="input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="grid-2">
          <div className="field">
            <label htmlFor="oneoff-channel">How</label>
            <select
              id="oneoff-channel"
              className="input"
              value={channel}
              onChange={(e) => setChannel(e.target.value as Channel)}
            >
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABEL[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="oneoff-due">Due</label>
            <input
              id="oneoff-due"
              className="input"
              type="date"
              value={due}
              onChange={(e) => setDue(e.target.value)}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor="oneoff-notes">Notes</label>
          <textarea
            id="oneoff-notes"
            className="input"
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        </div>
      </div>
    </Dialog>
  );
}

export function ClientTimeline({ client }: { client: Client }) {
  const today = useToday();
  const touchpoints = useLiveQuery(() => touchpointsForClient(client.id), [client.id]);
  const extra = useLiveQuery(
    async () => (await Promise.all(TIMELINE_SOURCES.map((s) => s.load(client.id)))).flat(),
    [client.id],
  );
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  if (!touchpoints) return null;

  const upcoming = touchpoints.filter((t) => t.status === 'planned' || t.status === 'snoozed');
  // A gift or card that completed a touchpoint says more than the touchpoint: show it once.
  const covered = new Set((extra ?? []).map((e) => e.touchpointId).filter(Boolean));
  const entries: TimelineEntry[] = [
    ...touchpoints
      .filter((t) => (t.status === 'done' || t.status === 'skipped') && !covered.has(t.id))
      .map((t) => ({
        id: t.id,
        day: (t.doneAt?.slice(0, 10) ?? t.due) as IsoDate,
        icon: KIND_INFO[t.kind].icon,
        color: KIND_INFO[t.kind].color,
        text: `${t.title}${t.status === 'skipped' ? ' (skipped)' : ''}`,
        detail: t.notes,
        touchpointId: t.id,
      })),
    ...(extra ?? []),
  ].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));

  return (
    <section
      className="card stack"
      aria-labelledby="timeline-h"
      data-testid="client-timeline"
      style={{ gap: 12 }}
    >
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="timeline-h" style={{ margin: 0 }}>
          Timeline
        </h2>
        <button type="button" className="btn small" onClick={() => setAdding(true)}>
          + Add a touchpoint
        </button>
      </div>
      <div>
        <h3>Upcoming ({upcoming.length})</h3>
        {upcoming.length === 0 ? (
          <p className="subtle">Nothing planned.</p>
        ) : (
          <ul className="timeline" data-testid="timeline-upcoming">
            {upcoming.slice(0, 30).map((t) => (
              <li key={t.id} data-testid="upcoming-item" data-due={t.due} data-title={t.title}>
                <button type="button" className="timeline-item" onClick={() => setOpenId(t.id)}>
                  <span className="timeline-day">{formatShortDay(t.due)}</span>
                  <span style={{ color: KIND_INFO[t.kind].color }} aria-hidden>
                    {KIND_INFO[t.kind].icon}
                  </span>
                  <span className={t.due < today ? 'overdue-text' : undefined}>{t.title}</span>
                  <span className="subtle">{CHANNEL_LABEL[t.channel]}</span>
                </button>
              </li>
            ))}
            {upcoming.length > 30 && <li className="subtle">and {upcoming.length - 30} more later</li>}
          </ul>
        )}
      </div>
      <div>
        <h3>Past ({entries.length})</h3>
        {entries.length === 0 ? (
          <p className="subtle">Nothing yet.</p>
        ) : (
          <ul className="timeline" data-testid="timeline-past">
            {entries.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="timeline-item"
                  onClick={() => e.touchpointId && setOpenId(e.touchpointId)}
                  disabled={!e.touchpointId}
                >
                  <span className="timeline-day">{formatShortDay(e.day)}</span>
                  <span style={{ color: e.color }} aria-hidden>
                    {e.icon}
                  </span>
                  <span>{e.text}</span>
                  {e.detail && <span className="subtle">{e.detail}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {adding && <AddOneOff client={client} onClose={() => setAdding(false)} />}
      {openId && <TouchpointDialog id={openId} onClose={() => setOpenId(null)} />}
    </section>
  );
}

/** One touchpoint, opened from the calendar or a client's timeline: see it, act on it. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { displayName } from '../../../shared/clients/search';
import { addDaysIso, isIsoDate, type IsoDate } from '../../../shared/domain/dates';
import { CHANNEL_LABEL, KIND_INFO } from '../../../shared/touchpoints/kinds';
import { getClient } from '../../data/clients';
import {
  deleteTouchpoint,
  getTouchpoint,
  markDone,
  reschedule,
  restoreTouchpoint,
  skip,
  snooze,
} from '../../data/touchpoints';
import type { Touchpoint } from '../../../shared/domain/schemas';
import { href } from '../../app/router';
import { useToast } from '../../app/Toasts';
import { Dialog } from '../../ui/Dialog';
import { formatDay, formatInstant } from '../../ui/format';
import { todayIso } from '../../ui/useToday';
import { isGiftTouchpoint } from '../../../shared/gifts';
import { GiftIdeasHint } from '../gifts/GiftIdeasHint';
import { printCardPath } from '../cards/registerCardActions';

export function TouchpointDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const data = useLiveQuery(async () => {
    const t = await getTouchpoint(id);
    return t ? { t, client: await getClient(t.clientId) } : null;
  }, [id]);
  const toast = useToast();
  const [day, setDay] = useState('');
  if (data === undefined) return null;
  if (data === null)
    return (
      <Dialog title="Touchpoint" onClose={onClose} width={480}>
        <p>This touchpoint no longer exists.</p>
      </Dialog>
    );
  const { t, client } = data;
  const info = KIND_INFO[t.kind];
  const open = t.status === 'planned' || t.status === 'snoozed';
  const undoable = (text: string, before: Touchpoint | undefined) => {
    if (before) toast.show(text, { label: 'Undo', run: () => restoreTouchpoint(before) });
  };
  const today = todayIso();
  const target = day || t.due;
  return (
    <Dialog title={t.title} onClose={onClose} width={520}>
      <dl className="facts" data-testid="touchpoint-facts">
        <dt>Kind</dt>
        <dd>
          <span className="chip" style={{ background: `color-mix(in srgb, ${info.color} 18%, transparent)`, color: info.color }}>
            {info.icon} {info.label}
          </span>
        </dd>
        <dt>Client</dt>
        <dd>{client ? <a href={href(`clients/${client.id}`)} onClick={onClose}>{displayName(client)}</a> : '—'}</dd>
        <dt>Channel</dt>
        <dd>{CHANNEL_LABEL[t.channel]}</dd>
        <dt>Due</dt>
        <dd>{formatDay(t.due)}</dd>
        <dt>Status</dt>
        <dd data-testid="touchpoint-status">
          {t.status}
          {t.doneAt ? ` · ${formatInstant(t.doneAt)}` : ''}
          {t.manual ? ' · changed by hand' : ''}
        </dd>
        {t.notes && (
          <>
            <dt>Notes</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{t.notes}</dd>
          </>
        )}
      </dl>
      {isGiftTouchpoint(t) && <GiftIdeasHint touchpoint={t} onLog={onClose} />}
      {t.channel === 'card' && (
        <div className="row">
          <a className={`btn${open ? ' primary' : ''}`} href={href(printCardPath(t.id))} onClick={onClose}>
            {open ? 'Print card…' : 'Print this card again…'}
          </a>
        </div>
      )}
      {open && (
        <div className="stack" style={{ gap: 10 }}>
          <div className="row">
            <button
              type="button"
              className="btn primary"
              onClick={async () => {
                onClose();
                undoable(`Done: ${t.title}.`, await markDone(t.id));
              }}
            >
              Mark done
            </button>
            <button
              type="button"
              className="btn"
              onClick={async () => {
                onClose();
                undoable(`Skipped: ${t.title}.`, await skip(t.id));
              }}
            >
              Skip
            </button>
            <button
              type="button"
              className="btn"
              onClick={async () => {
                onClose();
                const until = addDaysIso(today > t.due ? today : t.due, 7);
                undoable(`Snoozed until ${formatDay(until)}.`, await snooze(t.id, until));
              }}
            >
              Snooze a week
            </button>
            {/* A planned touchpoint would come back with the next plan: skip it instead. */}
            {!t.planKey && (
              <button
                type="button"
                className="btn danger"
                onClick={async () => {
                  onClose();
                  undoable(`Deleted: ${t.title}.`, await deleteTouchpoint(t.id));
                }}
              >
                Delete
              </button>
            )}
          </div>
          <div className="row">
            <label htmlFor="tp-move" className="subtle">
              Move to
            </label>
            <input
              id="tp-move"
              className="input"
              type="date"
              style={{ width: 'auto' }}
              value={target}
              onChange={(e) => setDay(e.target.value)}
            />
            <button
              type="button"
              className="btn"
              disabled={!isIsoDate(target) || target === t.due}
              onClick={async () => {
                onClose();
                undoable(`Moved to ${formatDay(target as IsoDate)}.`, await reschedule(t.id, target as IsoDate));
              }}
            >
              Move
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

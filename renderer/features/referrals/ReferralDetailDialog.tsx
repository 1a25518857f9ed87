/**
 * One referral: the facts, its steps with dates, the value when won, its follow-ups and calls,
 * and the actions (move, log a call, make the lead a client, edit, delete).
 */
import { useState } from 'react';
import { displayName } from '../../../shared/clients/search';
import { KIND_INFO } from '../../../shared/touchpoints/kinds';
import { CALL_PURPOSE_LABELS, INTRO_METHOD_LABELS, REFERRAL_STATUS_LABELS } from '../../../shared/referrals';
import { convertReferralToClient, deleteReferral, undoDeleteReferral } from '../../data/referrals';
import { href, navigate } from '../../app/router';
import { useToast } from '../../app/Toasts';
import { Dialog } from '../../ui/Dialog';
import { formatInstant, formatShortDay } from '../../ui/format';
import { formatCallLength } from '../calls/CallTimer';
import { CALL_LOG_SHORTCUT_LABEL, openCallLog } from '../calls/quickLog';
import { useClients } from '../clients/useClients';
import { useSettings } from '../settings/useSettings';
import { formatMoney } from '../../ui/money';
import { ReferralFormDialog } from './ReferralFormDialog';
import { StatusSteps } from './StatusSteps';
import { useReferral } from './useReferrals';
import { useStatusMove } from './useStatusMove';
import { WonValueDialog } from './WonValueDialog';

export function ReferralDetailDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { data } = useReferral(id);
  const { data: clients } = useClients();
  const { data: settings } = useSettings();
  const { move, askingValue, cancelValue } = useStatusMove();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [converting, setConverting] = useState(false);
  const [error, setError] = useState('');

  if (data === undefined) return null;
  if (data === null)
    return (
      <Dialog title="Referral" onClose={onClose} width={480}>
        <p>This referral no longer exists.</p>
      </Dialog>
    );

  const { referral: r, followUps, calls } = data;
  const referrer = clients.find((c) => c.id === r.referrerId);
  const leadClient = r.leadClientId ? clients.find((c) => c.id === r.leadClientId) : undefined;
  const currency = settings.giftBudget.currency;

  const makeClient = async () => {
    setConverting(true);
    setError('');
    try {
      const res = await convertReferralToClient(r.id);
      if (!res.ok) return setError(Object.values(res.errors)[0] ?? 'The lead could not become a client.');
      toast.show(
        `${displayName(res.value)} is now a client, referred by ${referrer ? displayName(referrer) : 'your client'}.`,
        {
          label: 'Open',
          run: () => navigate(`clients/${res.value.id}`),
        },
      );
    } finally {
      setConverting(false);
    }
  };

  const remove = async () => {
    const deleted = await deleteReferral(r.id);
    onClose();
    if (deleted)
      toast.show(
        `Deleted the referral of ${r.lead.name}.`,
        { label: 'Undo', run: () => undoDeleteReferral(deleted) },
        15000,
      );
  };

  return (
    <>
      <Dialog
        title={r.lead.name}
        onClose={onClose}
        width={720}
        footer={
          <>
            <button
              type="button"
              className="btn danger"
              style={{ marginRight: 'auto' }}
              onClick={() => void remove()}
            >
              Delete
            </button>
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => openCallLog({ clientId: r.referrerId, referralId: r.id })}
              title={`Log a call with ${referrer ? displayName(referrer) : 'the referrer'} about this referral`}
            >
              Log call <kbd>{CALL_LOG_SHORTCUT_LABEL}</kbd>
            </button>
            {leadClient ? (
              <a className="btn" href={href(`clients/${leadClient.id}`)} onClick={onClose}>
                Open {displayName(leadClient)}
              </a>
            ) : (
              <button
                type="button"
                className="btn primary"
                disabled={converting}
                onClick={() => void makeClient()}
              >
                Make client
              </button>
            )}
          </>
        }
      >
        {error && (
          <div className="banner error" role="alert">
            {error}
          </div>
        )}
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <span className={`chip status-${r.status}`} data-testid="referral-status">
            {REFERRAL_STATUS_LABELS[r.status]}
          </span>
          {r.status === 'won' && r.value !== undefined && (
            <strong className="won-value" data-testid="referral-value">
              {formatMoney(r.value, currency)}
            </strong>
          )}
        </div>
        <StatusSteps referral={r} onMove={(s) => void move(r, s)} />
        <dl className="facts" data-testid="referral-facts">
          <dt>Referred by</dt>
          <dd>
            {referrer ? (
              <a href={href(`clients/${referrer.id}`)} onClick={onClose}>
                {displayName(referrer)}
              </a>
            ) : (
              'A client no longer in your book'
            )}
          </dd>
          <dt>Referral date</dt>
          <dd>{formatShortDay(r.date)}</dd>
          <dt>Introduction</dt>
          <dd>
            {INTRO_METHOD_LABELS[r.introMethod]} ·{' '}
            {r.referrerTookAction ? (
              <span className="chip">the referrer introduced them ✓</span>
            ) : (
              <span className="subtle">no introduction by the referrer</span>
            )}
          </dd>
          {r.lead.email && (
            <>
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${r.lead.email}`}>{r.lead.email}</a>
              </dd>
            </>
          )}
          {r.lead.phone && (
            <>
              <dt>Phone</dt>
              <dd>{r.lead.phone}</dd>
            </>
          )}
          {r.value !== undefined && r.status !== 'won' && (
            <>
              <dt>Value</dt>
              <dd>{formatMoney(r.value, currency)}</dd>
            </>
          )}
          <dt>Client</dt>
          <dd data-testid="referral-client">
            {leadClient ? (
              <a href={href(`clients/${leadClient.id}`)} onClick={onClose}>
                {displayName(leadClient)}
              </a>
            ) : (
              <span className="subtle">Not a client yet: “Make client” when they sign.</span>
            )}
          </dd>
          {r.notes && (
            <>
              <dt>Notes</dt>
              <dd style={{ whiteSpace: 'pre-wrap' }}>{r.notes}</dd>
            </>
          )}
        </dl>
        <div>
          <h3>Follow-ups for {referrer?.firstName ?? 'the referrer'}</h3>
          <ul className="timeline" data-testid="referral-follow-ups">
            {followUps.map((t) => (
              <li key={t.id} className="timeline-item" style={{ cursor: 'default' }}>
                <span className="timeline-day">{formatShortDay(t.due)}</span>
                <span style={{ color: KIND_INFO[t.kind].color }} aria-hidden>
                  {KIND_INFO[t.kind].icon}
                </span>
                <span>{t.title}</span>
                <span className={t.status === 'done' ? 'chip' : 'chip muted'}>{t.status}</span>
              </li>
            ))}
          </ul>
        </div>
        {calls.length > 0 && (
          <div>
            <h3>Calls</h3>
            <ul className="call-list">
              {calls.map((c) => (
                <li key={c.id}>
                  <span className="subtle">{formatInstant(c.at)}</span>
                  <span>
                    {CALL_PURPOSE_LABELS[c.purpose]}
                    {c.outcome ? ` · ${c.outcome}` : ''}
                  </span>
                  <span className="subtle">{formatCallLength(c.durationSec)}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Dialog>
      {askingValue && (
        <WonValueDialog
          referral={askingValue}
          onClose={cancelValue}
          onConfirm={(v) => void move(askingValue, 'won', v)}
        />
      )}
      {editing && (
        <ReferralFormDialog
          referral={r}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            toast.show(`Saved the referral of ${r.lead.name}.`);
          }}
        />
      )}
    </>
  );
}

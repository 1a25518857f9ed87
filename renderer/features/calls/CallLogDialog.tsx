/**
 * Log a phone call in seconds: who, when, how long (a running timer or typed minutes), why, how
 * it went, the next step (optionally planned as a touchpoint), notes and the referral it was about.
 * If it answers a planned call, that touchpoint is completed.
 */
import { format } from 'date-fns';
import { useId, useState } from 'react';
import { displayName } from '../../../shared/clients/search';
import { addDaysIso, isIsoDate } from '../../../shared/domain/dates';
import type { FieldErrors } from '../../../shared/domain/errors';
import {
  CALL_PURPOSES,
  CHANNELS,
  type CallPurpose,
  type Channel,
  type Touchpoint,
} from '../../../shared/domain/schemas';
import { CALL_PURPOSE_LABELS, REFERRAL_STATUS_LABELS } from '../../../shared/referrals';
import { CHANNEL_LABEL } from '../../../shared/touchpoints/kinds';
import { logCall, undoLogCall } from '../../data/calls';
import { deleteGift } from '../../data/gifts';
import { CallGiftIdeaField, giftIdeaError, saveCallGiftIdea } from '../gifts/CallGiftIdeaField';
import { useToast } from '../../app/Toasts';
import { Dialog } from '../../ui/Dialog';
import { formatShortDay } from '../../ui/format';
import { useToday } from '../../ui/useToday';
import { useClients } from '../clients/useClients';
import { CallTimer, elapsedSec, formatCallLength } from './CallTimer';
import { ClientPicker } from './ClientPicker';
import { purposeForKind, type CallLogRequest } from './quickLog';
import { useCallContext } from './useCallContext';

/** The planned call this call most likely answers: the given one, a matching referral one, or the oldest due by today. */
function suggestTouchpoint(
  list: Touchpoint[],
  today: string,
  referralId: string,
  purpose: CallPurpose,
): string {
  if (referralId) {
    const forReferral = list.find((t) => t.referralId === referralId);
    if (forReferral) return forReferral.id;
  }
  if (purpose === 'referral-thank-you') {
    const thanks = list.find((t) => t.kind === 'referral-thank-you');
    if (thanks) return thanks.id;
  }
  return list.find((t) => t.due <= today)?.id ?? '';
}

function minutesText(sec: number): string {
  const m = Math.round((sec / 60) * 10) / 10;
  return String(m);
}

export function CallLogDialog({ request, onClose }: { request: CallLogRequest; onClose: () => void }) {
  const uid = useId();
  const today = useToday();
  const toast = useToast();
  const { data: clients } = useClients();
  const [clientId, setClientId] = useState(request.clientId ?? '');
  const [at, setAt] = useState(() => format(new Date(), "yyyy-MM-dd'T'HH:mm"));
  const [baseSec, setBaseSec] = useState(0);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [minutes, setMinutes] = useState('');
  const [purposeChoice, setPurpose] = useState<CallPurpose | null>(null);
  // null: not chosen by hand yet, so the dialog suggests one.
  const [touchpointChoice, setTouchpointId] = useState<string | null>(request.touchpointId ?? null);
  const [referralChoice, setReferralId] = useState<string | null>(request.referralId ?? null);
  const [outcome, setOutcome] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [planNext, setPlanNext] = useState(false);
  const [nextDue, setNextDue] = useState<string>(addDaysIso(today, 7));
  const [nextChannel, setNextChannel] = useState<Channel>('call');
  const [notes, setNotes] = useState('');
  const [giftIdea, setGiftIdea] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const { data: context } = useCallContext(clientId, today);

  // The planned call this one answers (until the user picks by hand); a planned call that belongs
  // to a referral links the call to it and suggests the purpose.
  const touchpointId =
    touchpointChoice ??
    suggestTouchpoint(
      context.touchpoints,
      today,
      referralChoice ?? '',
      purposeChoice ?? request.purpose ?? 'check-in',
    );
  const chosenTouchpoint = context.touchpoints.find((t) => t.id === touchpointId);
  const referralId = referralChoice ?? chosenTouchpoint?.referralId ?? '';
  const purpose: CallPurpose =
    purposeChoice ??
    request.purpose ??
    (chosenTouchpoint ? purposeForKind(chosenTouchpoint.kind) : 'check-in');

  const running = startedAt !== null;
  const start = () => setStartedAt(Date.now());
  const stop = () => {
    const total = elapsedSec(baseSec, startedAt);
    setBaseSec(total);
    setStartedAt(null);
    setMinutes(minutesText(total));
  };

  const durationSec = (): number => {
    if (running) return Math.round(elapsedSec(baseSec, startedAt));
    if (minutes.trim() === '') return Math.round(baseSec);
    const m = Number(minutes.replace(',', '.'));
    return Number.isFinite(m) ? Math.round(m * 60) : NaN;
  };

  async function save() {
    const sec = durationSec();
    const local = new Date(at);
    const errs: FieldErrors = {};
    if (Number.isNaN(local.getTime())) errs.at = 'Enter when the call happened';
    if (Number.isNaN(sec) || sec < 0) errs.durationSec = 'Enter the minutes as a number, e.g. 4 or 2.5';
    if (planNext && !isIsoDate(nextDue)) errs.nextStepDue = 'Choose the day for the next step';
    if (giftIdeaError(giftIdea)) errs.giftIdea = giftIdeaError(giftIdea) ?? '';
    if (Object.keys(errs).length) return setErrors(errs);
    if (running) stop();
    setSaving(true);
    try {
      const r = await logCall({
        clientId,
        at: local.toISOString(),
        durationSec: sec,
        purpose,
        outcome,
        nextStep,
        notes,
        referralId: referralId || undefined,
        touchpointId: touchpointId || undefined,
        ...(planNext ? { nextStepDue: nextDue, nextStepChannel: nextChannel } : {}),
      });
      if (!r.ok) return setErrors(r.errors);
      const idea = await saveCallGiftIdea(clientId, giftIdea, local);
      const who = clients.find((c) => c.id === clientId);
      const done = r.value.completedBefore ? ` “${r.value.completedBefore.title}” is done.` : '';
      toast.show(
        `Logged a ${formatCallLength(sec)} call with ${who ? displayName(who) : 'the client'}.${done}${idea ? ' Gift idea noted.' : ''}`,
        {
          label: 'Undo',
          run: () =>
            undoLogCall(r.value)
              .then(() => idea && deleteGift(idea.id))
              .then(() => undefined),
        },
      );
      onClose();
    } finally {
      setSaving(false);
    }
  }

  const id = (k: string) => `${uid}-${k}`;
  return (
    <Dialog
      title="Log a call"
      onClose={onClose}
      width={640}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={id('form')} className="btn primary" disabled={saving}>
            Log call <kbd>Ctrl+Enter</kbd>
          </button>
        </>
      }
    >
      <form
        id={id('form')}
        className="stack"
        style={{ gap: 14 }}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      >
        {errors._ && <div className="banner error">{errors._}</div>}
        <div className="grid-2">
          <ClientPicker
            label="Who"
            value={clientId}
            onChange={(v) => {
              setClientId(v);
              setTouchpointId(null);
              setReferralId(null);
            }}
            error={errors.clientId}
            autoFocus={!request.clientId}
          />
          <div className="field">
            <label htmlFor={id('at')}>When</label>
            <input
              id={id('at')}
              className="input"
              type="datetime-local"
              value={at}
              onChange={(e) => setAt(e.target.value)}
            />
            {errors.at && <span className="field-error">{errors.at}</span>}
          </div>
        </div>

        <div className="field">
          <span className="label" id={id('dur-label')}>
            Duration
          </span>
          <div className="row call-duration" role="group" aria-labelledby={id('dur-label')}>
            <CallTimer baseSec={baseSec} startedAt={startedAt} />
            {running ? (
              <button type="button" className="btn" onClick={stop}>
                ■ Stop timer
              </button>
            ) : (
              <button type="button" className="btn" onClick={start} autoFocus={Boolean(request.clientId)}>
                ▶ {baseSec > 0 ? 'Resume timer' : 'Start timer'}
              </button>
            )}
            <span className="subtle">or</span>
            <input
              id={id('minutes')}
              className="input"
              style={{ width: 90 }}
              inputMode="decimal"
              aria-label="Minutes"
              placeholder="min"
              value={running ? '' : minutes}
              disabled={running}
              onChange={(e) => {
                setMinutes(e.target.value);
                setBaseSec(0);
              }}
            />
            <span className="subtle">minutes</span>
          </div>
          {errors.durationSec && <span className="field-error">{errors.durationSec}</span>}
        </div>

        <div className="grid-2">
          <div className="field">
            <label htmlFor={id('purpose')}>Purpose</label>
            <select
              id={id('purpose')}
              className="input"
              value={purpose}
              onChange={(e) => setPurpose(e.target.value as CallPurpose)}
            >
              {CALL_PURPOSES.map((p) => (
                <option key={p} value={p}>
                  {CALL_PURPOSE_LABELS[p]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id('referral')}>About a referral</label>
            <select
              id={id('referral')}
              className="input"
              value={referralId}
              onChange={(e) => setReferralId(e.target.value)}
            >
              <option value="">None</option>
              {context.referrals.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.leadClientId === clientId ? 'How they came: ' : ''}
                  {r.lead.name} ({REFERRAL_STATUS_LABELS[r.status].toLowerCase()})
                </option>
              ))}
            </select>
          </div>
        </div>

        {clientId && (
          <div className="field">
            <label htmlFor={id('completes')}>Completes a planned call</label>
            <select
              id={id('completes')}
              className="input"
              value={touchpointId}
              onChange={(e) => {
                setTouchpointId(e.target.value);
              }}
            >
              <option value="">
                {context.touchpoints.length ? 'No, just log it' : 'Nothing planned for this client'}
              </option>
              {context.touchpoints.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title} · due {formatShortDay(t.due)}
                </option>
              ))}
            </select>
          </div>
        )}

        <div className="field">
          <label htmlFor={id('outcome')}>Outcome</label>
          <input
            id={id('outcome')}
            className="input"
            value={outcome}
            placeholder="How it went, in a line"
            onChange={(e) => setOutcome(e.target.value)}
          />
          {errors.outcome && <span className="field-error">{errors.outcome}</span>}
        </div>

        <div className="field">
          <label htmlFor={id('next')}>Next step</label>
          <input
            id={id('next')}
            className="input"
            value={nextStep}
            placeholder="e.g. Send the proposal"
            onChange={(e) => setNextStep(e.target.value)}
          />
          {errors.nextStep && <span className="field-error">{errors.nextStep}</span>}
          <div className="row" style={{ marginTop: 4 }}>
            <label className="check">
              <input type="checkbox" checked={planNext} onChange={(e) => setPlanNext(e.target.checked)} />{' '}
              Plan it as a touchpoint
            </label>
            {planNext && (
              <>
                <input
                  className="input"
                  style={{ width: 160 }}
                  type="date"
                  aria-label="Next step due"
                  value={nextDue}
                  onChange={(e) => setNextDue(e.target.value)}
                />
                <select
                  className="input"
                  style={{ width: 120 }}
                  aria-label="Next step by"
                  value={nextChannel}
                  onChange={(e) => setNextChannel(e.target.value as Channel)}
                >
                  {CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {CHANNEL_LABEL[c]}
                    </option>
                  ))}
                </select>
              </>
            )}
          </div>
          {errors.nextStepDue && <span className="field-error">{errors.nextStepDue}</span>}
        </div>

        <div className="field">
          <label htmlFor={id('notes')}>Notes</label>
          <textarea
            id={id('notes')}
            className="input"
            rows={3}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
          {errors.notes && <span className="field-error">{errors.notes}</span>}
        </div>

        <CallGiftIdeaField
          id={id('gift-idea')}
          value={giftIdea}
          onChange={setGiftIdea}
          error={errors.giftIdea}
        />
      </form>
    </Dialog>
  );
}

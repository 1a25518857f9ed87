/**
 * Log a referral (or edit one): who referred whom, when and how, and whether the referrer took
 * action to introduce them. Nothing is saved until every field is valid; a failed save keeps
 * everything typed.
 */
import { useId, useState } from 'react';
import { displayName } from '../../../shared/clients/search';
import type { FieldErrors } from '../../../shared/domain/errors';
import { INTRO_METHODS, type IntroMethod, type Referral } from '../../../shared/domain/schemas';
import { INTRO_METHOD_LABELS } from '../../../shared/referrals';
import { createReferral, updateReferral, type ReferralInput } from '../../data/referrals';
import { Dialog } from '../../ui/Dialog';
import { useToday } from '../../ui/useToday';
import { ClientPicker } from '../calls/ClientPicker';
import { useClients } from '../clients/useClients';
import { useSettings } from '../settings/useSettings';
import { formatMoney, parseMoney } from '../../ui/money';

interface Props {
  referral?: Referral;
  /** Pre-chosen referrer (logging from a client's page). */
  referrerId?: string;
  onClose: () => void;
  onSaved: (referral: Referral) => void;
}

export function ReferralFormDialog({ referral, referrerId, onClose, onSaved }: Props) {
  const uid = useId();
  const today = useToday();
  const { data: clients } = useClients();
  const { data: settings } = useSettings();
  const [form, setForm] = useState({
    referrerId: referral?.referrerId ?? referrerId ?? '',
    name: referral?.lead.name ?? '',
    email: referral?.lead.email ?? '',
    phone: referral?.lead.phone ?? '',
    date: (referral?.date ?? today) as string,
    introMethod: referral?.introMethod ?? ('email' as IntroMethod),
    tookAction: referral?.referrerTookAction ?? false,
    notes: referral?.notes ?? '',
    value: referral?.value === undefined ? '' : String(referral.value),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const referrer = clients.find((c) => c.id === form.referrerId);
  const referrerFirst = referrer?.firstName ?? 'The referrer';

  async function save() {
    const input: ReferralInput = {
      referrerId: form.referrerId,
      lead: { name: form.name, email: form.email, phone: form.phone },
      date: form.date,
      introMethod: form.introMethod,
      referrerTookAction: form.tookAction,
      notes: form.notes,
    };
    if (referral) {
      const v = parseMoney(form.value);
      if (form.value.trim() && v === undefined)
        return setErrors({ value: 'Enter the value as a number, e.g. 4800' });
      input.value = v;
    }
    setSaving(true);
    try {
      const r = referral ? await updateReferral(referral.id, input) : await createReferral(input);
      if (!r.ok) return setErrors(r.errors);
      onSaved(r.value);
    } finally {
      setSaving(false);
    }
  }

  const field = (k: string) => `${uid}-${k}`;
  const err = (k: string) =>
    errors[k] ? (
      <span className="field-error" role="alert">
        {errors[k]}
      </span>
    ) : null;
  const errorCount = Object.keys(errors).length;

  return (
    <Dialog
      title={referral ? `Edit the referral of ${referral.lead.name}` : 'New referral'}
      onClose={onClose}
      width={680}
      footer={
        <>
          {errorCount > 0 && (
            <span className="field-error" style={{ marginRight: 'auto' }}>
              {errorCount === 1 ? 'One field needs a look.' : `${errorCount} fields need a look.`} Nothing was
              saved yet.
            </span>
          )}
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={field('form')} className="btn primary" disabled={saving}>
            {referral ? 'Save changes' : 'Log referral'} <kbd>Ctrl+Enter</kbd>
          </button>
        </>
      }
    >
      <form
        id={field('form')}
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
        <ClientPicker
          label="Referred by"
          value={form.referrerId}
          onChange={(v) => set('referrerId', v)}
          error={errors.referrerId}
          exclude={referral?.leadClientId}
          hint="Anyone in your client book: referrals come from people you know, not only from buyers."
          autoFocus={!referral && !referrerId}
        />
        <fieldset>
          <legend>The person referred</legend>
          <div className="grid-3">
            <div className="field">
              <label htmlFor={field('name')}>Name *</label>
              <input
                id={field('name')}
                className="input"
                value={form.name}
                autoComplete="off"
                autoFocus={Boolean(referrerId) && !referral}
                aria-invalid={errors['lead.name'] ? true : undefined}
                onChange={(e) => set('name', e.target.value)}
              />
              {err('lead.name')}
            </div>
            <div className="field">
              <label htmlFor={field('email')}>Email</label>
              <input
                id={field('email')}
                className="input"
                type="email"
                autoComplete="off"
                value={form.email}
                aria-invalid={errors['lead.email'] ? true : undefined}
                onChange={(e) => set('email', e.target.value)}
              />
              {err('lead.email')}
            </div>
            <div className="field">
              <label htmlFor={field('phone')}>Phone</label>
              <input
                id={field('phone')}
                className="input"
                type="tel"
                value={form.phone}
                onChange={(e) => set('phone', e.target.value)}
              />
              {err('lead.phone')}
            </div>
          </div>
        </fieldset>
        <div className="grid-2">
          <div className="field">
            <label htmlFor={field('date')}>Referral date</label>
            <input
              id={field('date')}
              className="input"
              type="date"
              value={form.date}
              aria-invalid={errors.date ? true : undefined}
              onChange={(e) => set('date', e.target.value)}
            />
            {err('date')}
          </div>
          <div className="field">
            <label htmlFor={field('intro')}>How the introduction happened</label>
            <select
              id={field('intro')}
              className="input"
              value={form.introMethod}
              onChange={(e) => set('introMethod', e.target.value as IntroMethod)}
            >
              {INTRO_METHODS.map((m) => (
                <option key={m} value={m}>
                  {INTRO_METHOD_LABELS[m]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="took-action">
          <label className="check">
            <input
              type="checkbox"
              checked={form.tookAction}
              aria-describedby={field('action-hint')}
              onChange={(e) => set('tookAction', e.target.checked)}
            />
            <strong>{referrer ? displayName(referrer) : referrerFirst} took action to introduce them</strong>
          </label>
          <span className="field-hint" id={field('action-hint')}>
            Ask for an action, not a contact: the referrer called or emailed the person and confirmed it.
          </span>
        </div>
        {referral && (
          <div className="field" style={{ maxWidth: 260 }}>
            <label htmlFor={field('value')}>Value of the sale ({settings.giftBudget.currency})</label>
            <input
              id={field('value')}
              className="input"
              inputMode="decimal"
              value={form.value}
              onChange={(e) => set('value', e.target.value)}
            />
            {err('value') ??
              (parseMoney(form.value) !== undefined && (
                <span className="field-hint">
                  {formatMoney(parseMoney(form.value) ?? 0, settings.giftBudget.currency)}
                </span>
              ))}
          </div>
        )}
        <div className="field">
          <label htmlFor={field('notes')}>Notes</label>
          <textarea
            id={field('notes')}
            className="input"
            rows={3}
            value={form.notes}
            onChange={(e) => set('notes', e.target.value)}
          />
          {err('notes')}
        </div>
      </form>
    </Dialog>
  );
}

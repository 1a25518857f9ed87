/**
 * Add or edit a client. Validation is field by field in plain words; nothing is saved until
 * every field is valid, and a failed save keeps everything the user typed.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { clientToForm, emptyClientForm, formToInput, type ClientForm } from '../../../shared/clients/form';
import { displayName } from '../../../shared/clients/search';
import type { FieldErrors } from '../../../shared/domain/errors';
import { ACQUISITION_CHANNELS, JOURNEY_STATUSES, type Client } from '../../../shared/domain/schemas';
import { createClient, newId, updateClient } from '../../data/clients';
import { monthNames } from '../../ui/format';
import { Dialog } from '../../ui/Dialog';
import { useCountries, useRegions } from './useCountries';
import { HolidayPicker } from '../plan/HolidayPicker';
import { useHolidayChoices } from '../plan/useHolidayChoices';

interface Props {
  client?: Client;
  allClients: Client[];
  defaults?: { country?: string; region?: string; holidays?: string[] };
  onClose: () => void;
  onSaved: (client: Client) => void;
}

function Field({
  label,
  error,
  hint,
  children,
  id,
}: {
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
  id: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : hint ? (
        <span className="field-hint">{hint}</span>
      ) : null}
    </div>
  );
}

export function ClientFormDialog({ client, allClients, defaults, onClose, onSaved }: Props) {
  const [initial] = useState<ClientForm>(() => (client ? clientToForm(client) : emptyClientForm(defaults)));
  const [form, setForm] = useState<ClientForm>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const uid = useId();
  const countries = useCountries();
  const regions = useRegions(form.country || undefined);
  const months = monthNames();
  const holidayChoices = useHolidayChoices(form.country || undefined, form.region || undefined);
  const first = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => first.current?.focus(), []);

  const set = <K extends keyof ClientForm>(key: K, value: ClientForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const input = (key: keyof ClientForm, errKey: string = key, props: Record<string, unknown> = {}) => ({
    id: `${uid}-${key}`,
    className: 'input',
    value: form[key] as string,
    'aria-invalid': errors[errKey] ? true : undefined,
    'aria-describedby': errors[errKey] ? `${uid}-${key}-error` : undefined,
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
    ...props,
  });

  async function save() {
    setSaving(true);
    try {
      const payload = formToInput(form);
      const result = client ? await updateClient(client.id, payload) : await createClient(payload);
      if (!result.ok) {
        setErrors(result.errors);
        // Bring the first problem into view so the user sees what to fix.
        requestAnimationFrame(() => {
          formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        });
        return;
      }
      onSaved(result.value);
    } finally {
      setSaving(false);
    }
  }

  const err = (k: string) => errors[k];
  const errorCount = Object.keys(errors).length;
  const others = allClients.filter((c) => c.id !== client?.id);

  return (
    <Dialog
      title={client ? `Edit ${displayName(client)}` : 'New client'}
      onClose={onClose}
      dirty={JSON.stringify(form) !== JSON.stringify(initial)}
      footer={
        <>
          {errorCount > 0 && (
            <span className="field-error" style={{ marginRight: 'auto' }} data-testid="form-error-summary">
              {errorCount === 1 ? 'One field needs a look.' : `${errorCount} fields need a look.`} Nothing was saved yet.
            </span>
          )}
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={`${uid}-form`} className="btn primary" disabled={saving}>
            {client ? 'Save changes' : 'Add client'} <kbd>Ctrl+Enter</kbd>
          </button>
        </>
      }
    >
      <form
        id={`${uid}-form`}
        ref={formRef}
        className="stack"
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
        <fieldset>
          <legend>Name</legend>
          <div className="grid-3">
            <Field id={`${uid}-firstName`} label="First name *" error={err('firstName')}>
              <input {...input('firstName')} ref={first} autoComplete="off" />
            </Field>
            <Field id={`${uid}-lastName`} label="Last name" error={err('lastName')}>
              <input {...input('lastName')} autoComplete="off" />
            </Field>
            <Field
              id={`${uid}-salutation`}
              label="Salutation on cards"
              error={err('salutation')}
              hint={`Empty: "Dear ${form.firstName.trim() || 'first name'}"`}
            >
              <input {...input('salutation')} placeholder="Dear Dr. Okafor" />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>Contact</legend>
          <div className="grid-3">
            <Field id={`${uid}-email`} label="Email" error={err('email')}>
              <input {...input('email')} type="email" autoComplete="off" />
            </Field>
            <Field id={`${uid}-phone`} label="Phone" error={err('phone')}>
              <input {...input('phone')} type="tel" />
            </Field>
            <Field id={`${uid}-company`} label="Company" error={err('company')}>
              <input {...input('company')} />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>Postal address (for envelopes)</legend>
          <div className="grid-2">
            <Field id={`${uid}-addressLines`} label="Street (one line each)" error={err('address.lines')}>
              <textarea {...input('addressLines', 'address.lines')} rows={2} />
            </Field>
            <div className="grid-2">
              <Field id={`${uid}-postalCode`} label="Postal code" error={err('address.postalCode')}>
                <input {...input('postalCode', 'address.postalCode')} />
              </Field>
              <Field id={`${uid}-city`} label="City" error={err('address.city')}>
                <input {...input('city', 'address.city')} />
              </Field>
              <Field id={`${uid}-addressRegion`} label="State / region" error={err('address.region')}>
                <input {...input('addressRegion', 'address.region')} />
              </Field>
              <Field id={`${uid}-addressCountry`} label="Country (on the envelope)" error={err('address.country')}>
                <input {...input('addressCountry', 'address.country')} />
              </Field>
            </div>
          </div>
        </fieldset>

        <fieldset>
          <legend>Dates</legend>
          <div className="grid-3">
            <div className="field">
              <span className="label" id={`${uid}-bday-label`}>
                Birthday (year optional)
              </span>
              <div className="row nowrap" role="group" aria-labelledby={`${uid}-bday-label`}>
                <select
                  {...input('birthMonth', 'birthday.month')}
                  aria-label="Birthday month"
                  style={{ width: 'auto', flex: 3, minWidth: 120 }}
                >
                  <option value="">Month</option>
                  {months.map((m, i) => (
                    <option key={m} value={String(i + 1)}>
                      {m}
                    </option>
                  ))}
                </select>
                <input
                  {...input('birthDay', 'birthday.day')}
                  aria-label="Birthday day"
                  placeholder="Day"
                  inputMode="numeric"
                  style={{ width: 'auto', flex: 1 }}
                />
                <input
                  {...input('birthYear', 'birthday.year')}
                  aria-label="Birthday year"
                  placeholder="Year"
                  inputMode="numeric"
                  style={{ width: 'auto', flex: 1.2 }}
                />
              </div>
              {(err('birthday.month') || err('birthday.day') || err('birthday.year') || err('birthday')) && (
                <span className="field-error" role="alert">
                  {err('birthday.month') ?? err('birthday.day') ?? err('birthday.year') ?? err('birthday')}
                </span>
              )}
            </div>
            <Field id={`${uid}-journeyStart`} label="Journey starts" error={err('journey.start')}>
              <input {...input('journeyStart', 'journey.start')} type="date" />
            </Field>
            <Field id={`${uid}-journeyEnd`} label="Expected end" error={err('journey.expectedEnd')}>
              <input {...input('journeyEnd', 'journey.expectedEnd')} type="date" />
            </Field>
          </div>
          <div className="stack" style={{ gap: 8, marginTop: 10 }}>
            {form.importantDates.map((d, i) => {
              const upd = (patch: Partial<typeof d>) =>
                set(
                  'importantDates',
                  form.importantDates.map((x, j) => (j === i ? { ...x, ...patch } : x)),
                );
              const e =
                err(`importantDates.${i}.label`) ??
                err(`importantDates.${i}.date.month`) ??
                err(`importantDates.${i}.date.day`) ??
                err(`importantDates.${i}.date.year`);
              return (
                <div key={d.id} className="field">
                  <div className="row nowrap">
                    <input
                      className="input"
                      style={{ flex: 3, width: 'auto' }}
                      aria-label={`Important date ${i + 1} label`}
                      placeholder="Label, e.g. Wedding anniversary"
                      value={d.label}
                      aria-invalid={err(`importantDates.${i}.label`) ? true : undefined}
                      onChange={(ev) => upd({ label: ev.target.value })}
                    />
                    <select
                      className="input"
                      style={{ flex: 2, width: 'auto' }}
                      aria-label={`Important date ${i + 1} month`}
                      value={d.month}
                      onChange={(ev) => upd({ month: ev.target.value })}
                    >
                      <option value="">Month</option>
                      {months.map((m, k) => (
                        <option key={m} value={String(k + 1)}>
                          {m}
                        </option>
                      ))}
                    </select>
                    <input
                      className="input"
                      style={{ flex: 1, width: 'auto' }}
                      aria-label={`Important date ${i + 1} day`}
                      placeholder="Day"
                      value={d.day}
                      onChange={(ev) => upd({ day: ev.target.value })}
                    />
                    <input
                      className="input"
                      style={{ flex: 1, width: 'auto' }}
                      aria-label={`Important date ${i + 1} year`}
                      placeholder="Year"
                      value={d.year}
                      onChange={(ev) => upd({ year: ev.target.value })}
                    />
                    <button
                      type="button"
                      className="btn small"
                      onClick={() =>
                        set(
                          'importantDates',
                          form.importantDates.filter((_, j) => j !== i),
                        )
                      }
                    >
                      Remove
                    </button>
                  </div>
                  {e && (
                    <span className="field-error" role="alert">
                      {e}
                    </span>
                  )}
                </div>
              );
            })}
            <div>
              <button
                type="button"
                className="btn small"
                onClick={() =>
                  set('importantDates', [
                    ...form.importantDates,
                    { id: newId(), label: '', month: '', day: '', year: '' },
                  ])
                }
              >
                + Add an important date
              </button>
            </div>
          </div>
        </fieldset>

        <fieldset>
          <legend>Journey and relationship</legend>
          <div className="grid-3">
            <Field id={`${uid}-status`} label="Status" error={err('journey.status')}>
              <select {...input('status', 'journey.status')}>
                {JOURNEY_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s[0]?.toUpperCase() + s.slice(1)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`${uid}-preferredChannel`} label="Prefers" error={err('preferredChannel')}>
              <select {...input('preferredChannel')}>
                <option value="">No preference</option>
                <option value="card">Card</option>
                <option value="call">Call</option>
                <option value="email">Email</option>
              </select>
            </Field>
            <Field id={`${uid}-sourceKind`} label="How they came" error={err('source')}>
              <select {...input('sourceKind', 'source')}>
                <option value="">Not recorded</option>
                <option value="referral">Referred by a client</option>
                <option value="channel">A channel</option>
              </select>
            </Field>
            {form.sourceKind === 'referral' && (
              <Field id={`${uid}-referredBy`} label="Referred by" error={err('source.referredByClientId')}>
                <select {...input('referredBy', 'source.referredByClientId')}>
                  <option value="">Choose a client…</option>
                  {others.map((c) => (
                    <option key={c.id} value={c.id}>
                      {displayName(c)}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            {form.sourceKind === 'channel' && (
              <Field id={`${uid}-channel`} label="Channel" error={err('source.channel')}>
                <input {...input('channel', 'source.channel')} list={`${uid}-channels`} />
                <datalist id={`${uid}-channels`}>
                  {ACQUISITION_CHANNELS.map((c) => (
                    <option key={c} value={c} />
                  ))}
                </datalist>
              </Field>
            )}
          </div>
        </fieldset>

        <fieldset>
          <legend>Holidays</legend>
          <div className="grid-2">
            <Field
              id={`${uid}-country`}
              label="Country (for holidays)"
              error={err('country')}
              hint="Gives the holidays this client observes."
            >
              <select {...input('country')} onChange={(e) => setForm((f) => ({ ...f, country: e.target.value, region: '' }))}>
                <option value="">—</option>
                {form.country && !countries.some((c) => c.code === form.country) && (
                  <option value={form.country}>{form.country}</option>
                )}
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`${uid}-region`} label="Region (for holidays)" error={err('region')}>
              <select {...input('region')} disabled={!regions.length && !form.region}>
                <option value="">{regions.length ? 'Whole country' : '—'}</option>
                {form.region && !regions.some((r) => r.code === form.region) && (
                  <option value={form.region}>{form.region}</option>
                )}
                {regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="stack" style={{ gap: 8, marginTop: 10 }}>
            <label className="row" style={{ gap: 6 }}>
              <input
                type="checkbox"
                checked={form.defaultHolidays}
                onChange={(e) =>
                  setForm((f) => ({
                    ...f,
                    defaultHolidays: e.target.checked,
                    holidays: e.target.checked || f.holidays.length ? f.holidays : [...(defaults?.holidays ?? [])],
                  }))
                }
              />
              Greet the holidays I chose in Settings
            </label>
            {!form.defaultHolidays && (
              <HolidayPicker
                label="Holidays greeted for this client"
                choices={holidayChoices}
                selected={form.holidays}
                onChange={(ids) => set('holidays', ids)}
              />
            )}
            {err('holidays') && <span className="field-error">{err('holidays')}</span>}
          </div>
        </fieldset>

        <fieldset>
          <legend>Notes</legend>
          <div className="grid-2">
            <Field
              id={`${uid}-tags`}
              label="Tags (comma separated)"
              error={err('tags') ?? Object.entries(errors).find(([k]) => k.startsWith('tags.'))?.[1]}
            >
              <input {...input('tags')} placeholder="vip, coaching" />
            </Field>
            <Field id={`${uid}-notes`} label="Notes" error={err('notes')}>
              <textarea {...input('notes')} rows={3} />
            </Field>
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}

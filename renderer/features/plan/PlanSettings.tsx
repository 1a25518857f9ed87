/**
 * The plan: each rule with its lead time and an on/off switch, the holidays greeted by default,
 * and how far ahead to plan. Saving re-plans every client in the background.
 */
import { useState } from 'react';
import type { FieldErrors } from '../../../shared/domain/errors';
import type { PlanRules, Settings } from '../../../shared/domain/settings';
import { ensurePlanned } from '../../data/planner';
import { updateSettings } from '../../data/settings';
import { useToast } from '../../app/Toasts';
import { HolidayPicker } from './HolidayPicker';
import { useHolidayChoices } from './useHolidayChoices';

type RuleKey = Exclude<keyof PlanRules, 'defaultHolidays' | 'horizonMonths'>;

const RULES: { key: RuleKey; label: string; unit: string }[] = [
  { key: 'welcome', label: 'Welcome card', unit: 'days after the journey starts' },
  { key: 'checkIn', label: 'Check-in call', unit: 'days after the journey starts' },
  { key: 'birthday', label: 'Birthday greeting', unit: 'days before the birthday' },
  { key: 'holidays', label: 'Holiday greetings', unit: 'days before the holiday' },
  { key: 'importantDates', label: 'Important dates', unit: 'days before the date' },
  { key: 'endOfJourneyGift', label: 'End-of-journey gift', unit: 'days after the expected end' },
  { key: 'testimonial', label: 'Testimonial request', unit: 'days after the journey ends' },
  { key: 'keepInTouch', label: 'Keep in touch (call)', unit: 'days without any touch' },
];

export function PlanSettings({ settings }: { settings: Settings }) {
  const [plan, setPlan] = useState<PlanRules>(settings.plan);
  const [errors, setErrors] = useState<FieldErrors>({});
  const choices = useHolidayChoices(settings.country, settings.region);
  const toast = useToast();
  const setRule = (k: RuleKey, patch: Partial<PlanRules[RuleKey]>) => setPlan((p) => ({ ...p, [k]: { ...p[k], ...patch } }));

  const save = async () => {
    const r = await updateSettings({ plan });
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    toast.show('Plan saved. Re-planning every client…');
    await ensurePlanned();
    toast.show('Every client is planned with the new rules.');
  };

  return (
    <section className="card stack" aria-labelledby="plan-h">
      <h2 id="plan-h">Plan</h2>
      <p className="subtle" style={{ margin: 0 }}>
        Touchpoint plans these for every active client, {plan.horizonMonths} {plan.horizonMonths === 1 ? 'month' : 'months'} ahead. Changes keep what you have
        done, skipped or changed by hand.
      </p>
      <table className="rules">
        <tbody>
          {RULES.map(({ key, label, unit }) => (
            <tr key={key}>
              <td>
                <label className="row" style={{ gap: 8 }}>
                  <input
                    type="checkbox"
                    checked={plan[key].enabled}
                    onChange={(e) => setRule(key, { enabled: e.target.checked })}
                    aria-label={`${label} on`}
                  />
                  {label}
                </label>
              </td>
              <td>
                <input
                  className="input"
                  style={{ width: 80 }}
                  type="number"
                  min={0}
                  max={365}
                  aria-label={`${label}: ${unit}`}
                  value={plan[key].days}
                  disabled={!plan[key].enabled}
                  aria-invalid={errors[`plan.${key}.days`] ? true : undefined}
                  onChange={(e) => setRule(key, { days: e.target.value === '' ? 0 : Number(e.target.value) })}
                />
              </td>
              <td className="subtle">
                {unit}
                {errors[`plan.${key}.days`] && <div className="field-error">{errors[`plan.${key}.days`]}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="field" style={{ maxWidth: 260 }}>
        <label htmlFor="plan-horizon">Plan ahead (months)</label>
        <input
          id="plan-horizon"
          className="input"
          type="number"
          min={1}
          max={24}
          value={plan.horizonMonths}
          onChange={(e) => setPlan({ ...plan, horizonMonths: Number(e.target.value) || 1 })}
        />
        {errors['plan.horizonMonths'] && <span className="field-error">{errors['plan.horizonMonths']}</span>}
      </div>
      <div className="field">
        <span className="label">Holidays greeted by default (each client can change this)</span>
        <HolidayPicker
          label="Default holidays"
          choices={choices}
          selected={plan.defaultHolidays}
          onChange={(ids) => setPlan({ ...plan, defaultHolidays: ids })}
        />
      </div>
      <div>
        <button type="button" className="btn primary" onClick={() => void save()}>
          Save plan
        </button>
      </div>
    </section>
  );
}

/**
 * Settings → Gifts: the yearly gift budget and its currency (also the currency of referral
 * values), with this year's spending by month and by client.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { displayName } from '../../../shared/clients/search';
import type { Settings } from '../../../shared/domain/settings';
import { saveSettings } from '../../data/settings';
import { useRoute } from '../../app/router';
import { useToast } from '../../app/Toasts';
import { monthNames } from '../../ui/format';
import { useClients } from '../clients/useClients';
import { GiftBudgetLine } from './GiftBudgetLine';
import { costText, formatMoney, parseCost } from '../../ui/money';
import { useGiftBudget } from './useGifts';

function currencyCodes(): string[] {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return ['AUD', 'CAD', 'CHF', 'CNY', 'EUR', 'GBP', 'JPY', 'SEK', 'USD'];
  }
}

export function GiftSettingsSection({ settings }: { settings: Settings }) {
  const [yearly, setYearly] = useState(costText(settings.giftBudget.yearly || undefined));
  const [currency, setCurrency] = useState(settings.giftBudget.currency);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { data: budget } = useGiftBudget();
  const { data: clients } = useClients();
  const toast = useToast();
  const codes = useMemo(() => currencyCodes(), []);
  const names = useMemo(() => new Map(clients.map((c) => [c.id, displayName(c)])), [clients]);
  const section = useRef<HTMLElement>(null);
  const wanted = useRoute().query.get('section') === 'gifts';

  // "Set a yearly gift budget" links here (#/settings?section=gifts).
  useEffect(() => {
    if (wanted) section.current?.scrollIntoView({ block: 'start' });
  }, [wanted]);

  const save = async () => {
    const amount = parseCost(yearly) ?? 0;
    const code = currency.trim().toUpperCase();
    const errs: Record<string, string> = {};
    if (Number.isNaN(amount) || amount < 0)
      errs.yearly = 'Enter the yearly budget as a number, e.g. 500 (0 for none)';
    if (!/^[A-Z]{3}$/.test(code)) errs.currency = 'Use a three-letter currency code such as EUR, USD or JPY';
    if (Object.keys(errs).length) return setErrors(errs);
    const r = await saveSettings({ ...settings, giftBudget: { yearly: amount, currency: code } });
    if (!r.ok)
      return setErrors({
        yearly: r.errors['giftBudget.yearly'] ?? r.errors._ ?? 'Could not save the budget',
      });
    setErrors({});
    setCurrency(code);
    toast.show(
      amount > 0 ? `Gift budget saved: ${formatMoney(amount, code)} a year.` : 'Gift budget turned off.',
    );
  };

  const peak = budget ? Math.max(...budget.byMonth, 0) : 0;
  const months = monthNames();
  return (
    <section
      ref={section}
      className="card stack"
      aria-labelledby="gift-budget-h"
      id="settings-gifts"
      data-testid="settings-gifts"
    >
      <h2 id="gift-budget-h">Gifts</h2>
      <div className="grid-3">
        <div className="field">
          <label htmlFor="gift-yearly">Yearly gift budget</label>
          <input
            id="gift-yearly"
            className="input"
            inputMode="decimal"
            placeholder="0 = no budget"
            value={yearly}
            aria-invalid={errors.yearly ? true : undefined}
            onChange={(e) => setYearly(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save();
            }}
          />
          {errors.yearly && <span className="field-error">{errors.yearly}</span>}
        </div>
        <div className="field">
          <label htmlFor="gift-currency">Currency</label>
          <input
            id="gift-currency"
            className="input"
            list="gift-currency-codes"
            maxLength={3}
            value={currency}
            aria-invalid={errors.currency ? true : undefined}
            onChange={(e) => setCurrency(e.target.value.toUpperCase())}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save();
            }}
          />
          <datalist id="gift-currency-codes">
            {codes.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          {errors.currency ? (
            <span className="field-error">{errors.currency}</span>
          ) : (
            <span className="field-hint">Also used for referral values.</span>
          )}
        </div>
        <div className="field" style={{ justifyContent: 'flex-start' }}>
          <span className="label">&nbsp;</span>
          <div>
            <button type="button" className="btn primary" onClick={() => void save()}>
              Save budget
            </button>
          </div>
        </div>
      </div>
      {budget && (
        <>
          <GiftBudgetLine summary={budget} compact />
          {budget.givenCount > 0 && (
            <div className="gift-breakdown">
              <div>
                <h3>By month</h3>
                <ol className="gift-months" aria-label={`Gift spending by month in ${budget.year}`}>
                  {budget.byMonth.map((amount, i) => (
                    <li key={i} title={`${months[i]}: ${formatMoney(amount, budget.currency)}`}>
                      <span
                        className="gift-month-bar"
                        style={{ height: `${peak ? Math.round((amount / peak) * 100) : 0}%` }}
                      />
                      <span className="gift-month-label">{months[i]?.slice(0, 3)}</span>
                    </li>
                  ))}
                </ol>
              </div>
              <div>
                <h3>By client</h3>
                <ul className="gift-by-client">
                  {budget.byClient.slice(0, 8).map((c) => (
                    <li key={c.clientId}>
                      <span>{names.get(c.clientId) ?? 'Deleted client'}</span>
                      <span className="subtle">
                        {c.count} {c.count === 1 ? 'gift' : 'gifts'} · {formatMoney(c.spent, budget.currency)}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}

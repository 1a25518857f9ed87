/**
 * The fields of a gift or an idea, with two quiet warnings while typing: the client was given
 * something like this before, and what the cost does to this year's budget.
 */
import { useMemo } from 'react';
import { isIsoDate } from '../../../shared/domain/dates';
import type { FieldErrors } from '../../../shared/domain/errors';
import type { Gift } from '../../../shared/domain/schemas';
import { checkSpend, similarGivenBefore, type GiftBudgetSummary } from '../../../shared/gifts';
import { formatShortDay } from '../../ui/format';
import type { GiftDraft } from './giftDraft';
import { formatMoney, parseCost } from '../../ui/money';

interface Props {
  /** Prefix for element ids, unique per form on the page. */
  idPrefix: string;
  kind: Gift['type'];
  draft: GiftDraft;
  onChange: (draft: GiftDraft) => void;
  errors: FieldErrors;
  clientId: string;
  /** The client's gifts and ideas, to find look-alikes given before. */
  clientGifts: readonly Gift[];
  /** The gift being edited, left out of the look-alikes. */
  exceptId?: string;
  budget?: GiftBudgetSummary;
  autoFocus?: boolean;
}

export function GiftFields({
  idPrefix,
  kind,
  draft,
  onChange,
  errors,
  clientId,
  clientGifts,
  exceptId,
  budget,
  autoFocus,
}: Props) {
  const id = (k: string) => `${idPrefix}-${k}`;
  const set = (patch: Partial<GiftDraft>) => onChange({ ...draft, ...patch });
  const similar = useMemo(
    () => similarGivenBefore(draft.what, clientId, clientGifts, exceptId),
    [draft.what, clientId, clientGifts, exceptId],
  );
  const cost = parseCost(draft.cost);
  const spend =
    kind === 'given' &&
    budget?.hasBudget &&
    cost !== undefined &&
    !Number.isNaN(cost) &&
    isIsoDate(draft.date)
      ? checkSpend(budget, cost, draft.date)
      : undefined;
  const money = (n: number) => formatMoney(n, budget?.currency ?? 'USD');
  const given = kind === 'given';
  return (
    <div className="stack gift-fields" style={{ gap: 12 }}>
      <div className="field">
        <label htmlFor={id('what')}>{given ? 'What you gave *' : 'Gift idea *'}</label>
        <input
          id={id('what')}
          className="input"
          value={draft.what}
          placeholder={given ? 'e.g. Bottle of Barolo 2019' : 'e.g. Orchid: she mentioned her new windowsill'}
          aria-invalid={errors.what ? true : undefined}
          autoFocus={autoFocus}
          onChange={(e) => set({ what: e.target.value })}
        />
        {errors.what && <span className="field-error">{errors.what}</span>}
        {similar.length > 0 && (
          <div className="banner gift-similar" role="status" data-testid="gift-similar">
            <strong>Given before:</strong>{' '}
            {similar.slice(0, 3).map(({ gift }, i) => (
              <span key={gift.id}>
                {i > 0 ? '; ' : ''}“{gift.what}” on {formatShortDay(gift.date)}
                {gift.reception ? ` (${gift.reception})` : ''}
              </span>
            ))}
          </div>
        )}
      </div>
      <div className="grid-3">
        <div className="field">
          <label htmlFor={id('date')}>{given ? 'Given on' : 'Noted on'}</label>
          <input
            id={id('date')}
            className="input"
            type="date"
            value={draft.date}
            aria-invalid={errors.date ? true : undefined}
            onChange={(e) => set({ date: e.target.value })}
          />
          {errors.date && <span className="field-error">{errors.date}</span>}
        </div>
        <div className="field">
          <label htmlFor={id('occasion')}>Occasion</label>
          <input
            id={id('occasion')}
            className="input"
            value={draft.occasion}
            placeholder="e.g. End of journey"
            onChange={(e) => set({ occasion: e.target.value })}
          />
          {errors.occasion && <span className="field-error">{errors.occasion}</span>}
        </div>
        <div className="field">
          <label htmlFor={id('cost')}>
            {given ? 'Cost' : 'About'} ({budget?.currency ?? 'USD'})
          </label>
          <input
            id={id('cost')}
            className="input"
            inputMode="decimal"
            value={draft.cost}
            placeholder="0.00"
            aria-invalid={errors.cost ? true : undefined}
            onChange={(e) => set({ cost: e.target.value })}
          />
          {errors.cost && <span className="field-error">{errors.cost}</span>}
        </div>
      </div>
      {spend && (
        <div
          className={spend.overAfter ? 'field-error' : 'field-hint'}
          data-testid="gift-budget-after"
          role={spend.crossesBudget ? 'alert' : undefined}
        >
          {spend.overAfter
            ? `This gift puts the ${budget?.year} budget ${money(-spend.leftAfter)} over.`
            : `After this gift: ${money(spend.leftAfter)} left of the ${budget?.year} budget.`}
        </div>
      )}
      {given && (
        <div className="grid-2">
          <div className="field">
            <label htmlFor={id('where')}>Where bought</label>
            <input
              id={id('where')}
              className="input"
              value={draft.whereBought}
              onChange={(e) => set({ whereBought: e.target.value })}
            />
            {errors.whereBought && <span className="field-error">{errors.whereBought}</span>}
          </div>
          <div className="field">
            <label htmlFor={id('reception')}>How it was received</label>
            <input
              id={id('reception')}
              className="input"
              value={draft.reception}
              placeholder="e.g. Called to say thanks, loved it"
              onChange={(e) => set({ reception: e.target.value })}
            />
            {errors.reception && <span className="field-error">{errors.reception}</span>}
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor={id('notes')}>Notes</label>
        <textarea
          id={id('notes')}
          className="input"
          rows={2}
          value={draft.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
        {errors.notes && <span className="field-error">{errors.notes}</span>}
      </div>
    </div>
  );
}

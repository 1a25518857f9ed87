/** This year's gift budget in one line and a bar: spent, left or over, and a way to set one. */
import type { GiftBudgetSummary } from '../../../shared/gifts';
import { href } from '../../app/router';
import { formatMoney } from '../../ui/money';

export function GiftBudgetLine({
  summary,
  compact = false,
}: {
  summary: GiftBudgetSummary;
  compact?: boolean;
}) {
  const money = (n: number) => formatMoney(n, summary.currency);
  const uncosted =
    summary.uncosted > 0
      ? ` (${summary.uncosted} ${summary.uncosted === 1 ? 'gift has' : 'gifts have'} no cost noted)`
      : '';
  if (!summary.hasBudget)
    return (
      <div className="gift-budget" data-testid="gift-budget">
        <span>
          {money(summary.spent)} spent on gifts in {summary.year}
          {uncosted}.
        </span>{' '}
        {!compact && (
          <a className="subtle" href={href('settings?section=gifts')}>
            Set a yearly gift budget
          </a>
        )}
      </div>
    );
  const share = Math.min(1, summary.share ?? 0);
  return (
    <div className={`gift-budget${summary.over ? ' over' : ''}`} data-testid="gift-budget">
      <div className="gift-budget-text">
        <strong>{summary.year} gift budget:</strong> {money(summary.spent)} spent of {money(summary.yearly)} ·{' '}
        {summary.over ? (
          <strong className="gift-over" data-testid="gift-budget-left">
            {money(summary.overBy)} over
          </strong>
        ) : (
          <strong data-testid="gift-budget-left">{money(summary.left)} left</strong>
        )}
        {uncosted && <span className="subtle">{uncosted}</span>}
      </div>
      <div
        className="gift-meter"
        role="meter"
        aria-label={`${summary.year} gift budget used`}
        aria-valuemin={0}
        aria-valuemax={summary.yearly}
        aria-valuenow={summary.spent}
      >
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}

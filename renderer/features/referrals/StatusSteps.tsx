/** A referral's steps, new → won, each with the day it was reached; a click moves it there. */
import type { Referral, ReferralStatus } from '../../../shared/domain/schemas';
import { PIPELINE_STEPS, REFERRAL_STATUS_LABELS, pipelineRank, statusDate } from '../../../shared/referrals';
import { formatShortDay } from '../../ui/format';

export function StatusSteps({
  referral,
  onMove,
}: {
  referral: Referral;
  onMove: (status: ReferralStatus) => void;
}) {
  const rank = pipelineRank(referral.status);
  const lost = referral.status === 'lost';
  return (
    <div className="steps-wrap">
      <ol className="steps" aria-label="Status" data-testid="status-steps">
        {PIPELINE_STEPS.map((step, i) => {
          const day = statusDate(referral, step);
          const current = referral.status === step;
          // Reached: the step has a day. Passed without a day: the user skipped it (no tick, no date).
          const reached = current || day !== undefined;
          const passed = rank !== undefined ? i <= rank : day !== undefined;
          return (
            <li
              key={step}
              className={`step${reached ? ' reached' : ''}${passed ? ' passed' : ''}${current ? ' current' : ''}`}
            >
              <button
                type="button"
                aria-current={current ? 'step' : undefined}
                onClick={() => onMove(step)}
                title={
                  current
                    ? 'Current status'
                    : passed && !reached
                      ? 'Skipped'
                      : `Move to ${REFERRAL_STATUS_LABELS[step].toLowerCase()}`
                }
              >
                <span className="step-dot" aria-hidden>
                  {reached ? '✓' : passed ? '–' : i + 1}
                </span>
                <span className="step-label">{REFERRAL_STATUS_LABELS[step]}</span>
                <span className="step-date">{day ? formatShortDay(day) : passed ? 'skipped' : '—'}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <div className="row" style={{ justifyContent: 'flex-end' }}>
        {lost ? (
          <span className="chip lost" data-testid="lost-on">
            Lost {referral.statusDates.lost ? `on ${formatShortDay(referral.statusDates.lost)}` : ''}
          </span>
        ) : (
          <button type="button" className="btn small danger" onClick={() => onMove('lost')}>
            Mark lost
          </button>
        )}
      </div>
    </div>
  );
}

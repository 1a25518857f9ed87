/**
 * The referral report card for a chosen period. Each figure says what it counts, because
 * "conversion" means different things to different people (definitions in shared/referrals/metrics).
 */
import { useState, type ReactNode } from 'react';
import { displayName } from '../../../shared/clients/search';
import type { IsoDate } from '../../../shared/domain/dates';
import type { Client } from '../../../shared/domain/schemas';
import { presetPeriod } from './periods';
import type { ReportPeriod } from '../../../shared/referrals';
import { href } from '../../app/router';
import { formatShortDay } from '../../ui/format';
import { formatMoney, formatPercent } from '../../ui/money';
import { MonthlyChart } from './MonthlyChart';
import { PeriodPicker } from './PeriodPicker';
import { PipelineChart } from './PipelineChart';
import { useReportCard } from './useReferrals';

function Metric({
  id,
  label,
  value,
  sub,
  tone,
}: {
  id: string;
  label: string;
  value: ReactNode;
  sub?: ReactNode;
  tone?: 'warn';
}) {
  return (
    <div className={`metric${tone ? ` ${tone}` : ''}`} data-testid={`metric-${id}`}>
      <div className="metric-label">{label}</div>
      <div className="metric-value">{value}</div>
      {sub && <div className="metric-sub">{sub}</div>}
    </div>
  );
}

export function ReportCardView({
  today,
  clientsById,
  currency,
}: {
  today: IsoDate;
  clientsById: Map<string, Client>;
  currency: string;
}) {
  const [period, setPeriod] = useState<ReportPeriod | null>(() => presetPeriod('this-year', today));
  const { data: card, error } = useReportCard(period, today);
  const name = (id: string) => {
    const c = clientsById.get(id);
    return c ? (
      <a href={href(`clients/${id}`)}>{displayName(c)}</a>
    ) : (
      <span className="subtle">a removed client</span>
    );
  };

  return (
    <div className="stack" data-testid="report-card">
      <PeriodPicker
        today={today}
        onChange={setPeriod}
        range={card ? `${formatShortDay(card.period.from)} – ${formatShortDay(card.period.to)}` : undefined}
      />
      {error && <div className="banner error">{error}</div>}
      {!card ? (
        <p className="subtle">{period ? 'Loading…' : 'Choose a period.'}</p>
      ) : (
        <>
          <div className="metrics">
            <Metric
              id="received"
              label="Referrals received"
              value={card.receivedCount}
              sub={
                card.receivedCount
                  ? `${card.receivedOpenCount} open · ${card.receivedWonCount} won · ${card.receivedLostCount} lost`
                  : 'None in this period'
              }
            />
            <Metric
              id="introduced"
              label="Introduced by the referrer"
              value={formatPercent(card.referrerIntroducedShare)}
              sub={
                card.receivedCount
                  ? `${card.referrerIntroducedCount} of ${card.receivedCount} by the referrer's own action`
                  : undefined
              }
            />
            <Metric
              id="conversion"
              label="Conversion"
              value={formatPercent(card.conversionRateOfReceived)}
              sub={
                card.winRateOfClosed === null
                  ? 'Of the referrals received, how many were won'
                  : `Won of received · ${formatPercent(card.winRateOfClosed)} of those decided`
              }
            />
            <Metric
              id="revenue"
              label="Revenue from referrals"
              value={formatMoney(card.revenueWonInPeriod, currency)}
              sub={
                card.wonInPeriodWithoutValueCount
                  ? `${card.wonInPeriodCount} won · ${card.wonInPeriodWithoutValueCount} without a value`
                  : `${card.wonInPeriodCount} won in this period`
              }
            />
            <Metric
              id="median"
              label="Median time to win"
              value={
                card.medianDaysToWin === null
                  ? '—'
                  : `${card.medianDaysToWin} ${card.medianDaysToWin === 1 ? 'day' : 'days'}`
              }
              sub="From the referral to the signature"
            />
            <Metric
              id="overdue"
              label="Overdue now"
              tone={card.followUpsOverdue.length + card.rewardsOverdue.length > 0 ? 'warn' : undefined}
              value={`${card.followUpsOverdue.length} · ${card.rewardsOverdue.length}`}
              sub="Follow-ups · rewards (owed over 14 days)"
            />
          </div>
          <div className="grid-2 charts">
            <section className="card">
              <h2>Received and won per month</h2>
              <MonthlyChart monthly={card.monthly} />
            </section>
            <section className="card">
              <h2>Pipeline now</h2>
              <PipelineChart pipeline={card.pipelineByStatus} />
            </section>
          </div>
          <div className="grid-2">
            <section className="card" aria-labelledby="advocates-h">
              <h2 id="advocates-h">Top advocates</h2>
              {card.topAdvocates.length === 0 ? (
                <p className="subtle">Nobody referred anyone in this period yet.</p>
              ) : (
                <table className="table" data-testid="top-advocates">
                  <thead>
                    <tr>
                      <th>Who</th>
                      <th className="num">Referred</th>
                      <th className="num">Won</th>
                      <th className="num">Revenue</th>
                    </tr>
                  </thead>
                  <tbody>
                    {card.topAdvocates.map((a) => (
                      <tr key={a.clientId}>
                        <td>{name(a.clientId)}</td>
                        <td className="num">{a.referralsReceived}</td>
                        <td className="num">{a.wonInPeriod}</td>
                        <td className="num">{formatMoney(a.revenueInPeriod, currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section className="card" aria-labelledby="overdue-h">
              <h2 id="overdue-h">Overdue</h2>
              {card.followUpsOverdue.length === 0 && card.rewardsOverdue.length === 0 ? (
                <p className="subtle">Every referrer has been thanked and rewarded on time.</p>
              ) : (
                <ul className="plain-list">
                  {card.followUpsOverdue.map((t) => (
                    <li key={t.id}>
                      <span className="overdue-text">{formatShortDay(t.due)}</span> {t.title}
                    </li>
                  ))}
                  {card.rewardsOverdue.map((o) => (
                    <li key={`${o.clientId}:${o.key}`}>
                      <span className="overdue-text">{o.daysOwed} days</span> {o.description} for{' '}
                      {name(o.clientId)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}

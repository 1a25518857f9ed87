/** Referrals received and won per month of the period, as bars: the trend at a glance. */
import { format } from 'date-fns';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthlyReferralPoint } from '../../../shared/referrals';
import { displayLocale } from '../../ui/format';
import { useChartColors } from './useChartColors';

function monthLabel(month: string, withYear: boolean): string {
  const [y, m] = month.split('-').map(Number);
  return format(new Date(y ?? 2000, (m ?? 1) - 1, 1), withYear ? 'MMM yy' : 'MMM', {
    locale: displayLocale(),
  });
}

export function MonthlyChart({ monthly }: { monthly: MonthlyReferralPoint[] }) {
  const c = useChartColors();
  const years = new Set(monthly.map((p) => p.month.slice(0, 4)));
  const data = monthly.map((p) => ({ ...p, label: monthLabel(p.month, years.size > 1) }));
  return (
    <figure className="chart" aria-label="Referrals received and won per month">
      <BarChart
        responsive
        data={data}
        style={{ width: '100%', height: 240 }}
        margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
      >
        <CartesianGrid vertical={false} stroke={c.grid} />
        <XAxis
          dataKey="label"
          interval={monthly.length > 13 ? 'preserveStartEnd' : 0}
          tick={{ fill: c.muted, fontSize: 11 }}
          stroke={c.grid}
          tickLine={false}
        />
        <YAxis
          allowDecimals={false}
          tick={{ fill: c.muted, fontSize: 12 }}
          stroke={c.grid}
          tickLine={false}
        />
        <Tooltip
          cursor={{ fill: c.grid, opacity: 0.4 }}
          contentStyle={{
            background: c.surface,
            border: `1px solid ${c.grid}`,
            borderRadius: 8,
            color: c.text,
          }}
          labelStyle={{ color: c.text, fontWeight: 600 }}
          itemStyle={{ color: c.text }}
        />
        <Legend wrapperStyle={{ color: c.text, fontSize: 12 }} />
        <Bar
          dataKey="received"
          name="Received"
          fill={c.received}
          radius={[4, 4, 0, 0]}
          isAnimationActive={false}
        />
        <Bar dataKey="won" name="Won" fill={c.won} radius={[4, 4, 0, 0]} isAnimationActive={false} />
      </BarChart>
      <figcaption className="subtle">Received by referral date, won by the day they signed.</figcaption>
    </figure>
  );
}

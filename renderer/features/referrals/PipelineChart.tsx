/** Every referral by its current status: where the pipeline is full and where it leaks. */
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { REFERRAL_STATUSES, type ReferralStatus } from '../../../shared/domain/schemas';
import { REFERRAL_STATUS_LABELS } from '../../../shared/referrals';
import { useChartColors } from './useChartColors';

export function PipelineChart({ pipeline }: { pipeline: Record<ReferralStatus, number> }) {
  const c = useChartColors();
  const data = REFERRAL_STATUSES.map((s) => ({
    status: s,
    label: REFERRAL_STATUS_LABELS[s],
    count: pipeline[s],
  }));
  const color = (s: ReferralStatus) => (s === 'won' ? c.won : s === 'lost' ? c.lost : c.received);
  return (
    <figure className="chart" aria-label="Referrals by status, now">
      <BarChart
        responsive
        layout="vertical"
        data={data}
        style={{ width: '100%', height: 240 }}
        margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke={c.grid} />
        <XAxis
          type="number"
          allowDecimals={false}
          tick={{ fill: c.muted, fontSize: 12 }}
          stroke={c.grid}
          tickLine={false}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={80}
          tick={{ fill: c.text, fontSize: 12 }}
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
        <Bar dataKey="count" name="Referrals" radius={[0, 4, 4, 0]} isAnimationActive={false}>
          {data.map((d) => (
            <Cell
              key={d.status}
              fill={color(d.status)}
              opacity={
                d.status === 'won' || d.status === 'lost'
                  ? 1
                  : 0.55 + 0.1 * REFERRAL_STATUSES.indexOf(d.status)
              }
            />
          ))}
        </Bar>
      </BarChart>
      <figcaption className="subtle">All referrals by where they stand today.</figcaption>
    </figure>
  );
}

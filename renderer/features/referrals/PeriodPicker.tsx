/** Choose the report period: a preset counted from today, or two days. */
import { useState } from 'react';
import type { IsoDate } from '../../../shared/domain/dates';
import type { ReportPeriod } from '../../../shared/referrals';
import { PERIOD_LABELS, PERIOD_PRESETS, customPeriod, presetPeriod, type PeriodPreset } from './periods';

export function PeriodPicker({
  today,
  onChange,
  range,
}: {
  today: IsoDate;
  onChange: (p: ReportPeriod | null) => void;
  /** The period shown, as text. */
  range?: string;
}) {
  const [preset, setPreset] = useState<PeriodPreset>('this-year');
  const [from, setFrom] = useState<string>(presetPeriod('this-year', today).from);
  const [to, setTo] = useState<string>(today);
  const custom = preset === 'custom' ? customPeriod(from, to) : null;

  const choose = (p: PeriodPreset) => {
    setPreset(p);
    if (p === 'custom') {
      const c = customPeriod(from, to);
      onChange(typeof c === 'string' ? null : c);
    } else onChange(presetPeriod(p, today));
  };
  const setCustom = (f: string, t: string) => {
    setFrom(f);
    setTo(t);
    const c = customPeriod(f, t);
    onChange(typeof c === 'string' ? null : c);
  };

  return (
    <div className="toolbar period-picker" role="group" aria-label="Report period">
      <div className="segmented">
        {PERIOD_PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            className={`btn small${preset === p ? ' on' : ''}`}
            aria-pressed={preset === p}
            onClick={() => choose(p)}
          >
            {PERIOD_LABELS[p]}
          </button>
        ))}
      </div>
      {preset === 'custom' && (
        <>
          <input
            className="input"
            type="date"
            aria-label="Period from"
            style={{ width: 160 }}
            value={from}
            onChange={(e) => setCustom(e.target.value, to)}
          />
          <span className="subtle">to</span>
          <input
            className="input"
            type="date"
            aria-label="Period to"
            style={{ width: 160 }}
            value={to}
            onChange={(e) => setCustom(from, e.target.value)}
          />
          {typeof custom === 'string' && <span className="field-error">{custom}</span>}
        </>
      )}
      {range && (
        <span className="subtle period-range" data-testid="period-range">
          {range}
        </span>
      )}
    </div>
  );
}

/**
 * Settings → Referrals: how referrers are thanked (the channel of the first two follow-ups) and
 * the optional rewards program (a reward per won referral, bigger ones at counts).
 */
import { useState } from 'react';
import type { FieldErrors } from '../../../shared/domain/errors';
import { CHANNELS, type Channel } from '../../../shared/domain/schemas';
import type { Settings } from '../../../shared/domain/settings';
import { CHANNEL_LABEL } from '../../../shared/touchpoints/kinds';
import { savePreferredFollowUp } from '../../data/referrals';
import { saveRewardsProgram } from '../../data/rewards';
import { useToast } from '../../app/Toasts';

interface TierDraft {
  count: string;
  reward: string;
}

export function RewardsSettingsSection({ settings }: { settings: Settings }) {
  const toast = useToast();
  const [enabled, setEnabled] = useState(settings.rewards.enabled);
  const [perWon, setPerWon] = useState(settings.rewards.perWon);
  const [tiers, setTiers] = useState<TierDraft[]>(
    settings.rewards.tiers.map((t) => ({ count: String(t.count), reward: t.reward })),
  );
  const [channel, setChannel] = useState<Channel>(settings.preferredReferralFollowUp);
  const [errors, setErrors] = useState<FieldErrors>({});

  const save = async () => {
    const parsedTiers = tiers
      .filter((t) => t.count.trim() || t.reward.trim())
      .map((t) => ({ count: Number(t.count), reward: t.reward }));
    const r = await saveRewardsProgram({ enabled, perWon, tiers: parsedTiers });
    if (!r.ok) return setErrors(r.errors);
    if (channel !== settings.preferredReferralFollowUp) await savePreferredFollowUp(channel);
    setErrors({});
    toast.show('Referral settings saved.');
  };

  return (
    <section className="card stack" aria-labelledby="rewards-set-h" data-testid="rewards-settings">
      <h2 id="rewards-set-h">Referrals and rewards</h2>
      <div className="field" style={{ maxWidth: 320 }}>
        <label htmlFor="set-followup">Thank referrers by</label>
        <select
          id="set-followup"
          className="input"
          value={channel}
          onChange={(e) => setChannel(e.target.value as Channel)}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABEL[c]}
            </option>
          ))}
        </select>
        <span className="field-hint">
          For the thank-you the day after a referral and the status report after first contact.
        </span>
      </div>
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        <span>
          <strong>Rewards program</strong>
          <span className="field-hint" style={{ display: 'block' }}>
            The app shows rewards owed and given per client and reminds you of those owed.
          </span>
        </span>
      </label>
      <fieldset disabled={!enabled} className="stack" style={{ gap: 12 }}>
        <div className="field" style={{ maxWidth: 420 }}>
          <label htmlFor="set-perwon">For every won referral</label>
          <input
            id="set-perwon"
            className="input"
            placeholder="$25 gift card"
            value={perWon}
            onChange={(e) => setPerWon(e.target.value)}
          />
          {errors.perWon ? (
            <span className="field-error">{errors.perWon}</span>
          ) : (
            <span className="field-hint">Empty: no reward per referral.</span>
          )}
        </div>
        <div className="field">
          <span className="label">Bigger rewards at</span>
          <ul className="plain-list" style={{ gap: 6 }}>
            {tiers.map((t, i) => (
              <li key={i} className="row nowrap tier-row">
                <span className="subtle">At</span>
                <input
                  className="input"
                  style={{ width: 70 }}
                  inputMode="numeric"
                  aria-label={`Tier ${i + 1}: won referrals`}
                  value={t.count}
                  onChange={(e) =>
                    setTiers(tiers.map((x, j) => (j === i ? { ...x, count: e.target.value } : x)))
                  }
                />
                <span className="subtle">won referrals:</span>
                <input
                  className="input"
                  aria-label={`Tier ${i + 1}: reward`}
                  placeholder="Dinner for two"
                  value={t.reward}
                  onChange={(e) =>
                    setTiers(tiers.map((x, j) => (j === i ? { ...x, reward: e.target.value } : x)))
                  }
                />
                <button
                  type="button"
                  className="btn small"
                  aria-label={`Remove tier ${i + 1}`}
                  onClick={() => setTiers(tiers.filter((_, j) => j !== i))}
                >
                  ✕
                </button>
                {(errors[`tiers.${i}.count`] || errors[`tiers.${i}.reward`]) && (
                  <span className="field-error">
                    {errors[`tiers.${i}.count`] ? 'Use a whole number of 1 or more. ' : ''}
                    {errors[`tiers.${i}.reward`] ?? ''}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <div>
            <button
              type="button"
              className="btn small"
              onClick={() => setTiers([...tiers, { count: String(tiers.length ? 5 : 3), reward: '' }])}
            >
              + Add a tier
            </button>
          </div>
        </div>
      </fieldset>
      <div>
        <button type="button" className="btn primary" onClick={() => void save()}>
          Save
        </button>
      </div>
    </section>
  );
}

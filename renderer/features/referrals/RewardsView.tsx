/** Rewards owed and given, per referrer, with "Mark given" (undoable). */
import { displayName } from '../../../shared/clients/search';
import type { IsoDate } from '../../../shared/domain/dates';
import type { Client } from '../../../shared/domain/schemas';
import type { OwedReward } from '../../../shared/referrals';
import { markRewardGiven, undoRewardGiven } from '../../data/rewards';
import { href } from '../../app/router';
import { useToast } from '../../app/Toasts';
import { formatShortDay } from '../../ui/format';
import { useRewards } from './useReferrals';

interface Props {
  today: IsoDate;
  clientsById: Map<string, Client>;
  /** Only this referrer (on a client's page). */
  clientId?: string;
  compact?: boolean;
}

export function RewardsView({ today, clientsById, clientId, compact }: Props) {
  const { data } = useRewards(today);
  const toast = useToast();
  if (!data) return null;
  const name = (id: string) => {
    const c = clientsById.get(id);
    return c ? displayName(c) : 'a removed client';
  };
  const referrers = clientId ? data.referrers.filter((r) => r.clientId === clientId) : data.referrers;
  const owed = clientId ? data.owed.filter((o) => o.clientId === clientId) : data.owed;

  const give = async (o: OwedReward) => {
    const r = await markRewardGiven({
      clientId: o.clientId,
      key: o.key,
      description: o.description,
      givenOn: today,
    });
    if (!r.ok) return toast.show(Object.values(r.errors)[0] ?? 'Could not record the reward.');
    toast.show(`Given: ${o.description} to ${name(o.clientId)}.`, {
      label: 'Undo',
      run: () => undoRewardGiven(r.value.id),
    });
  };

  if (!data.program.enabled && referrers.every((r) => r.given.length === 0)) {
    return compact ? null : (
      <div className="card">
        <h2>Rewards</h2>
        <p className="subtle" style={{ margin: 0 }}>
          The rewards program is off. Define one (for example a gift card per won referral, and a bigger
          thank-you at 3) in <a href={href('settings')}>Settings → Referral rewards</a>.
        </p>
      </div>
    );
  }

  return (
    <div className="stack" style={{ gap: 12 }} data-testid="rewards">
      <section className={compact ? '' : 'card'} aria-labelledby={`owed-h-${clientId ?? 'all'}`}>
        <h2 id={`owed-h-${clientId ?? 'all'}`} className={compact ? 'h3' : undefined}>
          Rewards owed ({owed.length})
        </h2>
        {owed.length === 0 ? (
          <p className="subtle" style={{ margin: 0 }}>
            Nothing owed.
          </p>
        ) : (
          <ul className="plain-list" data-testid="owed-rewards">
            {owed.map((o) => (
              <li key={`${o.clientId}:${o.key}`} className="row" style={{ justifyContent: 'space-between' }}>
                <span>
                  <strong>{o.description}</strong>
                  {!clientId && (
                    <>
                      {' '}
                      for <a href={href(`clients/${o.clientId}`)}>{name(o.clientId)}</a>
                    </>
                  )}
                  <span className="subtle">
                    {' '}
                    · {o.kind === 'tier' ? `${o.tierCount} won referrals` : 'won referral'} · since{' '}
                    {formatShortDay(o.owedSince)}
                    {o.daysOwed > 0 ? ` (${o.daysOwed} ${o.daysOwed === 1 ? 'day' : 'days'})` : ''}
                  </span>
                </span>
                <button type="button" className="btn small primary" onClick={() => void give(o)}>
                  Mark given
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {!compact && referrers.length > 0 && (
        <section className="card" aria-labelledby="per-client-h">
          <h2 id="per-client-h">Per referrer</h2>
          <table className="table">
            <thead>
              <tr>
                <th>Referrer</th>
                <th className="num">Won referrals</th>
                <th className="num">Earned</th>
                <th className="num">Given</th>
                <th className="num">Owed</th>
              </tr>
            </thead>
            <tbody>
              {referrers.map((r) => (
                <tr key={r.clientId}>
                  <td>
                    <a href={href(`clients/${r.clientId}`)}>{name(r.clientId)}</a>
                  </td>
                  <td className="num">{r.wonCount}</td>
                  <td className="num">{r.earned.length}</td>
                  <td className="num">{r.given.length}</td>
                  <td className={`num${r.owed.length ? ' overdue-text' : ''}`}>{r.owed.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {referrers.some((r) => r.given.length) && (
        <section className={compact ? '' : 'card'}>
          <h2 className={compact ? 'h3' : undefined}>Given</h2>
          <ul className="plain-list">
            {referrers
              .flatMap((r) => r.given)
              .sort((a, b) => b.givenOn.localeCompare(a.givenOn))
              .map((g) => (
                <li key={g.id}>
                  <span className="subtle">{formatShortDay(g.givenOn)}</span> {g.description}
                  {!clientId && <> to {name(g.clientId)}</>}
                </li>
              ))}
          </ul>
        </section>
      )}
    </div>
  );
}

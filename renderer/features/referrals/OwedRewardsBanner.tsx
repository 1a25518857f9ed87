/** The reminder at the top of the Referrals screen: rewards earned and not handed over yet. */
import { displayName } from '../../../shared/clients/search';
import type { IsoDate } from '../../../shared/domain/dates';
import type { Client } from '../../../shared/domain/schemas';
import { href } from '../../app/router';
import { useRewards } from './useReferrals';

export function OwedRewardsBanner({
  today,
  clientsById,
}: {
  today: IsoDate;
  clientsById: Map<string, Client>;
}) {
  const { data } = useRewards(today);
  const oldest = data?.owed[0];
  if (!data || !oldest) return null;
  const c = clientsById.get(oldest.clientId);
  const n = data.owed.length;
  return (
    <div
      className="banner row"
      style={{ justifyContent: 'space-between' }}
      role="status"
      data-testid="owed-banner"
    >
      <span>
        <strong>{n === 1 ? '1 reward owed' : `${n} rewards owed`}.</strong> Oldest: {oldest.description} for{' '}
        {c ? displayName(c) : 'a removed client'}
        {oldest.daysOwed > 0
          ? `, ${oldest.daysOwed} ${oldest.daysOwed === 1 ? 'day' : 'days'}`
          : ', since today'}
        .
      </span>
      <a className="btn small" href={href('referrals/rewards')}>
        See rewards
      </a>
    </div>
  );
}

/** Clients who gave the green light in a testimonial check and have not been asked for referrals yet. */
import { displayName } from '../../../shared/clients/search';
import type { Client } from '../../../shared/domain/schemas';
import { markReferralAsked, unmarkReferralAsked } from '../../data/testimonials';
import { href } from '../../app/router';
import { useToast } from '../../app/Toasts';
import { formatShortDay } from '../../ui/format';
import { openCallLog } from '../calls/quickLog';
import { useGreenLights } from './useReferrals';

export function GreenLightList({ clientsById }: { clientsById: Map<string, Client> }) {
  const { data, isLoading } = useGreenLights();
  const toast = useToast();
  if (isLoading) return null;
  return (
    <section className="card" aria-labelledby="green-h" data-testid="green-lights">
      <h2 id="green-h">Ready to ask for referrals ({data.length})</h2>
      {data.length === 0 ? (
        <p className="subtle" style={{ margin: 0 }}>
          Nobody is waiting. A testimonial check with the green light puts a client here until you ask.
        </p>
      ) : (
        <ul className="plain-list">
          {data.map((g) => {
            const c = clientsById.get(g.clientId);
            const name = c ? displayName(c) : 'A client';
            return (
              <li key={g.checkId} className="row" style={{ justifyContent: 'space-between' }}>
                <span>
                  <a href={href(`clients/${g.clientId}`)}>{name}</a>
                  <span className="subtle">
                    {' '}
                    · green light on {formatShortDay(g.greenLightOn)}
                    {g.referralsSinceGreenLight > 0
                      ? ` · already referred ${g.referralsSinceGreenLight}`
                      : ''}
                  </span>
                </span>
                <span className="row">
                  <button
                    type="button"
                    className="btn small"
                    onClick={() => openCallLog({ clientId: g.clientId, purpose: 'referral-ask' })}
                  >
                    Log the ask call
                  </button>
                  <button
                    type="button"
                    className="btn small"
                    onClick={async () => {
                      await markReferralAsked(g.checkId);
                      toast.show(`Asked ${name} for referrals.`, {
                        label: 'Undo',
                        run: () => unmarkReferralAsked(g.checkId),
                      });
                    }}
                  >
                    Mark asked
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

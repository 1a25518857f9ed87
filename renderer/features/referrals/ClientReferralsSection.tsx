/**
 * On a client's page: their place in the referral tree (who referred them, whom they referred),
 * the rewards they earned, and a button to log a new referral from them.
 */
import { useMemo, useState } from 'react';
import type { Client } from '../../../shared/domain/schemas';
import { referralTree } from '../../../shared/referrals';
import { useToast } from '../../app/Toasts';
import { useToday } from '../../ui/useToday';
import { useClients } from '../clients/useClients';
import { ReferralDetailDialog } from './ReferralDetailDialog';
import { ReferralFormDialog } from './ReferralFormDialog';
import { ReferralTreeView } from './ReferralTreeView';
import { RewardsView } from './RewardsView';
import { useReferrals } from './useReferrals';

export function ClientReferralsSection({ client }: { client: Client }) {
  const today = useToday();
  const toast = useToast();
  const { data: clients } = useClients();
  const { data: referrals } = useReferrals();
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const clientsById = useMemo(() => new Map(clients.map((c) => [c.id, c])), [clients]);
  const tree = useMemo(
    () => referralTree({ clientId: client.id, clients, referrals }),
    [client.id, clients, referrals],
  );

  return (
    <section
      className="card stack"
      style={{ gap: 12 }}
      aria-labelledby="client-referrals-h"
      data-testid="client-referrals"
    >
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="client-referrals-h" style={{ margin: 0 }}>
          Referrals
        </h2>
        <button type="button" className="btn small" onClick={() => setAdding(true)}>
          + Referral from {client.firstName}
        </button>
      </div>
      <ReferralTreeView tree={tree} onOpenReferral={setOpenId} />
      <RewardsView today={today} clientsById={clientsById} clientId={client.id} compact />
      {adding && (
        <ReferralFormDialog
          referrerId={client.id}
          onClose={() => setAdding(false)}
          onSaved={(r) => {
            setAdding(false);
            toast.show(
              `Logged the referral of ${r.lead.name}. The thank-you to ${client.firstName} is planned.`,
            );
          }}
        />
      )}
      {openId && <ReferralDetailDialog id={openId} onClose={() => setOpenId(null)} />}
    </section>
  );
}

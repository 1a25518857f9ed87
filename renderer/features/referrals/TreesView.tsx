/** Every referral tree, from the people at the top of each chain; or the tree around one client. */
import { useMemo, useState } from 'react';
import type { Client, Referral } from '../../../shared/domain/schemas';
import { referralTree } from '../../../shared/referrals';
import { ClientPicker } from '../calls/ClientPicker';
import { ReferralTreeView } from './ReferralTreeView';

interface Props {
  clients: Client[];
  referrals: Referral[];
  onOpenReferral: (id: string) => void;
}

export function TreesView({ clients, referrals, onOpenReferral }: Props) {
  const [focus, setFocus] = useState('');
  const trees = useMemo(() => {
    const referred = new Set<string>();
    for (const c of clients) if (c.source?.kind === 'referral') referred.add(c.id);
    for (const r of referrals) if (r.leadClientId) referred.add(r.leadClientId);
    const referrers = new Set<string>(referrals.map((r) => r.referrerId));
    for (const c of clients) if (c.source?.kind === 'referral') referrers.add(c.source.referredByClientId);
    const alive = new Set(clients.map((c) => c.id));
    // Roots: people who referred someone and were not referred themselves (a loop has no root:
    // its members still show when picked below).
    return [...referrers]
      .filter((id) => alive.has(id) && !referred.has(id))
      .map((id) => referralTree({ clientId: id, clients, referrals }))
      .sort((a, b) => b.descendantCount - a.descendantCount || a.name.localeCompare(b.name));
  }, [clients, referrals]);
  const focused = useMemo(
    () => (focus ? referralTree({ clientId: focus, clients, referrals }) : null),
    [focus, clients, referrals],
  );

  return (
    <div className="stack">
      <div className="card" style={{ maxWidth: 520 }}>
        <ClientPicker label="Show the tree around one client" value={focus} onChange={setFocus} />
      </div>
      {focused && (
        <section className="card" aria-label={`Referral tree of ${focused.name}`}>
          <ReferralTreeView tree={focused} onOpenReferral={onOpenReferral} />
        </section>
      )}
      {trees.length === 0 ? (
        <div className="card empty">No referrals yet: trees grow from the first one you log.</div>
      ) : (
        <div className="tree-grid">
          {trees.map((t) => (
            <section key={t.clientId} className="card" aria-label={`Referral tree of ${t.name}`}>
              <ReferralTreeView tree={t} showReferredBy={false} onOpenReferral={onOpenReferral} />
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

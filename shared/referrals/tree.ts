/**
 * The referral tree around one client: who referred them (up the chain) and whom they, and the
 * people they brought in, referred in turn (down the tree). A referral continues the tree only once
 * its lead became a client (`leadClientId`), since only a client can refer someone themselves.
 *
 * Data typed by hand can loop (A referred B, B "referred" A). Every walk keeps the path it is on and
 * stops, marking `cycle`, when a client would appear twice on it; depth is also capped.
 */
import { displayName } from '../clients/search';
import type { IsoDate } from '../domain/dates';
import type { Client, Referral, ReferralStatus } from '../domain/schemas';

export interface ReferralChainLink {
  /** The client who referred the previous one (depth 1 referred the root client). */
  clientId: string;
  /** Their full name, or '' when the client record is missing. */
  name: string;
  depth: number;
  /** The referral that links the two, when one is recorded (else only client.source links them). */
  referralId?: string;
  /** This client already appeared lower in the chain: the walk stopped here. */
  cycle: boolean;
}

export interface ReferralTreeNode {
  /** The lead's client record, once they became a client. */
  clientId?: string;
  /** The client's full name, or the lead's name as recorded on the referral. */
  name: string;
  /** 1 = referred by the root client directly, 2 = by one of those, … */
  depth: number;
  referralId?: string;
  status?: ReferralStatus;
  /** The referral date. */
  date?: IsoDate;
  /** This client already appears higher on the path: shown, not expanded. */
  cycle: boolean;
  children: ReferralTreeNode[];
}

export interface ReferralTree {
  clientId: string;
  name: string;
  /** Nearest first: who referred the client, who referred them, … */
  referredBy: ReferralChainLink[];
  /** Whom the client referred, each with the people they referred in turn. */
  referred: ReferralTreeNode[];
  /** Every node below the client (cycle markers excluded). */
  descendantCount: number;
  /** True when a cycle was cut anywhere, up or down. */
  cycleDetected: boolean;
}

/**
 * Builds the tree for `clientId`. Clients linked only through `source.referredByClientId`
 * (no referral record) are included as children too, so a client entered by hand as "referred by
 * Anna" still shows under Anna. `maxDepth` (default 12) bounds both directions.
 */
export function referralTree(args: {
  clientId: string;
  clients: readonly Client[];
  referrals: readonly Referral[];
  maxDepth?: number;
}): ReferralTree {
  const { clientId, clients, referrals } = args;
  const maxDepth = args.maxDepth ?? 12;
  const clientsById = new Map(clients.map((c) => [c.id, c]));
  const nameOf = (id: string) => {
    const c = clientsById.get(id);
    return c ? displayName(c) : '';
  };
  let cycleDetected = false;

  // Who referred each client: the referral record wins over the client's source field.
  const referrerOf = new Map<string, { referrerId: string; referralId?: string }>();
  for (const c of clients) {
    if (c.source?.kind === 'referral') referrerOf.set(c.id, { referrerId: c.source.referredByClientId });
  }
  for (const r of [...referrals].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))) {
    if (r.leadClientId && !referrerOf.get(r.leadClientId)?.referralId) {
      referrerOf.set(r.leadClientId, { referrerId: r.referrerId, referralId: r.id });
    }
  }

  const referredBy: ReferralChainLink[] = [];
  const seenUp = new Set([clientId]);
  let current = clientId;
  for (let depth = 1; depth <= maxDepth; depth++) {
    const link = referrerOf.get(current);
    if (!link) break;
    const cycle = seenUp.has(link.referrerId);
    referredBy.push({
      clientId: link.referrerId,
      name: nameOf(link.referrerId),
      depth,
      ...(link.referralId ? { referralId: link.referralId } : {}),
      cycle,
    });
    if (cycle) {
      cycleDetected = true;
      break;
    }
    seenUp.add(link.referrerId);
    current = link.referrerId;
  }

  const referralsByReferrer = new Map<string, Referral[]>();
  for (const r of referrals) {
    const list = referralsByReferrer.get(r.referrerId) ?? [];
    list.push(r);
    referralsByReferrer.set(r.referrerId, list);
  }
  const linkedLeadIds = new Set(referrals.flatMap((r) => (r.leadClientId ? [r.leadClientId] : [])));
  const sourceOnlyByReferrer = new Map<string, Client[]>();
  for (const c of clients) {
    if (c.source?.kind !== 'referral' || linkedLeadIds.has(c.id)) continue;
    const list = sourceOnlyByReferrer.get(c.source.referredByClientId) ?? [];
    list.push(c);
    sourceOnlyByReferrer.set(c.source.referredByClientId, list);
  }

  let descendantCount = 0;
  const childrenOf = (referrerId: string, depth: number, path: ReadonlySet<string>): ReferralTreeNode[] => {
    if (depth > maxDepth) return [];
    const nodes: ReferralTreeNode[] = [];
    const expand = (node: Omit<ReferralTreeNode, 'depth' | 'cycle' | 'children'>): ReferralTreeNode => {
      const cycle = node.clientId !== undefined && path.has(node.clientId);
      if (cycle) cycleDetected = true;
      else descendantCount += 1;
      const children =
        node.clientId !== undefined && !cycle
          ? childrenOf(node.clientId, depth + 1, new Set([...path, node.clientId]))
          : [];
      return { ...node, depth, cycle, children };
    };
    const own = [...(referralsByReferrer.get(referrerId) ?? [])].sort(
      (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
    );
    for (const r of own) {
      const leadClient = r.leadClientId ? clientsById.get(r.leadClientId) : undefined;
      nodes.push(
        expand({
          ...(r.leadClientId ? { clientId: r.leadClientId } : {}),
          name: leadClient ? displayName(leadClient) : r.lead.name,
          referralId: r.id,
          status: r.status,
          date: r.date,
        }),
      );
    }
    for (const c of sourceOnlyByReferrer.get(referrerId) ?? []) {
      nodes.push(expand({ clientId: c.id, name: displayName(c) }));
    }
    return nodes;
  };

  const referred = childrenOf(clientId, 1, new Set([clientId]));
  return { clientId, name: nameOf(clientId), referredBy, referred, descendantCount, cycleDetected };
}

/**
 * One client's referral tree: who referred them (up the chain), and whom they, and the people
 * they brought in, referred in turn.
 */
import type { ReactNode } from 'react';
import { REFERRAL_STATUS_LABELS, type ReferralTree, type ReferralTreeNode } from '../../../shared/referrals';
import { href } from '../../app/router';

interface Props {
  tree: ReferralTree;
  /** Shows the chain of who referred this client. */
  showReferredBy?: boolean;
  onOpenReferral?: (referralId: string) => void;
}

function nodes(list: ReferralTreeNode[], onOpenReferral: Props['onOpenReferral']): ReactNode {
  return (
    <ul className="tree">
      {list.map((n, i) => (
        <li key={n.referralId ?? n.clientId ?? i} data-testid="tree-node">
          <span className="tree-label">
            {n.clientId ? (
              <a href={href(`clients/${n.clientId}`)}>{n.name}</a>
            ) : n.referralId && onOpenReferral ? (
              <button
                type="button"
                className="link"
                onClick={() => n.referralId && onOpenReferral(n.referralId)}
              >
                {n.name}
              </button>
            ) : (
              <span>{n.name}</span>
            )}
            {n.status && (
              <span className={`chip status-${n.status}`}>
                {REFERRAL_STATUS_LABELS[n.status].toLowerCase()}
              </span>
            )}
            {n.cycle && <span className="chip muted">appears above: loop cut</span>}
          </span>
          {n.children.length > 0 && nodes(n.children, onOpenReferral)}
        </li>
      ))}
    </ul>
  );
}

export function ReferralTreeView({ tree, showReferredBy = true, onOpenReferral }: Props) {
  return (
    <div className="tree-view" data-testid="referral-tree">
      {showReferredBy && tree.referredBy.length > 0 && (
        <p className="tree-up" data-testid="referred-by-chain">
          Referred by{' '}
          {tree.referredBy.map((l, i) => (
            <span key={`${l.clientId}-${i}`}>
              {i > 0 && <span className="subtle"> ← referred by </span>}
              {l.name ? (
                <a href={href(`clients/${l.clientId}`)}>{l.name}</a>
              ) : (
                <span className="subtle">a removed client</span>
              )}
            </span>
          ))}
        </p>
      )}
      {tree.referred.length === 0 ? (
        <p className="subtle" style={{ margin: 0 }}>
          {tree.name || 'This client'} has not referred anyone yet.
        </p>
      ) : (
        <>
          <div className="tree-root">
            <strong>{tree.name}</strong>{' '}
            <span className="subtle">
              · {tree.descendantCount} {tree.descendantCount === 1 ? 'person' : 'people'} in the tree
            </span>
          </div>
          {nodes(tree.referred, onOpenReferral)}
        </>
      )}
    </div>
  );
}

/** After saving or printing: did these cards go out? Yes marks them sent (one Undo for all). */
import { displayName } from '../../../shared/clients/search';
import { Dialog } from '../../ui/Dialog';
import type { PreparedCard } from './printJobs';

interface Props {
  cards: readonly PreparedCard[];
  onYes: () => void;
  onClose: () => void;
}

export function WentOutDialog({ cards, onYes, onClose }: Props) {
  const n = cards.length;
  return (
    <Dialog
      title={n === 1 ? 'Did this card go out?' : 'Did these go out?'}
      onClose={onClose}
      width={520}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Not yet
          </button>
          <button type="button" className="btn primary" onClick={onYes}>
            Yes, mark {n === 1 ? 'it' : `all ${n}`} as sent
          </button>
        </>
      }
    >
      <p style={{ margin: 0 }}>
        Marking {n === 1 ? 'it' : 'them'} sent completes {n === 1 ? 'its touchpoint' : 'their touchpoints'}{' '}
        and keeps the exact text in {n === 1 ? 'the client’s' : 'each client’s'} card history.
      </p>
      <ul className="went-out-list" data-testid="went-out-list">
        {cards.map((c) => (
          <li key={c.touchpoint.id}>
            <strong>{displayName(c.client)}</strong>{' '}
            <span className="subtle">
              · {c.touchpoint.title} · {c.template.name}
            </span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

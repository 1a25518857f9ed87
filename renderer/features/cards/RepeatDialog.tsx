/** Before printing a message a client already received: say so, and let the user decide. */
import { displayName } from '../../../shared/clients/search';
import type { CardHistoryEntry } from '../../../shared/domain/schemas';
import { Dialog } from '../../ui/Dialog';
import { formatShortDay } from '../../ui/format';
import type { PreparedCard } from './printJobs';

interface Props {
  repeats: readonly { card: PreparedCard; earlier: readonly CardHistoryEntry[] }[];
  action: string;
  onGo: () => void;
  onClose: () => void;
}

export function RepeatDialog({ repeats, action, onGo, onClose }: Props) {
  return (
    <Dialog
      title="Same message again?"
      onClose={onClose}
      width={560}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Go back and change it
          </button>
          <button type="button" className="btn primary" onClick={onGo}>
            {action} anyway
          </button>
        </>
      }
    >
      <ul className="went-out-list" data-testid="repeat-list">
        {repeats.map(({ card, earlier }) => (
          <li key={card.touchpoint.id}>
            <strong>{displayName(card.client)}</strong> already got this exact message on{' '}
            {earlier.map((e) => formatShortDay(e.date)).join(', ')}.
          </li>
        ))}
      </ul>
      <p className="subtle" style={{ margin: 0 }}>
        Choose another template for {repeats.length === 1 ? 'this card' : 'these cards'}, or edit the text, so
        it reads fresh.
      </p>
    </Dialog>
  );
}

/** Inside a gift touchpoint: the client's ideas and gifts given before, and a way to log the gift. */
import type { Touchpoint } from '../../../shared/domain/schemas';
import { givenBefore, openIdeas } from '../../../shared/gifts';
import { formatShortDay } from '../../ui/format';
import { openGiftDue } from './giftDialogs';
import { useClientGifts } from './useGifts';

export function GiftIdeasHint({ touchpoint, onLog }: { touchpoint: Touchpoint; onLog?: () => void }) {
  const { data: gifts, isLoading } = useClientGifts(touchpoint.clientId);
  if (isLoading) return null;
  const ideas = openIdeas(gifts, touchpoint.clientId);
  const given = givenBefore(gifts, touchpoint.clientId);
  const open = touchpoint.status === 'planned' || touchpoint.status === 'snoozed';
  return (
    <div className="gift-hint" data-testid="touchpoint-gift-ideas">
      <div>
        <h3>Gift ideas</h3>
        {ideas.length === 0 ? (
          <p className="subtle gift-empty">None noted.</p>
        ) : (
          <ul>
            {ideas.slice(0, 5).map((g) => (
              <li key={g.id}>{g.what}</li>
            ))}
            {ideas.length > 5 && <li className="subtle">and {ideas.length - 5} more</li>}
          </ul>
        )}
      </div>
      <div>
        <h3>Given before</h3>
        {given.length === 0 ? (
          <p className="subtle gift-empty">Nothing yet.</p>
        ) : (
          <ul>
            {given.slice(0, 5).map((g) => (
              <li key={g.id}>
                {g.what} <span className="subtle">· {formatShortDay(g.date)}</span>
              </li>
            ))}
            {given.length > 5 && <li className="subtle">and {given.length - 5} more</li>}
          </ul>
        )}
      </div>
      {open && (
        <div>
          <button
            type="button"
            className="btn"
            onClick={() => {
              onLog?.();
              openGiftDue({ clientId: touchpoint.clientId, touchpointId: touchpoint.id });
            }}
          >
            Log this gift…
          </button>
        </div>
      )}
    </div>
  );
}

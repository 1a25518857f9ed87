/** "Gift idea" in the call log: something the client mentioned, saved as an idea with the call. */
import { toIsoDate } from '../../../shared/domain/dates';
import type { Gift } from '../../../shared/domain/schemas';
import { addIdea } from '../../data/gifts';

/** The most an idea may hold (the gift schema's limit), checked before the call is written. */
export const GIFT_IDEA_MAX = 300;

export function giftIdeaError(text: string): string | undefined {
  return text.trim().length > GIFT_IDEA_MAX
    ? `A gift idea is at most ${GIFT_IDEA_MAX} characters`
    : undefined;
}

/** Saves the idea noted during a call (nothing when empty); the call's day is the idea's day. */
export async function saveCallGiftIdea(
  clientId: string,
  text: string,
  callAt: Date,
): Promise<Gift | undefined> {
  if (!text.trim()) return undefined;
  const r = await addIdea({ clientId, what: text, date: toIsoDate(callAt), notes: 'Noted during a call' });
  return r.ok ? r.value : undefined;
}

export function CallGiftIdeaField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (text: string) => void;
  error?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Gift idea</label>
      <input
        id={id}
        className="input"
        value={value}
        placeholder="Something they mentioned, e.g. loves orchids"
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <span className="field-error">{error}</span>
      ) : (
        <span className="field-hint">Saved to their gift ideas, shown when a gift comes due.</span>
      )}
    </div>
  );
}

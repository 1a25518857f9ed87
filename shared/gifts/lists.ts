/**
 * A client's gift log as lists: ideas still open and gifts given before, and which touchpoints are
 * gifts (so Today can show the ideas when one comes due).
 */
import type { Gift, Touchpoint } from '../domain/schemas';

/** Newest first by day, then by when it was written (two gifts on one day keep their order). */
function newestFirst(a: Gift, b: Gift): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}

/** Ideas not yet given to this client, newest first. */
export function openIdeas(gifts: readonly Gift[], clientId: string): Gift[] {
  return gifts.filter((g) => g.type === 'idea' && g.clientId === clientId).sort(newestFirst);
}

/** What this client was given before, newest first. */
export function givenBefore(gifts: readonly Gift[], clientId: string): Gift[] {
  return gifts.filter((g) => g.type === 'given' && g.clientId === clientId).sort(newestFirst);
}

/** Open ideas for every client that has any, each list newest first. */
export function ideasByClient(gifts: readonly Gift[]): Map<string, Gift[]> {
  const out = new Map<string, Gift[]>();
  for (const g of gifts) {
    if (g.type !== 'idea') continue;
    const list = out.get(g.clientId) ?? [];
    list.push(g);
    out.set(g.clientId, list);
  }
  for (const list of out.values()) list.sort(newestFirst);
  return out;
}

/**
 * A touchpoint that is a gift: the end-of-journey gift, or a thank-you (e.g. for a referral that
 * signed) the user chose to say with a gift rather than a card.
 */
export function isGiftTouchpoint(t: Pick<Touchpoint, 'kind' | 'channel'>): boolean {
  return t.kind === 'end-of-journey-gift' || t.channel === 'gift';
}

/** The occasion a gift for this touchpoint is logged under, e.g. "End of journey". */
export function occasionFor(t: Pick<Touchpoint, 'kind' | 'title'>): string {
  switch (t.kind) {
    case 'end-of-journey-gift':
      return 'End of journey';
    case 'referral-thank-you':
      return 'Referral thank-you';
    case 'birthday-greeting':
      return 'Birthday';
    default:
      return t.title.length > 120 ? `${t.title.slice(0, 119)}…` : t.title;
  }
}

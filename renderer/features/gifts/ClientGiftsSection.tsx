/**
 * The gift log on a client's page: ideas noted at any time, gifts given (occasion, cost, where,
 * how it was received), and this year's budget, so the next gift is chosen knowing the last ones.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { addDaysIso } from '../../../shared/domain/dates';
import { isGiftTouchpoint, occasionFor } from '../../../shared/gifts/lists';
import { touchpointsForClient } from '../../data/touchpoints';
import { todayIso } from '../../ui/useToday';
import type { Client, Gift } from '../../../shared/domain/schemas';
import { givenBefore, openIdeas } from '../../../shared/gifts';
import { deleteGift, restoreGift } from '../../data/gifts';
import { useToast } from '../../app/Toasts';
import { formatShortDay } from '../../ui/format';
import { GiftBudgetLine } from './GiftBudgetLine';
import { GiftFormDialog, type GiftFormMode } from './GiftFormDialog';
import { formatMoney } from '../../ui/money';
import { useClientGifts, useGiftBudget } from './useGifts';

export function ClientGiftsSection({ client }: { client: Client }) {
  const { data: gifts, isLoading } = useClientGifts(client.id);
  const { data: budget } = useGiftBudget();
  const [form, setForm] = useState<GiftFormMode | null>(null);
  const toast = useToast();
  const ideas = openIdeas(gifts, client.id);
  const given = givenBefore(gifts, client.id);
  const currency = budget?.currency ?? 'USD';
  // A gift logged here answers the client's open gift touchpoint due within a month, if any.
  const dueGift = useLiveQuery(async () => {
    const horizon = addDaysIso(todayIso(), 30);
    const open = (await touchpointsForClient(client.id)).filter(
      (t) => (t.status === 'planned' || t.status === 'snoozed') && isGiftTouchpoint(t) && t.due <= horizon,
    );
    return open[0] ?? null;
  }, [client.id]);
  const giveMode = (fromIdea?: Gift): GiftFormMode => ({
    kind: 'given',
    ...(fromIdea ? { fromIdea } : {}),
    ...(dueGift ? { touchpointId: dueGift.id, occasion: occasionFor(dueGift) } : {}),
  });

  const remove = async (g: Gift) => {
    const before = await deleteGift(g.id);
    if (before)
      toast.show(`Deleted ${g.type === 'idea' ? 'the idea' : 'the gift'} “${g.what}”.`, {
        label: 'Undo',
        run: () => restoreGift(before),
      });
  };

  return (
    <section className="card stack" aria-labelledby="gifts-h" data-testid="client-gifts" style={{ gap: 12 }}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="gifts-h" style={{ margin: 0 }}>
          Gifts
        </h2>
        <div className="row">
          <button type="button" className="btn small" onClick={() => setForm({ kind: 'idea' })}>
            + Gift idea
          </button>
          <button type="button" className="btn small" onClick={() => setForm(giveMode())}>
            + Log a gift
          </button>
        </div>
      </div>
      {budget && <GiftBudgetLine summary={budget} />}
      {isLoading ? null : (
        <>
          <div>
            <h3>Ideas ({ideas.length})</h3>
            {ideas.length === 0 ? (
              <p className="subtle gift-empty">
                No ideas yet. Note one when they mention something they love.
              </p>
            ) : (
              <ul className="gift-list" data-testid="gift-ideas">
                {ideas.map((g) => (
                  <li key={g.id} className="gift-item" data-testid="gift-idea">
                    <span className="gift-icon" aria-hidden>
                      ✎
                    </span>
                    <div className="gift-main">
                      <div className="gift-what">{g.what}</div>
                      <div className="gift-meta">
                        noted {formatShortDay(g.date)}
                        {g.occasion ? ` · for ${g.occasion}` : ''}
                        {g.cost !== undefined ? ` · about ${formatMoney(g.cost, currency)}` : ''}
                        {g.notes ? ` · ${g.notes}` : ''}
                      </div>
                    </div>
                    <div className="gift-actions">
                      <button
                        type="button"
                        className="btn small primary"
                        onClick={() => setForm(giveMode(g))}
                        aria-label={`Give “${g.what}”`}
                      >
                        Give…
                      </button>
                      <button
                        type="button"
                        className="btn small"
                        onClick={() => setForm({ kind: 'edit', gift: g })}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="btn small danger"
                        onClick={() => void remove(g)}
                        aria-label={`Delete idea “${g.what}”`}
                      >
                        Delete
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>Given ({given.length})</h3>
            {given.length === 0 ? (
              <p className="subtle gift-empty">Nothing given yet.</p>
            ) : (
              <ul className="gift-list" data-testid="gifts-given">
                {given.map((g) => (
                  <li key={g.id} className="gift-item" data-testid="gift-given">
                    <span className="gift-icon given" aria-hidden>
                      ❦
                    </span>
                    <div className="gift-main">
                      <div className="gift-what">
                        {g.what}
                        {g.cost !== undefined && (
                          <span className="gift-cost"> · {formatMoney(g.cost, currency)}</span>
                        )}
                      </div>
                      <div className="gift-meta">
                        {formatShortDay(g.date)}
                        {g.occasion ? ` · ${g.occasion}` : ''}
                        {g.whereBought ? ` · from ${g.whereBought}` : ''}
                      </div>
                      {g.reception && <div className="gift-reception">“{g.reception}”</div>}
                    </div>
                    <div className="gift-actions">
                      <button
                        type="button"
                        className="btn small"
                        onClick={() => setForm({ kind: 'edit', gift: g })}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="btn small danger"
                        onClick={() => void remove(g)}
                        aria-label={`Delete gift “${g.what}”`}
                      >
                        Delete
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
      {form && <GiftFormDialog client={client} mode={form} onClose={() => setForm(null)} />}
    </section>
  );
}

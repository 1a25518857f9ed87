/**
 * When a gift touchpoint comes due: this client's ideas, what they were given before (so nobody
 * gets the same bottle twice), the budget left this year, and a form to log the gift, which
 * completes the touchpoint.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { displayName } from '../../../shared/clients/search';
import type { FieldErrors } from '../../../shared/domain/errors';
import type { Client, Gift, Touchpoint } from '../../../shared/domain/schemas';
import { givenBefore, occasionFor, openIdeas } from '../../../shared/gifts';
import { logGift, undoLogGift } from '../../data/gifts';
import { getTouchpoint } from '../../data/touchpoints';
import { useToast } from '../../app/Toasts';
import { Dialog } from '../../ui/Dialog';
import { formatDay, formatShortDay } from '../../ui/format';
import { todayIso } from '../../ui/useToday';
import { useClient } from '../clients/useClients';
import { GiftBudgetLine } from './GiftBudgetLine';
import { GiftFields } from './GiftFields';
import { draftOf, draftToInput, emptyDraft, type GiftDraft } from './giftDraft';
import type { GiftDueRequest } from './giftDialogs';
import { formatMoney } from '../../ui/money';
import { useClientGifts, useGiftBudget } from './useGifts';

export function GiftDueDialog({ request, onClose }: { request: GiftDueRequest; onClose: () => void }) {
  const { data: client, isLoading } = useClient(request.clientId);
  const touchpoint = useLiveQuery(
    async () => (request.touchpointId ? ((await getTouchpoint(request.touchpointId)) ?? null) : null),
    [request.touchpointId],
  );
  if (isLoading || touchpoint === undefined) return null;
  if (!client)
    return (
      <Dialog title="Gift" onClose={onClose} width={480}>
        <p>This client no longer exists.</p>
      </Dialog>
    );
  return <GiftDue client={client} touchpoint={touchpoint ?? undefined} onClose={onClose} />;
}

function GiftDue({
  client,
  touchpoint,
  onClose,
}: {
  client: Client;
  touchpoint?: Touchpoint;
  onClose: () => void;
}) {
  const uid = useId();
  const toast = useToast();
  const { data: gifts } = useClientGifts(client.id);
  const { data: budget } = useGiftBudget();
  const occasion = touchpoint ? occasionFor(touchpoint) : '';
  const [draft, setDraft] = useState<GiftDraft>(() => emptyDraft(todayIso(), occasion));
  const [fromIdea, setFromIdea] = useState<Gift | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const ideas = openIdeas(gifts, client.id);
  const given = givenBefore(gifts, client.id);
  const currency = budget?.currency ?? 'USD';
  const name = displayName(client);
  const open = touchpoint && (touchpoint.status === 'planned' || touchpoint.status === 'snoozed');

  const chooseIdea = (idea: Gift) => {
    setFromIdea(idea);
    setDraft({ ...draftOf(idea), date: todayIso(), occasion: occasion || (idea.occasion ?? '') });
    requestAnimationFrame(() => document.getElementById(`${uid}-cost`)?.focus());
  };

  async function save() {
    const d = draftToInput(draft, client.id);
    if (!d.ok) return setErrors(d.errors);
    setSaving(true);
    try {
      const r = await logGift({
        ...d.input,
        ...(fromIdea ? { ideaId: fromIdea.id } : {}),
        ...(touchpoint && open ? { touchpointId: touchpoint.id } : {}),
      });
      if (!r.ok) return setErrors(r.errors);
      const done = r.value.completedBefore ? ` “${r.value.completedBefore.title}” is done.` : '';
      toast.show(`Logged “${r.value.gift.what}” for ${name}.${done}`, {
        label: 'Undo',
        run: () => undoLogGift(r.value),
      });
      onClose();
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog
      title={`Gift for ${name}`}
      onClose={onClose}
      width={880}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={`${uid}-form`} className="btn primary" disabled={saving}>
            Log this gift <kbd>Ctrl+Enter</kbd>
          </button>
        </>
      }
    >
      {touchpoint && (
        <div className="subtle" data-testid="gift-due-touchpoint">
          {touchpoint.title} · due {formatDay(touchpoint.due)}
          {open ? '' : ` · ${touchpoint.status}`}
        </div>
      )}
      {budget && <GiftBudgetLine summary={budget} />}
      <div className="gift-due-grid">
        <div className="stack" style={{ gap: 14 }}>
          <div>
            <h3>Ideas ({ideas.length})</h3>
            {ideas.length === 0 ? (
              <p className="subtle gift-empty">No ideas noted for {client.firstName}.</p>
            ) : (
              <ul className="gift-list" data-testid="gift-due-ideas">
                {ideas.map((g) => (
                  <li
                    key={g.id}
                    className={`gift-item${fromIdea?.id === g.id ? ' chosen' : ''}`}
                    data-testid="gift-idea"
                  >
                    <div className="gift-main">
                      <div className="gift-what">{g.what}</div>
                      <div className="gift-meta">
                        noted {formatShortDay(g.date)}
                        {g.cost !== undefined ? ` · about ${formatMoney(g.cost, currency)}` : ''}
                        {g.notes ? ` · ${g.notes}` : ''}
                      </div>
                    </div>
                    <button
                      type="button"
                      className="btn small"
                      aria-pressed={fromIdea?.id === g.id}
                      onClick={() => chooseIdea(g)}
                      aria-label={`Use idea “${g.what}”`}
                    >
                      {fromIdea?.id === g.id ? 'Chosen' : 'Use'}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>Given before ({given.length})</h3>
            {given.length === 0 ? (
              <p className="subtle gift-empty">Nothing given yet.</p>
            ) : (
              <ul className="gift-list" data-testid="gift-due-given">
                {given.map((g) => (
                  <li key={g.id} className="gift-item" data-testid="gift-given">
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
                        {g.reception ? ` · “${g.reception}”` : ''}
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <form
          id={`${uid}-form`}
          className="gift-due-form"
          aria-label="Log this gift"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            }
          }}
        >
          <h3>Log this gift</h3>
          {(errors._ || errors.clientId) && <div className="banner error">{errors._ ?? errors.clientId}</div>}
          <GiftFields
            idPrefix={uid}
            kind="given"
            draft={draft}
            onChange={setDraft}
            errors={errors}
            clientId={client.id}
            clientGifts={gifts}
            budget={budget}
            autoFocus={ideas.length === 0}
          />
        </form>
      </div>
    </Dialog>
  );
}

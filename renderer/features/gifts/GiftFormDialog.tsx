/** Add a gift idea, log a gift given (optionally from an idea), or edit either. */
import { useId, useState } from 'react';
import { displayName } from '../../../shared/clients/search';
import type { FieldErrors } from '../../../shared/domain/errors';
import type { Client, Gift } from '../../../shared/domain/schemas';
import { addIdea, deleteGift, logGift, restoreGift, undoLogGift, updateGift } from '../../data/gifts';
import { useToast } from '../../app/Toasts';
import { Dialog } from '../../ui/Dialog';
import { todayIso } from '../../ui/useToday';
import { GiftFields } from './GiftFields';
import { draftOf, draftToInput, emptyDraft, type GiftDraft } from './giftDraft';
import { useClientGifts, useGiftBudget } from './useGifts';

export type GiftFormMode =
  | { kind: 'idea' }
  | { kind: 'given'; fromIdea?: Gift; touchpointId?: string; occasion?: string }
  | { kind: 'edit'; gift: Gift };

function initialDraft(mode: GiftFormMode): GiftDraft {
  const today = todayIso();
  if (mode.kind === 'edit') return draftOf(mode.gift);
  if (mode.kind === 'given' && mode.fromIdea) {
    // The idea's day was when it was noted; the gift is given today.
    return {
      ...draftOf(mode.fromIdea),
      date: today,
      occasion: mode.occasion ?? mode.fromIdea.occasion ?? '',
    };
  }
  return emptyDraft(today, mode.kind === 'given' ? (mode.occasion ?? '') : '');
}

export function GiftFormDialog({
  client,
  mode,
  onClose,
}: {
  client: Client;
  mode: GiftFormMode;
  onClose: () => void;
}) {
  const uid = useId();
  const toast = useToast();
  const { data: gifts } = useClientGifts(client.id);
  const { data: budget } = useGiftBudget();
  const [draft, setDraft] = useState<GiftDraft>(() => initialDraft(mode));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const type: Gift['type'] = mode.kind === 'edit' ? mode.gift.type : mode.kind;
  const name = displayName(client);

  async function save() {
    const d = draftToInput(draft, client.id);
    if (!d.ok) return setErrors(d.errors);
    setSaving(true);
    try {
      if (mode.kind === 'idea') {
        const r = await addIdea(d.input);
        if (!r.ok) return setErrors(r.errors);
        toast.show(`Noted a gift idea for ${name}.`, {
          label: 'Undo',
          run: () => void deleteGift(r.value.id),
        });
      } else if (mode.kind === 'given') {
        const r = await logGift({
          ...d.input,
          ...(mode.fromIdea ? { ideaId: mode.fromIdea.id } : {}),
          ...(mode.touchpointId ? { touchpointId: mode.touchpointId } : {}),
        });
        if (!r.ok) return setErrors(r.errors);
        const done = r.value.completedBefore ? ` “${r.value.completedBefore.title}” is done.` : '';
        toast.show(`Logged “${r.value.gift.what}” for ${name}.${done}`, {
          label: 'Undo',
          run: () => undoLogGift(r.value),
        });
      } else {
        const r = await updateGift(mode.gift.id, d.input);
        if (!r.ok) return setErrors(r.errors);
        toast.show(`Saved “${r.value.gift.what}”.`, {
          label: 'Undo',
          run: () => restoreGift(r.value.before),
        });
      }
      onClose();
    } finally {
      setSaving(false);
    }
  }

  const title =
    mode.kind === 'idea'
      ? `Gift idea for ${name}`
      : mode.kind === 'given'
        ? `Log a gift for ${name}`
        : type === 'idea'
          ? `Edit gift idea for ${name}`
          : `Edit gift for ${name}`;
  const action = mode.kind === 'idea' ? 'Save idea' : mode.kind === 'given' ? 'Log gift' : 'Save';
  return (
    <Dialog
      title={title}
      onClose={onClose}
      width={620}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={`${uid}-form`} className="btn primary" disabled={saving}>
            {action} <kbd>Ctrl+Enter</kbd>
          </button>
        </>
      }
    >
      <form
        id={`${uid}-form`}
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
        {(errors._ || errors.clientId) && <div className="banner error">{errors._ ?? errors.clientId}</div>}
        <GiftFields
          idPrefix={uid}
          kind={type}
          draft={draft}
          onChange={setDraft}
          errors={errors}
          clientId={client.id}
          clientGifts={gifts}
          exceptId={
            mode.kind === 'edit' ? mode.gift.id : mode.kind === 'given' ? mode.fromIdea?.id : undefined
          }
          budget={budget}
          autoFocus
        />
      </form>
    </Dialog>
  );
}

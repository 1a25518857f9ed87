/** What the gift forms edit: text as typed, turned into repository input on save. */
import type { FieldErrors } from '../../../shared/domain/errors';
import type { Gift } from '../../../shared/domain/schemas';
import type { GiftInput } from '../../data/gifts';
import { costText, parseCost } from '../../ui/money';

export interface GiftDraft {
  what: string;
  date: string;
  occasion: string;
  cost: string;
  whereBought: string;
  reception: string;
  notes: string;
}

export function emptyDraft(date: string, occasion = ''): GiftDraft {
  return { what: '', date, occasion, cost: '', whereBought: '', reception: '', notes: '' };
}

export function draftOf(g: Gift): GiftDraft {
  return {
    what: g.what,
    date: g.date,
    occasion: g.occasion ?? '',
    cost: costText(g.cost),
    whereBought: g.whereBought ?? '',
    reception: g.reception ?? '',
    notes: g.notes ?? '',
  };
}

/** The repository input, or the field errors that only the form can see (an unreadable cost). */
export function draftToInput(
  draft: GiftDraft,
  clientId: string,
): { ok: true; input: GiftInput } | { ok: false; errors: FieldErrors } {
  const cost = parseCost(draft.cost);
  if (cost !== undefined && Number.isNaN(cost))
    return { ok: false, errors: { cost: 'Enter the cost as a number, e.g. 45 or 45.50' } };
  return {
    ok: true,
    input: {
      clientId,
      what: draft.what,
      date: draft.date,
      occasion: draft.occasion,
      ...(cost === undefined ? {} : { cost }),
      whereBought: draft.whereBought,
      reception: draft.reception,
      notes: draft.notes,
    },
  };
}

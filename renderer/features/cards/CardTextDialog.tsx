/** Edits the words of one card in this print run only (the template stays as it is). */
import { useState } from 'react';
import { displayName } from '../../../shared/clients/search';
import { unfilledFields } from '../../../shared/cards/merge';
import { Dialog } from '../../ui/Dialog';
import type { CardTexts, PreparedCard } from './printJobs';

interface Props {
  card: PreparedCard;
  edited: boolean;
  onSave: (texts: CardTexts) => void;
  /** Back to the template's wording. */
  onRevert: () => void;
  onClose: () => void;
}

export function CardTextDialog({ card, edited, onSave, onRevert, onClose }: Props) {
  const [texts, setTexts] = useState<CardTexts>(card.texts);
  const left = [...new Set([texts.front, texts.inside, texts.closing].flatMap(unfilledFields))];
  const set = (k: keyof CardTexts) => (e: { target: { value: string } }) =>
    setTexts({ ...texts, [k]: e.target.value });
  return (
    <Dialog
      title={`Card for ${displayName(card.client)}`}
      onClose={onClose}
      width={620}
      footer={
        <>
          {edited && (
            <button type="button" className="btn" style={{ marginRight: 'auto' }} onClick={onRevert}>
              Back to the template
            </button>
          )}
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn primary" onClick={() => onSave(texts)}>
            Use this text
          </button>
        </>
      }
    >
      <p className="subtle" style={{ margin: 0 }}>
        Changes apply to this card only. To change the wording for every card, edit the template “
        {card.template.name}”.
      </p>
      <div className="field">
        <label htmlFor="card-front">Front</label>
        <input id="card-front" className="input" value={texts.front} onChange={set('front')} />
      </div>
      <div className="field">
        <label htmlFor="card-inside">Message</label>
        <textarea
          id="card-inside"
          className="input"
          rows={10}
          value={texts.inside}
          onChange={set('inside')}
        />
      </div>
      <div className="field">
        <label htmlFor="card-closing">Closing</label>
        <textarea
          id="card-closing"
          className="input"
          rows={2}
          value={texts.closing}
          onChange={set('closing')}
        />
      </div>
      {left.length > 0 && (
        <div className="banner" role="status">
          Still to fill in: {left.map((f) => `{${f}}`).join(', ')}. The card will not print with a field in
          braces.
        </div>
      )}
    </Dialog>
  );
}

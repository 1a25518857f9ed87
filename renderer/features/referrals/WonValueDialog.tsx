/** Marking a referral won asks for the value of the sale: revenue from referrals is counted from it. */
import { useState } from 'react';
import type { Referral } from '../../../shared/domain/schemas';
import { Dialog } from '../../ui/Dialog';
import { useSettings } from '../settings/useSettings';
import { formatMoney, parseMoney } from '../../ui/money';

export function WonValueDialog({
  referral,
  onClose,
  onConfirm,
}: {
  referral: Referral;
  onClose: () => void;
  onConfirm: (value: number) => void;
}) {
  const { data: settings } = useSettings();
  const currency = settings.giftBudget.currency;
  const [text, setText] = useState(referral.value === undefined ? '' : String(referral.value));
  const [error, setError] = useState('');
  const confirm = () => {
    const v = parseMoney(text);
    if (v === undefined || v < 0)
      return setError('Enter the value of the sale as a number, 0 or more (0 for work done free).');
    onConfirm(v);
  };
  const preview = parseMoney(text);
  return (
    <Dialog
      title={`${referral.lead.name} signed`}
      onClose={onClose}
      width={440}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn primary" onClick={confirm}>
            Mark won
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor="won-value">Value of the sale ({currency})</label>
        <input
          id="won-value"
          className="input"
          inputMode="decimal"
          autoFocus
          value={text}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setError('');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') confirm();
          }}
        />
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : (
          <span className="field-hint">
            {preview !== undefined
              ? `Counts as ${formatMoney(preview, currency)} of revenue from referrals.`
              : 'Counts towards revenue from referrals.'}
          </span>
        )}
      </div>
    </Dialog>
  );
}

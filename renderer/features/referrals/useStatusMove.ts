/**
 * Moving a referral along the pipeline from any screen, with Undo. Moving to won first asks for
 * the value of the sale (the WonValueDialog is rendered by the caller while `askingValue` is set).
 */
import { useState } from 'react';
import type { Referral, ReferralStatus } from '../../../shared/domain/schemas';
import { REFERRAL_STATUS_LABELS } from '../../../shared/referrals';
import { changeReferralStatus, restoreReferral } from '../../data/referrals';
import { useToast } from '../../app/Toasts';

export function useStatusMove() {
  const toast = useToast();
  const [askingValue, setAskingValue] = useState<Referral | null>(null);

  const move = async (referral: Referral, status: ReferralStatus, value?: number) => {
    if (status === 'won' && value === undefined) {
      setAskingValue(referral);
      return;
    }
    const r = await changeReferralStatus(referral.id, status, value === undefined ? {} : { value });
    if (!r.ok) {
      toast.show(Object.values(r.errors)[0] ?? 'The referral could not be moved.');
      return;
    }
    setAskingValue(null);
    if (referral.status === status && value === referral.value) return;
    toast.show(`${referral.lead.name}: ${REFERRAL_STATUS_LABELS[status].toLowerCase()}.`, {
      label: 'Undo',
      run: () => restoreReferral(referral),
    });
  };

  return { move, askingValue, cancelValue: () => setAskingValue(null) };
}

/** Mounted once in the app shell: shows the gift-due dialog whenever a Today row or touchpoint asks. */
import { useEffect, useState } from 'react';
import { GiftDueDialog } from './GiftDueDialog';
import { setGiftDialogListener, type GiftDueRequest } from './giftDialogs';
import './registerGiftActions';

export function GiftDialogHost() {
  const [open, setOpen] = useState<(GiftDueRequest & { n: number }) | null>(null);
  useEffect(() => {
    let n = 0;
    setGiftDialogListener((r) => setOpen({ ...r, n: ++n }));
    return () => setGiftDialogListener(null);
  }, []);
  if (!open) return null;
  return <GiftDueDialog key={open.n} request={open} onClose={() => setOpen(null)} />;
}

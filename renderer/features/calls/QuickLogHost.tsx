/**
 * Mounted once in the app shell: shows the call log (and the testimonial check) whenever any
 * screen asks, and owns the global shortcut, Ctrl+L (Cmd+L), which works on every screen, even
 * while typing.
 */
import { useEffect, useState } from 'react';
import { CallLogDialog } from './CallLogDialog';
import { isCallLogShortcut, setQuickLogListener, type QuickLogRequest } from './quickLog';
import { TestimonialCheckDialog } from './TestimonialCheckDialog';
import './registerCallActions';
import './calls.css';

export function QuickLogHost() {
  const [open, setOpen] = useState<(QuickLogRequest & { n: number }) | null>(null);

  useEffect(() => {
    let n = 0;
    setQuickLogListener((r) => setOpen({ ...r, n: ++n }));
    const onKey = (e: KeyboardEvent) => {
      if (!isCallLogShortcut(e)) return;
      e.preventDefault();
      setOpen((cur) => cur ?? { kind: 'call', request: {}, n: ++n });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      setQuickLogListener(null);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  if (!open) return null;
  const close = () => setOpen(null);
  return open.kind === 'call' ? (
    <CallLogDialog key={open.n} request={open.request} onClose={close} />
  ) : (
    <TestimonialCheckDialog key={open.n} request={open.request} onClose={close} />
  );
}

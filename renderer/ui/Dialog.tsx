/**
 * A modal dialog: focus stays inside, Escape closes, focus returns to where it was. A dialog
 * holding unsaved typing asks before throwing it away.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  width?: number;
  /** True while the dialog holds changes that closing would lose. */
  dirty?: boolean;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({ title, onClose, children, footer, width, dirty = false }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const el = ref.current;
    if (el && !el.contains(document.activeElement)) {
      // The first field, never a button: a stray Enter must not act on anything.
      const field = el.querySelector<HTMLElement>('input:not([type="checkbox"]):not([disabled]), select, textarea');
      (field ?? el).focus();
    }
    return () => previous?.focus?.();
  }, []);

  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);

  const requestClose = () => {
    if (dirty && !asking) setAsking(true);
    else onClose();
  };

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) requestClose();
      }}
    >
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        ref={ref}
        tabIndex={-1}
        style={width ? { width: `min(${width}px, 100%)` } : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            if (asking) setAsking(false);
            else requestClose();
          }
          if (e.key === 'Tab' && ref.current) {
            const focusables = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
            const first = focusables[0];
            const last = focusables[focusables.length - 1];
            if (e.shiftKey && document.activeElement === first) {
              e.preventDefault();
              last?.focus();
            } else if (!e.shiftKey && document.activeElement === last) {
              e.preventDefault();
              first?.focus();
            }
          }
        }}
      >
        <div className="dialog-head">
          <h2 style={{ margin: 0 }}>{title}</h2>
          <button type="button" className="btn small" data-close onClick={requestClose} aria-label="Close">
            Esc
          </button>
        </div>
        {asking && (
          <div className="banner discard" role="alertdialog" aria-label="Discard changes?">
            <span>Close without saving? What you typed here will be lost.</span>
            <span className="row">
              <button type="button" className="btn small" ref={keep} onClick={() => setAsking(false)}>
                Keep editing
              </button>
              <button type="button" className="btn small danger" onClick={onClose}>
                Discard changes
              </button>
            </span>
          </div>
        )}
        <div className="dialog-body">{children}</div>
        {footer && <div className="dialog-foot">{footer}</div>}
      </div>
    </div>
  );
}

/** Short messages at the bottom of the window, with an optional action such as Undo. */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isTyping } from './keys';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

interface Toast {
  id: number;
  text: string;
  action?: ToastAction;
}

interface ToastApi {
  show(text: string, action?: ToastAction, ms?: number): void;
}

const ToastContext = createContext<ToastApi>({ show: () => undefined });

export function useToast(): ToastApi {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((t) => t.filter((x) => x.id !== id)), []);
  const show = useCallback(
    (text: string, action?: ToastAction, ms = action ? 8000 : 4000) => {
      const id = next.current++;
      setToasts((t) => [...t.slice(-1), { id, text, action }]);
      setTimeout(() => dismiss(id), ms);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);

  // Ctrl/Cmd+Z runs the newest Undo on offer, unless the user is editing text.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || e.shiftKey || isTyping(e.target)) return;
      const latest = [...toasts].reverse().find((t) => t.action?.label === 'Undo');
      if (!latest?.action) return;
      e.preventDefault();
      dismiss(latest.id);
      void latest.action.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toasts, dismiss]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div className="toast" key={t.id}>
            <span>{t.text}</span>
            {t.action && (
              <button
                type="button"
                onClick={async () => {
                  dismiss(t.id);
                  await t.action?.run();
                }}
              >
                {t.action.label}
                {t.action.label === 'Undo' && <kbd style={{ marginLeft: 6, color: '#cfd4da' }}>Ctrl+Z</kbd>}
              </button>
            )}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

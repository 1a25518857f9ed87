import { useEffect } from 'react';
import { isTyping } from './keys';
import { navigate, useRoute } from './router';
import { SCREENS, START_SCREEN } from './screens';
import { Sidebar } from './Sidebar';
import { ToastProvider } from './Toasts';
import { QuickLogHost } from '../features/calls/QuickLogHost';
import { GiftDialogHost } from '../features/gifts/GiftDialogHost';
import { CommandPalette } from './CommandPalette';
import { MissingDataBanner } from '../features/data/MissingDataBanner';

export function App() {
  const route = useRoute();
  const screen = SCREENS.find((s) => s.id === route.screen);

  useEffect(() => {
    if (!screen) navigate(START_SCREEN);
  }, [screen]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        const target = SCREENS.find((s) => s.key === e.key || `Digit${s.key}` === e.code);
        if (target) {
          e.preventDefault();
          navigate(target.id);
        }
      } else if (e.key === 'Escape' && isTyping(e.target)) {
        (e.target as HTMLElement).blur();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    performance.mark('touchpoint:shell-rendered');
  }, []);

  const Screen = screen?.component;
  return (
    <ToastProvider>
      <div className="app">
        <Sidebar current={screen?.id ?? ''} />
        <main className="main" id="main">
          <MissingDataBanner />
          {Screen ? <Screen route={route} /> : null}
        </main>
      </div>
      <QuickLogHost />
      <GiftDialogHost />
      <CommandPalette />
    </ToastProvider>
  );
}

import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initPlatform } from './platform';
import { startApp } from './app/startup';
import { startDailyNotices } from './app/dailyNotice';
import { ensurePlanned, registerPlanner } from './data/planner';
import { registerDataSafety } from './features/data/registerDataSafety';
import './styles.css';

performance.mark('touchpoint:start');
// zod probes for eval() once; the desktop CSP forbids eval, so skip the probe.
z.config({ jitless: true });
await initPlatform();
registerPlanner();
registerDataSafety();
await startApp();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
startDailyNotices();
// The rolling horizon and rule changes: planned in the background, never before the first screen.
setTimeout(() => void ensurePlanned().catch((e) => console.error('Planning failed', e)), 0);
setInterval(() => void ensurePlanned().catch(() => undefined), 10 * 60_000);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

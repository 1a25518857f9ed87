import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initPlatform } from './platform';
import { startApp } from './app/startup';
import { startDailyNotices } from './app/dailyNotice';
import './styles.css';

performance.mark('touchpoint:start');
await initPlatform();
await startApp();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
startDailyNotices();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

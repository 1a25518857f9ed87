/**
 * The theme's colors for charts. SVG attributes cannot always take var(--x), so the values are read
 * from the CSS variables and read again when the system switches between light and dark.
 */
import { useSyncExternalStore } from 'react';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  received: string;
  won: string;
  lost: string;
}

const FALLBACK: ChartColors = {
  text: '#1f2328',
  muted: '#646a73',
  grid: '#e2dfd8',
  surface: '#ffffff',
  received: '#3b7dd8',
  won: '#2f6f5e',
  lost: '#b42318',
};

function read(): ChartColors {
  if (typeof document === 'undefined') return FALLBACK;
  const s = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => s.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', FALLBACK.text),
    muted: v('--muted', FALLBACK.muted),
    grid: v('--border', FALLBACK.grid),
    surface: v('--surface', FALLBACK.surface),
    received: v('--chart-received', FALLBACK.received),
    won: v('--accent', FALLBACK.won),
    lost: v('--danger', FALLBACK.lost),
  };
}

let cached: ChartColors | null = null;
let cachedKey = '';

function snapshot(): ChartColors {
  const next = read();
  const key = JSON.stringify(next);
  if (!cached || key !== cachedKey) {
    cached = next;
    cachedKey = key;
  }
  return cached;
}

function subscribe(cb: () => void): () => void {
  const mq = window.matchMedia('(prefers-color-scheme: dark)');
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
}

export function useChartColors(): ChartColors {
  return useSyncExternalStore(subscribe, snapshot, () => FALLBACK);
}

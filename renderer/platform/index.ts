/**
 * Picks the platform once: Electron when the preload bridge is there, the browser otherwise.
 */
import { browserPlatform } from './browser';
import type { Platform } from './types';

let chosen: Platform = browserPlatform;

/** Called once at start-up (main.tsx) before anything uses the platform. */
export async function initPlatform(): Promise<Platform> {
  if (typeof window !== 'undefined' && 'touchpoint' in window) {
    const { createElectronPlatform } = await import('./electron');
    chosen = createElectronPlatform();
  }
  return chosen;
}

export function platform(): Platform {
  return chosen;
}

export type { Platform } from './types';

/**
 * Shared Playwright fixture: every test fails if the app makes a request to anything but the
 * local server (the app promises to make no network request at all), or logs a page error.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

// Chromium's own PDF viewer (chrome-extension://, chrome://) is part of the browser, not the network.
const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|about:|chrome-extension:\/\/|chrome:\/\/)/;

export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ page }, use) => {
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => {
        if (!LOCAL.test(r.url())) foreign.push(r.url());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await use();
      expect(foreign, 'the app must make no request to a non-local address').toEqual([]);
      expect(errors, 'no uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Saves a screenshot under test-results/screens/ for a person to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: false });
}

/** Opens the app at a screen and waits until it is interactive. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash ? `#/${hash}` : ''}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

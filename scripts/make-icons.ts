/**
 * Renders resources/icons/icon.svg to the PNG sizes the installers need (16…1024), with a
 * transparent background, in Debian's headless Chromium (no browser download).
 *   npx tsx scripts/make-icons.ts
 * electron-builder takes the folder for Linux (NxN.png names), 1024x1024.png for macOS and
 * 256x256.png for Windows. Commit the PNGs: packaging must not need a browser.
 */
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../resources/icons');

async function main(): Promise<void> {
  const svg = await readFile(path.join(dir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      // Small sizes (title bars, taskbars, tray) drop the macOS grid margin: every pixel counts.
      const viewBox = size <= 48 ? '96 96 832 832' : '0 0 1024 1024';
      const sized = svg
        .replace(/viewBox="0 0 1024 1024"/, `viewBox="${viewBox}"`)
        .replace(/width="1024" height="1024"/, `width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await writeFile(path.join(dir, `${size}x${size}.png`), png);
      await page.close();
      console.log(`resources/icons/${size}x${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  printPdfBytes,
  removeStalePrintFiles,
  safeFileStem,
  type PdfWindow,
  type PrintDeps,
} from '../../../electron/main/print';

const pdf = new TextEncoder().encode('%PDF-1.7\n% cards for Zoë\n%%EOF\n');

function harness(result: { success: boolean; failureReason: string } | Error, openPathError = '') {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'tp-print-'));
  const log: string[] = [];
  let loaded: string | null = null;
  let loadedBytes: Uint8Array | null = null;
  const deps: PrintDeps = {
    tempDir,
    async openPdfWindow(file, title) {
      loaded = file;
      loadedBytes = new Uint8Array(readFileSync(file));
      log.push(`open ${title}`);
      if (result instanceof Error) throw result;
      const win: PdfWindow = {
        print: async () => {
          log.push('print');
          return result;
        },
        close: () => log.push('close'),
      };
      return win;
    },
    async openPath(file) {
      log.push(`viewer ${path.basename(file)}`);
      return openPathError;
    },
  };
  return { deps, log, tempDir, loaded: () => loaded, loadedBytes: () => loadedBytes };
}

describe('printing a PDF', () => {
  it('prints the exact bytes in the app, closes the window and removes the temp file', async () => {
    const h = harness({ success: true, failureReason: '' });
    await expect(printPdfBytes(h.deps, pdf, 'Birthday cards – Zoë')).resolves.toBe('printed');
    expect(h.loadedBytes()).toEqual(pdf);
    expect(path.basename(h.loaded() ?? '')).toMatch(/^Birthday cards – Zoë-[0-9a-f]{8}\.pdf$/);
    expect(h.log).toEqual(['open Birthday cards – Zoë', 'print', 'close']);
    expect(readdirSync(h.tempDir)).toEqual([]);
  });

  it('treats a cancelled print dialog as done, without opening anything else', async () => {
    const h = harness({ success: false, failureReason: 'Print job canceled' });
    await expect(printPdfBytes(h.deps, pdf, 'Cards')).resolves.toBe('cancelled');
    expect(h.log).toEqual(['open Cards', 'print', 'close']);
    expect(readdirSync(h.tempDir)).toEqual([]);
  });

  it('falls back to the system PDF viewer when printing in the app fails', async () => {
    const h = harness({ success: false, failureReason: 'Print job failed' });
    await expect(printPdfBytes(h.deps, pdf, 'Cards')).resolves.toBe('opened-in-viewer');
    expect(h.log.slice(0, 3)).toEqual(['open Cards', 'print', 'close']);
    expect(h.log[3]).toMatch(/^viewer Cards-[0-9a-f]{8}\.pdf$/);
    // The viewer still needs the file.
    expect(existsSync(h.loaded() ?? '')).toBe(true);
  });

  it('falls back to the system viewer when the PDF window cannot load', async () => {
    const h = harness(new Error('ERR_BLOCKED_BY_CLIENT'));
    await expect(printPdfBytes(h.deps, pdf, 'Cards')).resolves.toBe('opened-in-viewer');
  });

  it('says where the PDF is when nothing can open it', async () => {
    const h = harness(
      { success: false, failureReason: 'Invalid printer settings' },
      'No application is associated',
    );
    await expect(printPdfBytes(h.deps, pdf, 'Cards')).rejects.toThrow(
      /Could not print "Cards": No application is associated\. The PDF is at .*Cards-[0-9a-f]{8}\.pdf/,
    );
  });
});

describe('print file names', () => {
  it('keep letters of every script and drop separators and controls', () => {
    expect(safeFileStem('Cards for 王小明 & Łukasz')).toBe('Cards for 王小明 & Łukasz');
    expect(safeFileStem('../../etc/passwd')).toBe('etc passwd');
    expect(safeFileStem('a\u0000b\nc:d*e?f')).toBe('a b c d e f');
    expect(safeFileStem('   ')).toBe('document');
    expect(safeFileStem('x'.repeat(200))).toHaveLength(80);
  });
});

describe('stale print files', () => {
  it('removes PDFs older than a day and keeps recent ones', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tp-print-stale-'));
    const now = new Date('2026-11-24T12:00:00Z');
    writeFileSync(path.join(dir, 'old.pdf'), 'x');
    writeFileSync(path.join(dir, 'new.pdf'), 'x');
    writeFileSync(path.join(dir, 'keep.txt'), 'x');
    const twoDaysAgo = new Date(now.getTime() - 2 * 86_400_000);
    utimesSync(path.join(dir, 'old.pdf'), twoDaysAgo, twoDaysAgo);
    utimesSync(path.join(dir, 'new.pdf'), now, now);
    expect(await removeStalePrintFiles(dir, now)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['keep.txt', 'new.pdf']);
    expect(await removeStalePrintFiles(path.join(dir, 'missing'), now)).toBe(0);
  });
});

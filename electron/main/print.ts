/**
 * Printing a PDF on the desktop: write it to a temp file, load it into a hidden window with
 * Chromium's PDF viewer, and open the system print dialog for it. If that fails (no PDF plugin,
 * a platform quirk), the PDF opens in the system's PDF viewer instead, so the user can always
 * print. Electron is injected (`openPdfWindow`, `openPath`), so the flow is tested in Node.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

export interface PdfWindow {
  /** Shows the print dialog; resolves when the user printed or cancelled. */
  print(): Promise<{ success: boolean; failureReason: string }>;
  close(): void;
}

export interface PrintDeps {
  tempDir: string;
  /** Loads the file into a hidden window with the PDF viewer; resolves once it is ready. */
  openPdfWindow(filePath: string, title: string): Promise<PdfWindow>;
  /** Opens a file with the system's default program; resolves to an error message or ''. */
  openPath(filePath: string): Promise<string>;
  log?(message: string): void;
}

export type PrintOutcome = 'printed' | 'cancelled' | 'opened-in-viewer';

/** A file-name-safe version of a title: letters of any script kept, separators and controls gone. */
export function safeFileStem(title: string, fallback = 'document'): string {
  const cleaned = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .slice(0, 80)
    .trim();
  return cleaned === '' ? fallback : cleaned;
}

export async function printPdfBytes(deps: PrintDeps, data: Uint8Array, title: string): Promise<PrintOutcome> {
  await fs.mkdir(deps.tempDir, { recursive: true });
  const file = path.join(deps.tempDir, `${safeFileStem(title)}-${randomUUID().slice(0, 8)}.pdf`);
  await fs.writeFile(file, data);

  let outcome: PrintOutcome | null = null;
  let win: PdfWindow | null = null;
  try {
    win = await deps.openPdfWindow(file, title);
    const result = await win.print();
    if (result.success) outcome = 'printed';
    else if (/cancel/i.test(result.failureReason)) outcome = 'cancelled';
    else deps.log?.(`Printing in the app failed (${result.failureReason}); opening the system viewer.`);
  } catch (e) {
    deps.log?.(`Could not print in the app (${(e as Error).message}); opening the system viewer.`);
  } finally {
    win?.close();
  }

  if (outcome) {
    // The job is spooled (or was cancelled): the temp copy is no longer needed. A file still
    // locked (Windows) is left for removeStalePrintFiles at the next start.
    await fs.rm(file, { force: true }).catch(() => undefined);
    return outcome;
  }

  const error = await deps.openPath(file);
  if (error) throw new Error(`Could not print "${title}": ${error}. The PDF is at ${file}.`);
  // The system viewer reads the file after we return: keep it; old temp files go at next start.
  return 'opened-in-viewer';
}

/** Print temp files older than `maxAgeMs` (those a system viewer may still have open are newer). */
export async function removeStalePrintFiles(
  tempDir: string,
  now: Date,
  maxAgeMs = 24 * 3600_000,
): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(tempDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.endsWith('.pdf')) continue;
    const file = path.join(tempDir, name);
    try {
      const stat = await fs.stat(file);
      if (now.getTime() - stat.mtimeMs > maxAgeMs) {
        await fs.rm(file, { force: true });
        removed++;
      }
    } catch {
      // Gone already.
    }
  }
  return removed;
}

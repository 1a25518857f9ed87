/**
 * Backing up before quitting. The main process asks the renderer (which owns IndexedDB) for a
 * backup and waits until it is written, the renderer says it cannot, or a timeout passes: a
 * hung renderer must never stop the user from quitting. Timers are injected, so the waiting is
 * tested with fake time.
 */

export type QuitBackupOutcome = 'written' | 'skipped' | 'timeout' | 'no-renderer';

export interface QuitBackupGate {
  /** True once the backup step has finished (any outcome): quitting may proceed. */
  readonly finished: boolean;
  /**
   * Starts the step once; later calls return the same promise. `request` sends `backup:request`
   * and returns false when there is no renderer to ask.
   */
  run(request: () => boolean): Promise<QuitBackupOutcome>;
  /** Call after every backup write; a `quit` backup ends the wait. */
  backupWritten(reason: string): void;
  /** The renderer answered that it cannot back up (nothing loaded yet, an error). */
  backupSkipped(): void;
  /** A new window replaced the old one: the next quit asks again. */
  reset(): void;
}

export interface TimerApi {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** How long quitting waits for the renderer's backup. */
export const QUIT_BACKUP_TIMEOUT_MS = 8000;

export function createQuitBackupGate(
  timeoutMs: number = QUIT_BACKUP_TIMEOUT_MS,
  timers: TimerApi = {
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  },
): QuitBackupGate {
  let finished = false;
  let pending: Promise<QuitBackupOutcome> | null = null;
  let settle: ((outcome: QuitBackupOutcome) => void) | null = null;

  return {
    get finished() {
      return finished;
    },
    run(request) {
      if (pending) return pending;
      pending = new Promise<QuitBackupOutcome>((resolve) => {
        let timer: unknown = null;
        settle = (outcome) => {
          if (finished) return;
          finished = true;
          settle = null;
          if (timer !== null) timers.clearTimeout(timer);
          resolve(outcome);
        };
        timer = timers.setTimeout(() => settle?.('timeout'), timeoutMs);
        let sent: boolean;
        try {
          sent = request();
        } catch {
          sent = false;
        }
        if (!sent) settle('no-renderer');
      });
      return pending;
    },
    backupWritten(reason) {
      if (reason === 'quit') settle?.('written');
    },
    backupSkipped() {
      settle?.('skipped');
    },
    reset() {
      if (pending && !finished) return; // a quit is in progress; let it finish
      finished = false;
      pending = null;
      settle = null;
    },
  };
}

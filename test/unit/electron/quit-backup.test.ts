import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuitBackupGate, QUIT_BACKUP_TIMEOUT_MS } from '../../../electron/main/quit-backup';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the backup before quitting', () => {
  it('asks the renderer once and lets the app quit when the quit backup is written', async () => {
    const gate = createQuitBackupGate(5000);
    let asked = 0;
    const first = gate.run(() => {
      asked++;
      return true;
    });
    const second = gate.run(() => {
      asked++;
      return true;
    });
    expect(second).toBe(first);
    expect(gate.finished).toBe(false);
    gate.backupWritten('daily'); // an unrelated backup does not end the wait
    expect(gate.finished).toBe(false);
    gate.backupWritten('quit');
    await expect(first).resolves.toBe('written');
    expect(gate.finished).toBe(true);
    expect(asked).toBe(1);
  });

  it('never hangs: a silent renderer is given up on after the timeout', async () => {
    const gate = createQuitBackupGate(5000);
    const outcome = gate.run(() => true);
    await vi.advanceTimersByTimeAsync(4999);
    expect(gate.finished).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toBe('timeout');
    expect(gate.finished).toBe(true);
  });

  it('uses a default timeout of a few seconds', () => {
    expect(QUIT_BACKUP_TIMEOUT_MS).toBeGreaterThanOrEqual(3000);
    expect(QUIT_BACKUP_TIMEOUT_MS).toBeLessThanOrEqual(15000);
  });

  it('quits at once when there is no renderer to ask, or asking throws', async () => {
    await expect(createQuitBackupGate(5000).run(() => false)).resolves.toBe('no-renderer');
    await expect(
      createQuitBackupGate(5000).run(() => {
        throw new Error('webContents destroyed');
      }),
    ).resolves.toBe('no-renderer');
  });

  it('quits at once when the renderer says it cannot back up', async () => {
    const gate = createQuitBackupGate(5000);
    const outcome = gate.run(() => true);
    gate.backupSkipped();
    await expect(outcome).resolves.toBe('skipped');
    expect(vi.getTimerCount()).toBe(0); // the timeout was cleared
  });

  it('asks again after a new window replaces the closed one (macOS)', async () => {
    const gate = createQuitBackupGate(5000);
    const first = gate.run(() => true);
    gate.reset(); // ignored while a quit is in progress
    gate.backupWritten('quit');
    await first;
    gate.reset();
    expect(gate.finished).toBe(false);
    let asked = false;
    const again = gate.run(() => {
      asked = true;
      return true;
    });
    expect(asked).toBe(true);
    gate.backupWritten('quit');
    await expect(again).resolves.toBe('written');
  });

  it('ignores late answers after it gave up', async () => {
    const gate = createQuitBackupGate(100);
    const outcome = gate.run(() => true);
    await vi.advanceTimersByTimeAsync(100);
    gate.backupWritten('quit');
    gate.backupSkipped();
    await expect(outcome).resolves.toBe('timeout');
  });
});

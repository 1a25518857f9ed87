/**
 * Mounted once in the app shell. Ctrl/Cmd+K opens the command palette; the desktop application
 * menu's commands arrive here too (platform().onMenuCommand), so both run the same actions
 * from one table (./commands).
 */
import { useEffect, useMemo, useState } from 'react';
import { platform } from '../platform';
import { runMenuCommand, type CommandContext } from './commands';
import { CommandPaletteDialog } from './CommandPaletteDialog';
import { NewClientDialog } from './NewClientDialog';
import { navigate } from './router';
import { openCallLog } from '../features/calls/quickLog';
import { backupNow } from '../data/backup';
import { useToast } from './Toasts';

/** Ctrl+K, or Cmd+K on macOS. Works while typing, on every screen. */
export function isPaletteShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
}

export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const toast = useToast();
  const ctx = useMemo<CommandContext>(
    () => ({
      navigate,
      newClient: () => setCreating(true),
      logCall: () => openCallLog(),
      backupNow: () =>
        void backupNow('manual').then(
          (b) => toast.show(`Backed up: ${b.name}`),
          (e: unknown) => toast.show(`The backup failed: ${e instanceof Error ? e.message : String(e)}`),
        ),
    }),
    [toast],
  );

  useEffect(() => {
    const stopMenu = platform().onMenuCommand((command) => {
      setOpen(false);
      if (!runMenuCommand(command, ctx)) console.warn(`Unknown menu command: ${command}`);
    });
    const onKey = (e: KeyboardEvent) => {
      if (!isPaletteShortcut(e)) return;
      e.preventDefault();
      setOpen((o) => !o);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      stopMenu();
      window.removeEventListener('keydown', onKey);
    };
  }, [ctx]);

  return (
    <>
      {open && <CommandPaletteDialog onClose={() => setOpen(false)} context={ctx} />}
      {creating && <NewClientDialog onClose={() => setCreating(false)} />}
    </>
  );
}

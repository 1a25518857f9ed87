/**
 * Every command the user can run by name, in one table: the desktop application menu sends the
 * same ids (shared/ipc.ts MENU_COMMAND_IDS) and the command palette (Ctrl/Cmd+K) lists the same
 * actions, plus going to each screen and opening a client. Pure apart from the context it is
 * given, so the table is unit-tested without a window.
 */
import { fold } from '../../shared/clients/search';
import { isMenuCommandId, type MenuCommandId } from '../../shared/ipc';

/** What commands may do; the palette host provides it. */
export interface CommandContext {
  navigate(path: string): void;
  /** Opens the new-client form over the current screen. */
  newClient(): void;
  /** Opens the call log over the current screen. */
  logCall(): void;
  /** Writes a backup now and says where it went. */
  backupNow(): void;
}

export type CommandGroup = 'Actions' | 'Go to';

export interface AppCommand {
  id: string;
  label: string;
  group: CommandGroup;
  /** More words the palette matches, e.g. "csv vcard" for Import. */
  keywords?: string;
  /** The desktop menu's accelerator, e.g. "CmdOrCtrl+Shift+E" (shown in the palette). */
  accelerator?: string;
  run(ctx: CommandContext): void;
}

/**
 * Where data import, export and backups live: the Data section of Settings. Printing happens on
 * the Cards screen. These screens are built by their own features; the commands only go there.
 */
export const DATA_ROUTE = 'settings?section=data';
export const CARDS_ROUTE = 'cards';

/** The application menu's commands, by id. The accelerators match electron/main/menu.ts. */
export const MENU_ACTIONS: Readonly<Record<MenuCommandId, AppCommand>> = {
  'client:new': {
    id: 'client:new',
    label: 'New client',
    group: 'Actions',
    keywords: 'add create person contact',
    accelerator: 'CmdOrCtrl+N',
    run: (ctx) => ctx.newClient(),
  },
  'data:import': {
    id: 'data:import',
    label: 'Import clients…',
    group: 'Actions',
    keywords: 'csv vcard contacts spreadsheet open restore',
    accelerator: 'CmdOrCtrl+O',
    run: (ctx) => ctx.navigate(DATA_ROUTE),
  },
  'data:export': {
    id: 'data:export',
    label: 'Export data…',
    group: 'Actions',
    keywords: 'csv download save spreadsheet',
    accelerator: 'CmdOrCtrl+Shift+E',
    run: (ctx) => ctx.navigate(DATA_ROUTE),
  },
  'backup:now': {
    id: 'backup:now',
    label: 'Back up now',
    group: 'Actions',
    keywords: 'backup save copy restore safety',
    accelerator: 'CmdOrCtrl+Shift+B',
    run: (ctx) => ctx.backupNow(),
  },
  'cards:print': {
    id: 'cards:print',
    label: 'Print cards…',
    group: 'Actions',
    keywords: 'pdf print envelopes labels greeting',
    accelerator: 'CmdOrCtrl+P',
    run: (ctx) => ctx.navigate(CARDS_ROUTE),
  },
  'call:log': {
    id: 'call:log',
    label: 'Log a call…',
    group: 'Actions',
    keywords: 'phone call timer talk',
    accelerator: 'CmdOrCtrl+L',
    run: (ctx) => ctx.logCall(),
  },
};

/** Runs a command the application menu sent. Unknown ids are ignored (and reported as false). */
export function runMenuCommand(command: string, ctx: CommandContext): boolean {
  if (!isMenuCommandId(command)) return false;
  MENU_ACTIONS[command].run(ctx);
  return true;
}

/** "Go to <screen>" for each screen of the sidebar, with its Alt+<key> shortcut. */
export function screenCommands(screens: readonly { id: string; label: string; key: string }[]): AppCommand[] {
  return screens.map((s) => ({
    id: `go:${s.id}`,
    label: `Go to ${s.label}`,
    group: 'Go to' as const,
    keywords: s.id,
    accelerator: `Alt+${s.key}`,
    run: (ctx: CommandContext) => ctx.navigate(s.id),
  }));
}

/** Every command the palette lists, actions first. */
export function allCommands(screens: readonly { id: string; label: string; key: string }[]): AppCommand[] {
  return [...Object.values(MENU_ACTIONS), ...screenCommands(screens)];
}

/** "CmdOrCtrl+Shift+E" as the user's keyboard says it: "Ctrl+Shift+E", or "⌘⇧E" on a Mac. */
export function acceleratorLabel(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+');
  if (!mac) return parts.map((p) => (p === 'CmdOrCtrl' ? 'Ctrl' : p)).join('+');
  const mac_: Record<string, string> = { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };
  return parts.map((p) => mac_[p] ?? p).join('');
}

/**
 * Fuzzy-ish matching: every character of the query in order ("nwcl" finds "New client"),
 * ignoring case and accents. Higher is better; null is no match. Whole-word and word-start hits
 * and unbroken runs score best, so "exp" ranks "Export data" over "Back up now".
 */
export function fuzzyScore(query: string, text: string): number | null {
  const q = fold(query).replace(/\s+/g, '');
  if (!q) return 0;
  const t = fold(text);
  const at = t.indexOf(q);
  if (at >= 0) {
    // A plain substring: best at the start, then at a word start, then anywhere.
    const wordStart = at === 0 || /[^\p{L}\p{N}]/u.test(t[at - 1] ?? ' ');
    return 1000 - at + (at === 0 ? 500 : 0) + (wordStart ? 300 : 0) + q.length * 10;
  }
  let score = 0;
  let ti = 0;
  let run = 0;
  for (const ch of q) {
    let found = -1;
    for (let i = ti; i < t.length; i++) {
      if (t[i] === ch) {
        found = i;
        break;
      }
    }
    if (found < 0) return null;
    const wordStart = found === 0 || /[^\p{L}\p{N}]/u.test(t[found - 1] ?? ' ');
    run = found === ti && ti > 0 ? run + 1 : 0;
    score += 10 + (wordStart ? 15 : 0) + run * 5 - Math.min(found - ti, 10);
    ti = found + 1;
  }
  return score;
}

/** The commands matching a query, best first (ties keep the table's order). */
export function rankCommands(query: string, commands: readonly AppCommand[]): AppCommand[] {
  if (!query.trim()) return [...commands];
  return commands
    .map((c, i) => {
      const onLabel = fuzzyScore(query, c.label);
      const onKeywords = c.keywords ? fuzzyScore(query, c.keywords) : null;
      // A keyword hit counts, but less than the same hit on the label.
      const score = Math.max(onLabel ?? -Infinity, onKeywords === null ? -Infinity : onKeywords - 200);
      return { c, i, score };
    })
    .filter((x) => x.score > -Infinity)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.c);
}

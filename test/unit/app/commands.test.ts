import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../electron/main/menu';
import {
  CARDS_ROUTE,
  DATA_ROUTE,
  MENU_ACTIONS,
  acceleratorLabel,
  allCommands,
  fuzzyScore,
  rankCommands,
  runMenuCommand,
  screenCommands,
  type CommandContext,
} from '../../../renderer/app/commands';
import { MENU_COMMAND_IDS } from '../../../shared/ipc';

function recorder(): CommandContext & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    navigate: (p) => calls.push(`navigate ${p}`),
    newClient: () => calls.push('new client'),
    logCall: () => calls.push('log call'),
    backupNow: () => calls.push('backup now'),
  };
}

const SCREENS = [
  { id: 'today', label: 'Today', key: '1' },
  { id: 'calendar', label: 'Calendar', key: '2' },
  { id: 'clients', label: 'Clients', key: '3' },
  { id: 'settings', label: 'Settings', key: '6' },
];

describe('the menu command table', () => {
  it('has a renderer action for every application menu command id, and nothing else', () => {
    expect(Object.keys(MENU_ACTIONS).sort()).toEqual([...MENU_COMMAND_IDS].sort());
    for (const id of MENU_COMMAND_IDS) expect(MENU_ACTIONS[id].id).toBe(id);
  });

  it('every menu command does something a user would see', () => {
    const expected: Record<string, string> = {
      'client:new': 'new client',
      'data:import': `navigate ${DATA_ROUTE}`,
      'data:export': `navigate ${DATA_ROUTE}`,
      'backup:now': 'backup now',
      'cards:print': `navigate ${CARDS_ROUTE}`,
      'call:log': 'log call',
    };
    for (const id of MENU_COMMAND_IDS) {
      const ctx = recorder();
      expect(runMenuCommand(id, ctx)).toBe(true);
      expect(ctx.calls).toEqual([expected[id]]);
    }
    expect(DATA_ROUTE).toBe('settings?section=data');
    expect(CARDS_ROUTE).toBe('cards');
  });

  it('ignores an id the renderer does not know (a newer main process) without throwing', () => {
    const ctx = recorder();
    expect(runMenuCommand('window:explode', ctx)).toBe(false);
    expect(ctx.calls).toEqual([]);
  });

  it('shows the same keyboard shortcuts as the desktop menu', () => {
    for (const m of MENU_COMMANDS) expect(MENU_ACTIONS[m.id].accelerator).toBe(m.accelerator);
  });

  it('the palette lists every menu action and every screen', () => {
    const ids = allCommands(SCREENS).map((c) => c.id);
    expect(ids).toEqual([...MENU_COMMAND_IDS, 'go:today', 'go:calendar', 'go:clients', 'go:settings']);
    const ctx = recorder();
    screenCommands(SCREENS)[2]?.run(ctx);
    expect(ctx.calls).toEqual(['navigate clients']);
  });
});

describe('shortcut labels', () => {
  it('reads CmdOrCtrl as Ctrl on Windows/Linux and ⌘ on a Mac', () => {
    expect(acceleratorLabel('CmdOrCtrl+Shift+E', false)).toBe('Ctrl+Shift+E');
    expect(acceleratorLabel('CmdOrCtrl+Shift+E', true)).toBe('⌘⇧E');
    expect(acceleratorLabel('Alt+3', true)).toBe('⌥3');
  });
});

describe('palette matching', () => {
  const all = allCommands(SCREENS);
  const top = (q: string) => rankCommands(q, all)[0]?.label;

  it('finds commands by a prefix, a word inside, initials or a keyword', () => {
    expect(top('new')).toBe('New client');
    expect(top('exp')).toBe('Export data…');
    expect(top('cal')).toBe('Go to Calendar');
    expect(top('settings')).toBe('Go to Settings');
    expect(top('nwcl')).toBe('New client');
    expect(top('csv')).toBe('Import clients…'); // keyword
    expect(top('print')).toBe('Print cards…');
    expect(top('BACKUP')).toBe('Back up now');
  });

  it('ignores accents and case, and returns nothing for nonsense', () => {
    expect(fuzzyScore('clïent', 'New client')).not.toBeNull();
    expect(rankCommands('zzqx', all)).toEqual([]);
  });

  it('an empty query lists everything in table order', () => {
    expect(rankCommands('  ', all).map((c) => c.id)).toEqual(all.map((c) => c.id));
  });

  it('ranks a start-of-text hit above a hit inside a word above scattered letters', () => {
    const start = fuzzyScore('cli', 'Clients') ?? 0;
    const word = fuzzyScore('cli', 'New client') ?? 0;
    const scattered = fuzzyScore('cli', 'Calendar list') ?? 0;
    expect(start).toBeGreaterThan(word);
    expect(word).toBeGreaterThan(scattered);
  });
});

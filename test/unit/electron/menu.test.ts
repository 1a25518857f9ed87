import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutDialogContent, buildMenuTemplate, MENU_COMMANDS } from '../../../electron/main/menu';
import { MENU_COMMAND_IDS } from '../../../shared/ipc';

/** Accelerators Electron's roles already use (macOS and Windows/Linux), normalised. */
const ROLE_ACCELERATORS = [
  'CmdOrCtrl+Z',
  'Shift+CmdOrCtrl+Z',
  'CmdOrCtrl+Y',
  'CmdOrCtrl+X',
  'CmdOrCtrl+C',
  'CmdOrCtrl+V',
  'Shift+Alt+CmdOrCtrl+V',
  'CmdOrCtrl+A',
  'CmdOrCtrl+R',
  'Shift+CmdOrCtrl+R',
  'Alt+CmdOrCtrl+I',
  'Shift+CmdOrCtrl+I',
  'CmdOrCtrl+0',
  'CmdOrCtrl+Plus',
  'CmdOrCtrl+-',
  'F11',
  'Ctrl+CmdOrCtrl+F',
  'CmdOrCtrl+Q',
  'CmdOrCtrl+W',
  'CmdOrCtrl+M',
  'CmdOrCtrl+H',
  'Alt+CmdOrCtrl+H',
];

function norm(accelerator: string): string {
  return accelerator
    .split('+')
    .map((k) => k.trim().toLowerCase())
    .sort()
    .join('+');
}

function findMenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label === label || (label === 'Help' && m.role === 'help'));
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.map((i) => i.label ?? (i.type === 'separator' ? '—' : `role:${i.role}`));
}

const noop = { sendCommand: () => {}, showAbout: () => {}, showDataFolder: () => {} };

describe('the command table', () => {
  it('covers every renderer command id exactly once', () => {
    expect(MENU_COMMANDS.map((c) => c.id).sort()).toEqual([...MENU_COMMAND_IDS].sort());
  });

  it('gives every command a label and a unique accelerator that no built-in role uses', () => {
    const seen = new Set(ROLE_ACCELERATORS.map(norm));
    for (const cmd of MENU_COMMANDS) {
      expect(cmd.label.trim(), cmd.id).not.toBe('');
      expect(seen.has(norm(cmd.accelerator)), `${cmd.id} ${cmd.accelerator}`).toBe(false);
      seen.add(norm(cmd.accelerator));
    }
  });

  it('uses the shortcuts people expect', () => {
    const by = Object.fromEntries(MENU_COMMANDS.map((c) => [c.id, c.accelerator]));
    expect(by['client:new']).toBe('CmdOrCtrl+N');
    expect(by['cards:print']).toBe('CmdOrCtrl+P');
    expect(by['call:log']).toBe('CmdOrCtrl+L');
  });
});

describe('the menu', () => {
  it('has File, Edit, View and Help on Windows and Linux, with Quit in File', () => {
    const t = buildMenuTemplate({ platform: 'win32', isDev: false, appName: 'Touchpoint' }, noop);
    expect(t.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'help']);
    expect(labels(findMenu(t, 'File'))).toEqual([
      'New client',
      '—',
      'Import…',
      'Export…',
      'Back up now',
      '—',
      'Print cards…',
      'Log a call…',
      '—',
      'role:quit',
    ]);
    expect(labels(findMenu(t, 'Help'))).toEqual(['About Touchpoint', 'Show data folder']);
  });

  it('has the app menu with About on macOS, and Close instead of Quit in File', () => {
    const t = buildMenuTemplate({ platform: 'darwin', isDev: false, appName: 'Touchpoint' }, noop);
    expect(t[0]?.label).toBe('Touchpoint');
    expect(labels(findMenu(t, 'Touchpoint'))[0]).toBe('About Touchpoint');
    expect(findMenu(t, 'File').at(-1)?.role).toBe('close');
    expect(t.some((m) => m.role === 'windowMenu')).toBe(true);
  });

  it('offers reload and DevTools only in dev', () => {
    const prod = findMenu(buildMenuTemplate({ platform: 'linux', isDev: false, appName: 'T' }, noop), 'View');
    const dev = findMenu(buildMenuTemplate({ platform: 'linux', isDev: true, appName: 'T' }, noop), 'View');
    expect(prod.map((i) => i.role)).not.toContain('reload');
    expect(prod.map((i) => i.role)).not.toContain('toggleDevTools');
    expect(prod.map((i) => i.role)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
    expect(dev.map((i) => i.role)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('sends each command id to the renderer when clicked', () => {
    const sent: string[] = [];
    let about = 0;
    const t = buildMenuTemplate(
      { platform: 'linux', isDev: false, appName: 'Touchpoint' },
      { sendCommand: (id) => sent.push(id), showAbout: () => about++, showDataFolder: () => {} },
    );
    for (const item of findMenu(t, 'File')) {
      if (item.id) (item.click as () => void)();
    }
    expect(sent).toEqual(['client:new', 'data:import', 'data:export', 'backup:now', 'cards:print', 'call:log']);
    (findMenu(t, 'Help')[0]?.click as () => void)();
    expect(about).toBe(1);
  });

  it('puts the accelerator on each command item', () => {
    const file = findMenu(buildMenuTemplate({ platform: 'linux', isDev: false, appName: 'T' }, noop), 'File');
    expect(file.find((i) => i.id === 'data:export')?.accelerator).toBe('CmdOrCtrl+Shift+E');
  });
});

describe('the About box', () => {
  it('shows the version and where the data lives', () => {
    const c = aboutDialogContent({
      appName: 'Touchpoint',
      version: '0.1.0',
      dataFolder: 'C:\\Users\\Zoë\\AppData\\Roaming\\Touchpoint',
      electronVersion: '45.4.1',
      chromeVersion: '142.0.0.0',
    });
    expect(c.message).toBe('Touchpoint 0.1.0');
    expect(c.detail).toContain('C:\\Users\\Zoë\\AppData\\Roaming\\Touchpoint');
    expect(c.detail).toContain('Electron 45.4.1');
  });
});

/**
 * The application menu as data. Commands the renderer carries out are one table (label,
 * accelerator, command id); the menu template is built from it by a pure function, so the
 * test sees exactly what the user sees. Clicking a command sends its id to the renderer.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommandId } from '../../shared/ipc';

export interface MenuCommand {
  id: MenuCommandId;
  label: string;
  accelerator: string;
}

/** The File menu's own commands, in menu order. Separators fall between groups. */
export const FILE_MENU_COMMANDS: readonly (readonly MenuCommand[])[] = [
  [{ id: 'client:new', label: 'New client', accelerator: 'CmdOrCtrl+N' }],
  [
    { id: 'data:import', label: 'Import…', accelerator: 'CmdOrCtrl+O' },
    { id: 'data:export', label: 'Export…', accelerator: 'CmdOrCtrl+Shift+E' },
    { id: 'backup:now', label: 'Back up now', accelerator: 'CmdOrCtrl+Shift+B' },
  ],
  [
    { id: 'cards:print', label: 'Print cards…', accelerator: 'CmdOrCtrl+P' },
    { id: 'call:log', label: 'Log a call…', accelerator: 'CmdOrCtrl+L' },
  ],
];

export const MENU_COMMANDS: readonly MenuCommand[] = FILE_MENU_COMMANDS.flat();

export interface MenuActions {
  /** Sends a command id to the renderer. */
  sendCommand(id: MenuCommandId): void;
  /** Shows the About box (version and data folder). */
  showAbout(): void;
  /** Opens the data folder in the file manager. */
  showDataFolder(): void;
}

export interface MenuEnv {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
}

export function buildMenuTemplate(env: MenuEnv, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = env.platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const commandItems: MenuItemConstructorOptions[] = [];
  FILE_MENU_COMMANDS.forEach((group, i) => {
    if (i > 0) commandItems.push(sep);
    for (const cmd of group) {
      commandItems.push({
        id: cmd.id,
        label: cmd.label,
        accelerator: cmd.accelerator,
        click: () => actions.sendCommand(cmd.id),
      });
    }
  });

  const about: MenuItemConstructorOptions = {
    label: `About ${env.appName}`,
    click: () => actions.showAbout(),
  };
  const dataFolder: MenuItemConstructorOptions = {
    label: 'Show data folder',
    click: () => actions.showDataFolder(),
  };

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: env.appName,
      submenu: [
        about,
        sep,
        { role: 'services' },
        sep,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        sep,
        { role: 'quit' },
      ],
    });
  }

  template.push({
    label: 'File',
    submenu: [...commandItems, sep, mac ? { role: 'close' } : { role: 'quit' }],
  });

  template.push({
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      sep,
      { role: 'selectAll' },
    ],
  });

  template.push({
    label: 'View',
    submenu: [
      // Reloading a packaged app only loses unsaved form input; DevTools ship only in dev.
      ...(env.isDev
        ? [
            { role: 'reload' } as const,
            { role: 'forceReload' } as const,
            { role: 'toggleDevTools' } as const,
            sep,
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  });

  if (mac) {
    template.push({ role: 'windowMenu' });
  }

  template.push({
    role: 'help',
    submenu: mac ? [dataFolder] : [about, dataFolder],
  });

  return template;
}

export interface AboutInfo {
  appName: string;
  version: string;
  dataFolder: string;
  electronVersion: string;
  chromeVersion: string;
}

/** The About box text: the version to quote in a support mail, and where the data lives. */
export function aboutDialogContent(info: AboutInfo): { title: string; message: string; detail: string } {
  return {
    title: `About ${info.appName}`,
    message: `${info.appName} ${info.version}`,
    detail: [
      `Your data folder (database, backups, window state):`,
      info.dataFolder,
      '',
      `Electron ${info.electronVersion} · Chromium ${info.chromeVersion}`,
    ].join('\n'),
  };
}

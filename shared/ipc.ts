/**
 * The IPC contract between the renderer and the Electron main process, defined once.
 *
 * Every channel has a name and a zod schema for its payload. The main process validates each
 * payload with the same schema before it touches the disk, a dialog or the OS, so a compromised
 * or buggy renderer can only ask for what the schema allows. The preload exposes one method per
 * channel (see `TouchpointBridge`), never `ipcRenderer` itself.
 *
 * Pure TypeScript + zod: imported by the main process, the preload and the renderer.
 */
import { z } from 'zod';

// ---------- limits (bytes) ----------

/** Largest file a user can save through the native dialog (exports, PDFs, backups). */
export const MAX_SAVE_BYTES = 256 * 1024 * 1024;
/** Largest file the open dialog hands to the renderer (imports, restores). */
export const MAX_OPEN_BYTES = 64 * 1024 * 1024;
/** Largest PDF the shell will print. */
export const MAX_PRINT_BYTES = 256 * 1024 * 1024;
/** Largest backup (JSON characters). */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;

const mib = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

// ---------- building blocks ----------

/** A plain file name: no folders, no control characters, not "." or "..". */
export const fileNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the file a name')
  .max(200, 'File name is too long (at most 200 characters)')
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[/\\\u0000-\u001f\u007f]/.test(s), {
    error: 'File name may not contain / or \\ or control characters',
  })
  .refine((s) => s !== '.' && s !== '..', { error: 'File name may not be "." or ".."' });

export const fileFilterSchema = z.object({
  name: z.string().trim().min(1, 'Name the file type, e.g. "PDF document"').max(100),
  extensions: z
    .array(
      z
        .string()
        .regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'An extension is letters and digits without the dot, e.g. "pdf"'),
    )
    .min(1, 'List at least one extension')
    .max(20),
});

/** Bytes of any backing buffer (typed as plain `Uint8Array`, as the Platform interface has it). */
const uint8ArraySchema = (what: string) =>
  z.custom<Uint8Array>((v) => v instanceof Uint8Array, { error: `${what} must be bytes (a Uint8Array)` });

const bytesSchema = (max: number, what: string) =>
  uint8ArraySchema(what).refine((b) => b.byteLength <= max, { error: `${what} is larger than ${mib(max)}` });

/** Why a backup was taken. Becomes part of the file name, so it is a short slug. */
export const backupReasonSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'Backup reason must be a short lowercase word such as daily or quit');

/**
 * Backup file names: `touchpoint-<UTC instant with - for :>-<reason>.json`. The instant comes
 * first so names sort by time, and only this exact shape can be read back (no paths, no "..").
 */
export const BACKUP_FILE_NAME =
  /^touchpoint-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z][a-z0-9-]{0,39})\.json$/;

export const backupNameSchema = z
  .string()
  .regex(BACKUP_FILE_NAME, 'That is not the name of a Touchpoint backup file');

export const backupInfoSchema = z.object({
  name: backupNameSchema,
  createdAt: z.string(),
  reason: backupReasonSchema,
  sizeBytes: z.number().int().nonnegative(),
});

// ---------- menu commands (main → renderer) ----------

/** What the application menu can ask the renderer to do. The renderer switches on these ids. */
export const MENU_COMMAND_IDS = [
  'client:new',
  'data:import',
  'data:export',
  'backup:now',
  'cards:print',
  'call:log',
] as const;
export type MenuCommandId = (typeof MENU_COMMAND_IDS)[number];

export function isMenuCommandId(value: unknown): value is MenuCommandId {
  return typeof value === 'string' && (MENU_COMMAND_IDS as readonly string[]).includes(value);
}

// ---------- the invoke channels (renderer → main, answered) ----------

const none = z.undefined();

export const ipcContract = {
  saveFile: {
    channel: 'file:save',
    request: z.object({
      suggestedName: fileNameSchema,
      data: z.union([
        bytesSchema(MAX_SAVE_BYTES, 'The file'),
        z.string().max(MAX_SAVE_BYTES, `The file is larger than ${mib(MAX_SAVE_BYTES)}`),
      ]),
      mimeType: z.string().min(1).max(200),
      filters: z.array(fileFilterSchema).max(10).optional(),
    }),
    response: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  openFile: {
    channel: 'file:open',
    request: z.object({ filters: z.array(fileFilterSchema).max(10) }),
    response: z.object({ name: z.string(), data: uint8ArraySchema('The file') }).nullable(),
  },
  printPdf: {
    channel: 'print:pdf',
    request: z.object({
      data: bytesSchema(MAX_PRINT_BYTES, 'The PDF').refine(
        // "%PDF-": anything else would be shown by the viewer as an error page, not printed.
        (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d,
        { error: 'That is not a PDF document (it does not start with %PDF-)' },
      ),
      title: z.string().trim().min(1, 'Give the print job a title').max(200),
    }),
    response: z.void(),
  },
  notify: {
    channel: 'notify:show',
    request: z.object({
      title: z.string().trim().min(1, 'A notification needs a title').max(200),
      body: z.string().max(1000, 'Notification text is too long (at most 1000 characters)'),
    }),
    response: z.void(),
  },
  writeBackup: {
    channel: 'backup:write',
    request: z.object({
      json: z
        .string()
        .min(2, 'The backup is empty')
        .max(MAX_BACKUP_CHARS, `The backup is larger than ${mib(MAX_BACKUP_CHARS)}`),
      reason: backupReasonSchema,
    }),
    response: backupInfoSchema,
  },
  listBackups: {
    channel: 'backup:list',
    request: none,
    response: z.array(backupInfoSchema),
  },
  readBackup: {
    channel: 'backup:read',
    request: z.object({ name: backupNameSchema }),
    response: z.string(),
  },
  /** The renderer answers a `backup:request` it cannot fulfil, so quitting does not wait. */
  backupSkipped: {
    channel: 'backup:skipped',
    request: z.object({ reason: z.string().max(500) }),
    response: z.void(),
  },
  setBadgeCount: {
    channel: 'badge:set',
    request: z.object({
      count: z.number().int('Badge count must be a whole number').min(0).max(99_999),
    }),
    response: z.void(),
  },
  openExternal: {
    channel: 'external:open',
    request: z.object({ url: z.string().max(2048, 'Link is too long') }),
    /** False when the link failed the allow-list and was not opened. */
    response: z.boolean(),
  },
  appInfo: {
    channel: 'app:info',
    request: none,
    response: z.object({ version: z.string(), dataFolder: z.string().optional() }),
  },
  getLoginItem: {
    channel: 'login-item:get',
    request: none,
    response: z.object({ supported: z.boolean(), openAtLogin: z.boolean() }),
  },
  setOpenAtLogin: {
    channel: 'login-item:set',
    request: z.object({ enabled: z.boolean() }),
    response: z.object({ supported: z.boolean(), openAtLogin: z.boolean() }),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcKey = keyof IpcContract;
/** What the renderer sends. */
export type IpcRequest<K extends IpcKey> = z.input<IpcContract[K]['request']>;
/** What the main process sees after validation. */
export type IpcParsedRequest<K extends IpcKey> = z.output<IpcContract[K]['request']>;
export type IpcResponse<K extends IpcKey> = z.output<IpcContract[K]['response']>;

export const IPC_KEYS = Object.keys(ipcContract) as IpcKey[];

// ---------- events (main → renderer) ----------

export const ipcEvents = {
  /** Payload: a MenuCommandId. */
  menuCommand: 'menu:command',
  /** No payload. The renderer answers with writeBackup(reason "quit") or backupSkipped. */
  backupRequest: 'backup:request',
} as const;

// ---------- the bridge the preload exposes as `window.touchpoint` ----------

type InvokeMethod<K extends IpcKey> =
  undefined extends IpcRequest<K>
    ? () => Promise<IpcResponse<K>>
    : (request: IpcRequest<K>) => Promise<IpcResponse<K>>;

export type TouchpointBridge = { readonly [K in IpcKey]: InvokeMethod<K> } & {
  /** Calls `handler` with each menu command id; returns a function that unsubscribes. */
  readonly onMenuCommand: (handler: (command: MenuCommandId) => void) => () => void;
  /** Calls `handler` when the app is about to quit and wants a backup first. */
  readonly onBackupRequest: (handler: () => void) => () => void;
};

/** Names of the bridge's methods, for tests and the smoke test. */
export const BRIDGE_METHODS = [...IPC_KEYS, 'onMenuCommand', 'onBackupRequest'] as const;

/**
 * A readable message for a payload that failed its schema, naming the channel and each field.
 * Example: `Invalid file:save request: suggestedName: File name may not contain / or \ …`.
 */
export function describeIpcIssues(channel: string, error: z.ZodError): string {
  const parts = error.issues.map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  return `Invalid ${channel} request: ${parts.join('; ')}`;
}

import { describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  createBackup,
  readBackup,
  type BackupProblem,
  type BackupTables,
  type ReadBackupResult,
} from '../../../shared/backup';
import { backupRoundTrip, makeEveryKindDataset, makeManyClients } from '../../../shared/backup/fixtures';

const CREATED = '2026-03-14T10:00:00.000Z';
const opts = { currentSchemaVersion: 1 };

async function backupOf(tables: BackupTables, extra: { schemaVersion?: number; appVersion?: string } = {}) {
  return createBackup({
    tables,
    appVersion: extra.appVersion ?? '0.1.0',
    createdAt: CREATED,
    schemaVersion: extra.schemaVersion ?? 1,
  });
}

function errorsOf(r: ReadBackupResult): BackupProblem[] {
  if (r.ok) throw new Error('expected the backup to be refused');
  // Refused results never carry data the caller could write by mistake.
  expect(r).not.toHaveProperty('backup');
  return r.errors;
}

/** Edits the parsed backup and writes it back, keeping the (now stale) checksum. */
function edit(text: string, change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(text) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('createBackup → readBackup round trip', () => {
  it('gives back every record of every table, deep-equal, with Unicode names and edge dates', async () => {
    const data = makeEveryKindDataset();
    const text = await backupOf(data);
    const r = await readBackup(text, opts);
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    expect(r.backup.tables).toStrictEqual(data);
    for (const t of BACKUP_TABLES) expect(r.backup.tables[t].length).toBeGreaterThan(0);
    expect(r.summary.counts.clients).toBe(5);
    expect(r.summary.total).toBe(BACKUP_TABLES.reduce((n, t) => n + data[t].length, 0));
    expect(r.summary.createdAt).toBe(CREATED);
    expect(r.summary.appVersion).toBe('0.1.0');
    expect(r.warnings).toEqual([]);
    const zoe = r.backup.tables.clients.find((c) => (c as { id: string }).id === 'client-zoe');
    expect(zoe).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Ñúñez',
      birthday: { month: 2, day: 29, year: 1992 },
    });
  });

  it('the shared round-trip helper gives the same answer for one table alone', async () => {
    const { clients } = makeEveryKindDataset();
    const { result } = await backupRoundTrip({ clients });
    expect(result.ok && result.backup.tables.clients).toStrictEqual(clients);
    expect(result.ok && result.summary.total).toBe(clients.length);
  });

  it('reads the same backup from the bytes of a file, with or without a BOM', async () => {
    const text = await backupOf(makeEveryKindDataset());
    const bytes = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect((await readBackup(bytes, opts)).ok).toBe(true);
    expect((await readBackup(withBom, opts)).ok).toBe(true);
  });

  it('writes a readable file: header first, one record per line, checksum of the data', async () => {
    const text = await backupOf(makeEveryKindDataset());
    expect(text.indexOf('"format": "touchpoint-backup"')).toBeLessThan(50);
    const header = JSON.parse(text) as {
      checksum: { algorithm: string; value: string };
      counts: Record<string, number>;
    };
    expect(header.checksum.algorithm).toBe('SHA-256');
    expect(header.checksum.value).toMatch(/^[0-9a-f]{64}$/);
    expect(header.counts).toMatchObject({ clients: 5, settings: 1, meta: 3 });
    const clientLines = text.split('\n').filter((l) => l.includes('"journey"'));
    expect(clientLines).toHaveLength(5);
  });

  it('survives re-serialisation with other key order and spacing (checksum is canonical)', async () => {
    const text = await backupOf(makeEveryKindDataset());
    const reordered = JSON.stringify(JSON.parse(text), (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).reverse())
        : v,
    );
    expect(reordered).not.toBe(text);
    expect((await readBackup(reordered, opts)).ok).toBe(true);
  });

  it('handles 10,000 clients', async () => {
    const clients = makeManyClients(10_000);
    const empty = Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupTables;
    const text = await backupOf({ ...empty, clients });
    const r = await readBackup(text, opts);
    expect(r.ok && r.summary.counts.clients).toBe(10_000);
  });
});

describe('readBackup refuses bad files with a clear message', () => {
  it('an empty file', async () => {
    for (const input of ['', '   \n', new Uint8Array()]) {
      const [e] = errorsOf(await readBackup(input, opts));
      expect(e?.code).toBe('empty');
      expect(e?.message).toBe('This file is empty: it holds no backup.');
    }
  });

  it('binary garbage, as bytes and as text', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xd8, 0xc3, 0x28,
    ]);
    const [a] = errorsOf(await readBackup(png, opts));
    expect(a?.code).toBe('not-text');
    expect(a?.message).toMatch(/^This file is not a Touchpoint backup\..*binary file/);
    const [b] = errorsOf(await readBackup('PK\u0003\u0004\u0014\u0000\u0006\u0000 garbage', opts));
    expect(b?.code).toBe('not-text');
  });

  it('a file that is something else (CSV, other JSON)', async () => {
    for (const input of [
      'Vorname;Nachname\nZoë;Ñúñez\n',
      '{"hello":"world"}',
      '[1,2,3]',
      '{"format":"other-app"}',
    ]) {
      const [e] = errorsOf(await readBackup(input, opts));
      expect(e?.code).toBe('not-backup');
      expect(e?.message).toContain('This file is not a Touchpoint backup');
    }
  });

  it('a truncated backup (cut off while copying)', async () => {
    const text = await backupOf(makeEveryKindDataset());
    for (const cut of [0.1, 0.5, 0.97]) {
      const [e, ...rest] = errorsOf(await readBackup(text.slice(0, Math.floor(text.length * cut)), opts));
      expect(rest).toEqual([]);
      expect(e?.code).toBe('truncated');
      expect(e?.message).toContain('This backup file is incomplete');
    }
  });

  it('a backup damaged in the middle names the line', async () => {
    const text = await backupOf(makeEveryKindDataset());
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.includes('Łukasz'));
    lines[i] = lines[i]!.replace('"firstName":', '"firstName"');
    const [e] = errorsOf(await readBackup(lines.join('\n'), opts));
    expect(e?.code).toBe('damaged');
    expect(e?.message).toBe(
      `This backup file is damaged near line ${i + 1}: it is no longer valid JSON. Nothing was restored. Try another backup.`,
    );
  });

  it('a backup from a newer format or schema version', async () => {
    const newer = await backupOf(makeEveryKindDataset(), { schemaVersion: 7, appVersion: '2.3.0' });
    const [e] = errorsOf(await readBackup(newer, opts));
    expect(e?.code).toBe('newer-version');
    expect(e?.message).toBe(
      'This backup was made by a newer version of Touchpoint (2.3.0, data version 7); update the app to restore it. This version reads backups up to data version 1.',
    );
    const newerFormat = edit(await backupOf(makeEveryKindDataset()), (f) => (f.formatVersion = 2));
    expect(errorsOf(await readBackup(newerFormat, opts))[0]?.code).toBe('newer-version');
  });

  it('a wrong checksum (the file was edited or damaged after saving)', async () => {
    const text = await backupOf(makeEveryKindDataset());
    const tampered = text.replace('"firstName":"Zoë"', '"firstName":"Zoe"');
    expect(tampered).not.toBe(text);
    const errors = errorsOf(await readBackup(tampered, opts));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('checksum');
    expect(errors[0]?.message).toContain('its checksum does not match its contents');

    // Deliberately accepted: records are still validated, the mismatch becomes a warning.
    const r = await readBackup(tampered, { ...opts, ignoreChecksum: true });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings.map((w) => w.code)).toEqual(['checksum']);
      expect(r.backup.tables.clients[0]).toMatchObject({ firstName: 'Zoe' });
    }
  });

  it('a record failing its schema names the record, the field and the rule', async () => {
    const data = makeEveryKindDataset();
    const many = makeManyClients(12);
    many[11] = {
      ...many[11]!,
      id: 'c-12',
      firstName: 'Anna',
      lastName: 'Müller',
      birthday: { month: 4, day: 31 },
    };
    many[4] = { ...many[4]!, email: 'not-an-email' } as never;
    const text = await backupOf({ ...data, clients: many });
    const errors = errorsOf(await readBackup(text, opts));
    expect(errors.map((e) => e.message)).toEqual([
      'Client #5 (id client-4, Seán Iwanow 4): email — Enter an email like name@example.com',
      'Client #12 (id c-12, Anna Müller): birthday.day — That month has at most 30 days',
    ]);
    expect(errors[1]).toMatchObject({
      code: 'invalid-record',
      table: 'clients',
      index: 11,
      recordId: 'c-12',
      field: 'birthday.day',
    });
  });

  it('says plainly when a field is missing or has the wrong type', async () => {
    const data = makeEveryKindDataset();
    const { firstName: _drop, ...noName } = data.clients[1]!;
    const touchpoints = [{ ...data.touchpoints[0]!, due: '2026-02-30', manual: 'yes' }];
    const text = await backupOf({
      ...data,
      clients: [data.clients[0]!, noName as never],
      touchpoints: touchpoints as never,
    });
    const messages = errorsOf(await readBackup(text, opts)).map((e) => e.message);
    expect(messages).toContain(
      'Client #2 (id client-lukasz, Wróbel): firstName — is missing (it should be text)',
    );
    expect(messages).toContain(
      'Touchpoint #1 (id tp-zoe-birthday-2028, Birthday card (turns 36)): due — Use a real date in the form YYYY-MM-DD',
    );
    expect(messages).toContain(
      'Touchpoint #1 (id tp-zoe-birthday-2028, Birthday card (turns 36)): manual — should be true or false, not text',
    );
  });

  it('two records with one id, counts that disagree, two settings rows', async () => {
    const data = makeEveryKindDataset();
    const dup = await backupOf({ ...data, gifts: [data.gifts[0]!, { ...data.gifts[1]!, id: 'gift-1' }] });
    expect(errorsOf(await readBackup(dup, opts)).map((e) => e.message)).toEqual([
      'Gift #2 (id gift-1, Pierniki toruńskie) has the same id as Gift #1: two records cannot share one.',
    ]);

    const counts = edit(await backupOf(data), (f) => ((f.counts as Record<string, number>).clients = 6));
    expect(errorsOf(await readBackup(counts, opts)).map((e) => e.message)).toEqual([
      'The backup says it holds 6 clients, but 5 are in the file: it is damaged.',
    ]);

    const twoSettings = await backupOf({ ...data, settings: [data.settings[0]!, data.settings[0]!] });
    const msgs = errorsOf(await readBackup(twoSettings, opts)).map((e) => e.message);
    expect(msgs).toContain('The backup holds 2 settings records; there can only be one.');
  });

  it('lists at most 100 problems, then sums up the rest', async () => {
    const bad = makeManyClients(150).map((c) => ({ ...c, email: 'broken' }));
    const text = await backupOf({ ...makeEveryKindDataset(), clients: bad as never });
    const errors = errorsOf(await readBackup(text, opts));
    expect(errors).toHaveLength(101);
    expect(errors[100]?.message).toBe('…and 50 more problems.');
  });

  it('warns about fields and tables this version does not know', async () => {
    const data = makeEveryKindDataset();
    const text = await backupOf({ ...data, clients: data.clients.map((c) => ({ ...c, shoeSize: 42 })) });
    const withTable = edit(text, (f) => ((f.data as Record<string, unknown>).plants = []));
    const r = await readBackup(withTable, { ...opts, ignoreChecksum: true });
    if (!r.ok) throw new Error(r.errors[0]?.message);
    const messages = r.warnings.map((w) => w.message);
    expect(messages).toContain(
      '5 clients have a field "shoeSize" that this version of Touchpoint does not know; it will be left out.',
    );
    expect(messages).toContain(
      'The backup holds a list "plants" that this version of Touchpoint does not know; it will be left out.',
    );
    expect(r.backup.tables.clients[0]).not.toHaveProperty('shoeSize');
  });

  it('runs the upgrade steps for a backup from an older schema version before validating', async () => {
    const data = makeEveryKindDataset();
    // Pretend version 1 stored the first name as `name`; version 2 renamed it.
    const old = {
      ...data,
      clients: data.clients.map(({ firstName, ...rest }) => ({ ...rest, name: firstName })),
    };
    const text = await backupOf(old as never, { schemaVersion: 1 });
    const refused = await readBackup(text, { currentSchemaVersion: 2 });
    expect(refused.ok).toBe(false);
    const r = await readBackup(text, {
      currentSchemaVersion: 2,
      upgrade: (tables, from) => {
        expect(from).toBe(1);
        return {
          ...tables,
          clients: (tables.clients ?? []).map((c) => {
            const { name, ...rest } = c as { name: string };
            return { ...rest, firstName: name };
          }),
        };
      },
    });
    expect(r.ok && r.backup.tables.clients).toStrictEqual(data.clients);
  });
});

/**
 * CSV and vCard import into a real (fake-indexeddb) database: the steps the import dialog runs
 * (read, map, preview, resolve duplicates, write), with the row-count invariant, one transaction,
 * the remembered mapping, re-planning, and bad files that write nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guessMapping, type ColumnMapping, type ImportPreview } from '../../../shared/import';
import { makeManyClients, emptyTables } from '../../../shared/backup/fixtures';
import { BACKUP_TABLES, type BackupTables } from '../../../shared/backup';
import { clientSchema, type Client } from '../../../shared/domain/schemas';
import { readAllTables, resetDataSafetyState } from '../../../renderer/data/backup';
import {
  MAPPING_KEY,
  clientsForImport,
  importFinalized,
  rememberedMapping,
  runImport,
  writeImport,
} from '../../../renderer/data/importer';
import type { TouchpointDb } from '../../../renderer/data/db';
import {
  ImportSession,
  buildPreview,
  columnSamples,
  importKindOf,
  readImport,
} from '../../../renderer/features/data/importSteps';
import { freshDb } from './dbHelpers';
import { memoryBackups, type MemoryBackups } from './memoryBackups';

let db: TouchpointDb;
let store: MemoryBackups;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 14, 10, 0));
  resetDataSafetyState();
  db = freshDb();
  store = memoryBackups();
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
});

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);
/** Windows-1252 for the Latin-1 range (what old Excel writes): one byte per character. */
const cp1252 = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

const existingZoe: Client = clientSchema.parse({
  id: 'client-zoe',
  firstName: 'Zoë',
  lastName: 'Dupont',
  email: 'zoe.dupont@example.fr',
  importantDates: [],
  journey: { status: 'active' },
  tags: [],
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
});

function sorted(t: BackupTables): BackupTables {
  const out = emptyTables();
  for (const k of BACKUP_TABLES)
    out[k] = [...t[k]].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return out;
}

async function previewFile(
  name: string,
  data: Uint8Array,
  opts: {
    mapping?: (m: ColumnMapping) => ColumnMapping;
    encoding?: 'auto' | 'utf-8' | 'windows-1252';
    dateOrder?: 'DMY' | 'MDY';
  } = {},
) {
  const read = readImport({ name, data, encoding: opts.encoding ?? 'auto', delimiter: 'auto' });
  if (read.error) return { read, error: read.error };
  const existing = await clientsForImport(db);
  let mapping: ColumnMapping | undefined;
  let preview: ImportPreview;
  if (read.kind === 'csv') {
    mapping = guessMapping(read.csv.headers, await rememberedMapping(db));
    if (opts.mapping) mapping = opts.mapping(mapping);
    preview = buildPreview({
      source: { kind: 'csv', csv: read.csv, mapping },
      options: { existing, locale: 'en-US', ...(opts.dateOrder ? { dateOrder: opts.dateOrder } : {}) },
    });
  } else {
    preview = buildPreview({
      source: { kind: 'vcard', records: read.records },
      options: { existing, locale: 'en-US' },
    });
  }
  return { read, mapping, preview, existing };
}

describe('CSV import', () => {
  const file = withBom(
    [
      'Vorname;Nachname;Kontakt;Geburtstag;Firma;Telefon',
      'Renée;Müller-Lüdenscheidt;renee@example.de;14.03.1985;Café Größe;+49 89 123456',
      'Zoë;Dupont;ZOE.DUPONT@example.fr;29.02.1992;;+33 6 12 34 56 78',
      '"François";"Lefèvre";francois@example.fr;31.12.1970;"Atelier ""Lumière""; Paris";',
      ';Ohne Vorname;nobody@example.de;;;',
      ';;;;;',
      '小明;王;xiaoming@example.cn;01.01.2000;北京科技;',
    ].join('\r\n'),
  );

  it('reads a UTF-8 file with a BOM and semicolons, maps, resolves a duplicate and imports in one go', async () => {
    await db.clients.add(existingZoe);
    const before = await db.clients.count();
    const { read, mapping, preview, existing } = await previewFile('Kunden.csv', file, {
      // "Kontakt" is guessed as a name column: the user corrects it to Email.
      mapping: (m) => ({ ...m, Kontakt: 'email' }),
    });
    if (read.kind !== 'csv' || !preview || !mapping || !existing) throw new Error('not csv');
    expect(read.csv.delimiter).toBe(';');
    expect(read.csv.decoded.bom).toBe(true);
    expect(read.csv.headers[0]).toBe('Vorname');
    expect(guessMapping(read.csv.headers).Kontakt).not.toBe('email');
    expect(columnSamples(read.csv, 0)).toEqual(['Renée', 'Zoë', 'François']);

    // Dotted dates are day first wherever they are written: nothing to ask.
    expect(preview.dateOrder.ambiguous).toBe(false);
    expect(preview.counts).toMatchObject({ rows: 6, ready: 3, duplicates: 1, rejected: 1, empty: 1 });
    const dup = preview.rows.find((r) => r.status === 'duplicate')!;
    expect(dup.row).toBe(3);
    expect(dup.duplicates[0]?.description).toBe('Already in your clients as Zoë Dupont (same email)');
    const rejected = preview.rows.find((r) => r.status === 'rejected')!;
    expect(rejected.problems[0]?.message).toMatch(/last name \(Ohne Vorname\) but no first name/);

    const outcome = await runImport(preview, { db, store, existing, resolutions: { 3: 'merge' }, mapping });
    const c = outcome.result.counts;
    expect(c).toEqual({ rows: 6, created: 3, merged: 1, skipped: 1, rejected: 1 });
    expect(c.created + c.merged + c.skipped + c.rejected).toBe(c.rows);
    expect(outcome.result.rejected).toEqual([
      { row: 5, reason: expect.stringMatching(/^There is a last name/) },
    ]);
    expect(outcome.result.skipped).toEqual([{ row: 6, reason: 'The row is empty.' }]);

    const clients = await db.clients.toArray();
    expect(clients).toHaveLength(before + 3);
    const renee = clients.find((x) => x.firstName === 'Renée')!;
    expect(renee).toMatchObject({
      lastName: 'Müller-Lüdenscheidt',
      email: 'renee@example.de',
      birthday: { year: 1985, month: 3, day: 14 },
      company: 'Café Größe',
    });
    expect(clients.find((x) => x.firstName === 'François')?.company).toBe('Atelier "Lumière"; Paris');
    expect(clients.find((x) => x.firstName === '小明')?.lastName).toBe('王');
    // Merge fills gaps only: Zoë gets her phone and birthday, her own email spelling stays.
    const zoe = clients.find((x) => x.id === 'client-zoe')!;
    expect(zoe).toMatchObject({
      email: 'zoe.dupont@example.fr',
      phone: '+33 6 12 34 56 78',
      birthday: { month: 2, day: 29, year: 1992 },
    });
    expect(clients.filter((x) => x.firstName === 'Zoë')).toHaveLength(1);

    // Remembered for next time: the corrected column maps itself.
    expect((await rememberedMapping(db))?.Kontakt).toBe('email');
    expect((await db.meta.get(MAPPING_KEY))?.value).toMatchObject({ Vorname: 'firstName', Kontakt: 'email' });
    const again = await previewFile('Kunden.csv', file);
    expect(again.mapping?.Kontakt).toBe('email');

    // A copy was kept first, and everyone was planned: imported clients have touchpoints.
    expect([...store.files.values()].map((f) => f.info.reason)).toEqual(['before-import']);
    const reneeTps = await db.touchpoints.where('clientId').equals(renee.id).toArray();
    expect(reneeTps.some((t) => t.kind === 'birthday-greeting')).toBe(true);
  });

  it('skip and keep both do what they say', async () => {
    await db.clients.add(existingZoe);
    const { preview, existing } = await previewFile('k.csv', file, {
      mapping: (m) => ({ ...m, Kontakt: 'email' }),
    });
    if (!preview || !existing) throw new Error('x');
    const skipped = await runImport(preview, {
      db,
      store,
      existing,
      resolutions: { 3: 'skip' },
      replan: false,
    });
    expect(skipped.result.counts).toMatchObject({ created: 3, merged: 0, skipped: 2, rejected: 1 });
    expect(skipped.result.skipped.map((s) => s.reason)).toContain(
      'Already in your clients as Zoë Dupont (same email).',
    );
    expect((await db.clients.get('client-zoe'))?.phone).toBeUndefined();

    db.close();
    db = freshDb('again');
    await db.clients.add(existingZoe);
    const p2 = await previewFile('k.csv', file, { mapping: (m) => ({ ...m, Kontakt: 'email' }) });
    await runImport(p2.preview!, {
      db,
      store,
      existing: p2.existing!,
      resolutions: { 3: 'keep-both' },
      replan: false,
    });
    expect((await db.clients.toArray()).filter((c) => c.lastName === 'Dupont')).toHaveLength(2);
  });

  it('reads Windows-1252 (old Excel) correctly, and lets the user force an encoding', async () => {
    const text =
      'First name,Last name,Email\r\nJosé,Muñoz Pérez,jose@example.es\r\nChloé,Dubois,chloe@example.fr\r\n';
    const auto = readImport({ name: 'old.csv', data: cp1252(text), encoding: 'auto', delimiter: 'auto' });
    if (auto.kind !== 'csv') throw new Error('x');
    expect(auto.csv.decoded.encoding).toBe('windows-1252');
    expect(auto.csv.decoded.note).toMatch(/read as Windows-1252/);
    expect(auto.csv.rows[0]?.cells).toEqual(['José', 'Muñoz Pérez', 'jose@example.es']);
    const forced = readImport({ name: 'old.csv', data: cp1252(text), encoding: 'utf-8', delimiter: 'auto' });
    if (forced.kind !== 'csv') throw new Error('x');
    expect(forced.csv.rows[0]?.cells[0]).toContain('\uFFFD');
    // UTF-8 without a BOM, tab-separated.
    const tabbed = readImport({
      name: 't.tsv',
      data: utf8('Name\tE-Mail\nÅsa Ångström\tasa@example.se\n'),
      encoding: 'auto',
      delimiter: 'auto',
    });
    if (tabbed.kind !== 'csv') throw new Error('x');
    expect(tabbed.csv.delimiter).toBe('\t');
    expect(tabbed.csv.rows[0]?.cells[0]).toBe('Åsa Ångström');
  });

  it('asks for the date order when the dates fit both, and follows the choice', async () => {
    const data = utf8('First name,Birthday\nAnna,03/04/1985\nBen,05/06/1990\n');
    const asked = await previewFile('d.csv', data);
    expect(asked.preview?.dateOrder.ambiguous).toBe(true);
    const dmy = await previewFile('d.csv', data, { dateOrder: 'DMY' });
    expect(dmy.preview?.rows[0]?.client?.birthday).toEqual({ year: 1985, month: 4, day: 3 });
    const mdy = await previewFile('d.csv', data, { dateOrder: 'MDY' });
    expect(mdy.preview?.rows[0]?.client?.birthday).toEqual({ year: 1985, month: 3, day: 4 });
  });

  it('parses a large file with progress reported along the way', () => {
    const lines = ['First name;Last name;Email;Birthday'];
    for (let i = 0; i < 10_000; i++)
      lines.push(`Zoë${i};Ñúñez ${i};p${i}@example.com;${(i % 28) + 1}.03.1980`);
    const progress: number[] = [];
    const r = readImport(
      { name: 'big.csv', data: utf8(lines.join('\n')), encoding: 'auto', delimiter: 'auto' },
      (f) => progress.push(f),
    );
    if (r.kind !== 'csv') throw new Error('x');
    expect(r.csv.rows).toHaveLength(10_000);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(1);
  });
});

describe('the import session (what the worker runs)', () => {
  it('hands the window only small views, and "for all" decides every duplicate', async () => {
    await db.clients.bulkAdd(makeManyClients(300));
    const lines = ['Name;E-Mail;Geburtstag;Telefon'];
    for (let i = 0; i < 600; i++)
      lines.push(`Zoë Nº${i};person${i}@example.com;${(i % 28) + 1}.02.1990;+49 30 ${1000 + i}`);
    const session = new ImportSession();
    const read = session.readFile({
      name: 'x.csv',
      data: withBom(lines.join('\n')),
      encoding: 'auto',
      delimiter: 'auto',
    });
    if (read.kind !== 'csv') throw new Error('x');
    expect(read).toMatchObject({
      rows: 600,
      delimiter: ';',
      headers: ['Name', 'E-Mail', 'Geburtstag', 'Telefon'],
    });
    expect(read.samples[0]).toEqual(['Zoë Nº0', 'Zoë Nº1', 'Zoë Nº2']);
    const mapping = guessMapping(read.headers);
    expect(mapping).toMatchObject({ Name: 'fullName', 'E-Mail': 'email', Geburtstag: 'birthday' });
    const view = session.check({
      mapping,
      options: { existing: await clientsForImport(db), locale: 'de-DE' },
    });
    // person0…299 exist already: 300 duplicates, 300 new; the view carries at most 200 of each.
    expect(view.counts).toMatchObject({ rows: 600, ready: 300, duplicates: 300 });
    expect(view.duplicates).toHaveLength(200);
    expect(view.ready).toHaveLength(200);
    expect(view.duplicateRows).toHaveLength(300);

    const result = session.finalize({ resolutions: { 2: 'keep-both' }, fallback: 'merge' });
    expect(result.counts).toEqual({ rows: 600, created: 301, merged: 299, skipped: 0, rejected: 0 });
    const out = await importFinalized(result, { db, store, mapping, replan: false });
    expect(out.undo?.reason).toBe('before-import');
    expect(await db.clients.count()).toBe(300 + 301);
    // Merged: the existing client got the phone from the file and kept its own birthday.
    const merged = await db.clients.get('client-5');
    expect(merged?.phone).toBe('+49 30 1005');
    expect(merged?.birthday).toEqual({ year: 1955, month: 6, day: 6 });
    expect(result.toMerge.find((m) => m.existingId === 'client-5')?.conflicts.map((c) => c.field)).toContain(
      'birthday',
    );
  });
});

describe('vCard import', () => {
  it('goes through the same preview and duplicates step', async () => {
    await db.clients.add(existingZoe);
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Dupont;Zoë;;;',
      'FN:Zoë Dupont',
      'EMAIL;TYPE=INTERNET:zoe.dupont@example.fr',
      'BDAY:--02-29',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Wr=C3=B3bel;=C5=81ukasz;;;',
      'TEL;CELL:+48 500 600 700',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'ORG:Only a company GmbH',
      'END:VCARD',
    ].join('\r\n');
    const { read, preview, existing } = await previewFile('contacts.vcf', utf8(vcf));
    expect(read.kind).toBe('vcard');
    if (!preview || !existing) throw new Error('x');
    expect(preview.rows.map((r) => r.status)).toEqual(['duplicate', 'ready', 'rejected']);
    expect(preview.rows[2]?.problems[0]?.message).toMatch(/only a company \(Only a company GmbH\)/);
    const out = await runImport(preview, { db, store, existing, resolutions: { 1: 'merge' }, replan: false });
    expect(out.result.counts).toEqual({ rows: 3, created: 1, merged: 1, skipped: 0, rejected: 1 });
    const lukasz = (await db.clients.toArray()).find((c) => c.firstName === 'Łukasz');
    expect(lukasz).toMatchObject({ lastName: 'Wróbel', phone: '+48 500 600 700' });
    expect((await db.clients.get('client-zoe'))?.birthday).toEqual({ month: 2, day: 29 });
  });
});

describe('bad files say what is wrong and write nothing', () => {
  let before: BackupTables;
  beforeEach(async () => {
    await db.clients.bulkAdd(makeManyClients(3));
    await db.meta.put({ key: MAPPING_KEY, value: { Name: 'fullName' } });
    before = sorted(await readAllTables(db));
  });
  afterEach(async () => {
    expect(sorted(await readAllTables(db)), 'the database is unchanged').toEqual(before);
    expect(store.files.size).toBe(0);
  });

  const cases: [string, string, Uint8Array, RegExp][] = [
    [
      'an Excel workbook saved as .csv',
      'clients.csv',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0]),
      /Excel workbook.*Save As.*CSV/,
    ],
    ['an empty file', 'clients.csv', new Uint8Array(0), /The file is empty/],
    ['a header and no rows', 'clients.csv', utf8('First name;Last name\r\n\r\n'), /header row but no rows/],
    [
      'binary garbage',
      'clients.csv',
      new Uint8Array(4096).map((_, i) => (i * 31 + 7) % 256),
      /not a CSV text file/,
    ],
    [
      'a .vcf with no cards in it',
      'contacts.vcf',
      utf8('This is a note, not a contact.\n'),
      /holds no contact cards.*BEGIN:VCARD/,
    ],
  ];
  for (const [what, name, data, message] of cases) {
    it(what, async () => {
      const r = await previewFile(name, data);
      expect(r.error).toMatch(message);
    });
  }

  it('a CSV whose every row is rejected imports nothing and lists every reason', async () => {
    const { preview, existing } = await previewFile(
      'x.csv',
      utf8('Last name,Email\nMüller,m@example.de\nSchmidt,s@example.de\n'),
    );
    const out = await runImport(preview!, { db, store, existing: existing!, resolutions: {} });
    expect(out.result.counts).toEqual({ rows: 2, created: 0, merged: 0, skipped: 0, rejected: 2 });
    expect(out.result.rejected.map((r) => r.row)).toEqual([2, 3]);
    expect(out.result.rejected[0]?.reason).toMatch(/no first name/);
  });

  it('a vCard with only broken cards imports nothing', async () => {
    const vcf = 'BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:someone@example.com\r\nEND:VCARD\r\n';
    const { preview, existing } = await previewFile('c.vcf', utf8(vcf));
    const out = await runImport(preview!, { db, store, existing: existing!, resolutions: {} });
    expect(out.result.counts.rejected).toBe(1);
  });

  it('a merge target deleted meanwhile: the whole import is refused, new clients included', async () => {
    const existing = await clientsForImport(db);
    const { preview } = await previewFile(
      'm.csv',
      utf8('First name,Email\nNeu,neu@example.de\nX,person1@example.com\n'),
    );
    const { finalizeImport } = await import('../../../shared/import');
    const result = finalizeImport(preview!, { existing, resolutions: { 3: 'merge' } });
    expect(result.toCreate).toHaveLength(1);
    expect(result.toMerge).toHaveLength(1);
    // Deleted between preview and import (outside this test's snapshot: put it back after).
    const gone = (await db.clients.get('client-1'))!;
    await db.clients.update('client-1', { deletedAt: '2026-03-14T09:00:00.000Z' });
    await expect(writeImport(result, { db })).rejects.toThrow(/deleted meanwhile. Nothing was imported/);
    expect(await db.clients.count()).toBe(3);
    await db.clients.put(gone);
  });
});

describe('importKindOf', () => {
  it('goes by content first, then by name', () => {
    expect(importKindOf('export.txt', utf8('BEGIN:VCARD\r\nEND:VCARD'))).toBe('vcard');
    expect(importKindOf('empty.vcf', utf8(''))).toBe('vcard');
    expect(importKindOf('a.csv', utf8('Name,Email'))).toBe('csv');
  });
});

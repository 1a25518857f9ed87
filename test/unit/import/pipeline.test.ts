import { describe, expect, it } from 'vitest';
import { clientSchema, type Client } from '../../../shared/domain/schemas';
import {
  applyMapping,
  finalizeImport,
  guessMapping,
  parseCsv,
  previewImport,
  readCsvFile,
  type FinalizedImport,
  type ImportPreview,
  type PreviewOptions,
  type Resolution,
} from '../../../shared/import';

const T = '2026-01-15T09:30:00.000Z';
const existing: Client[] = [
  clientSchema.parse({
    id: 'c-anna',
    firstName: 'Anna-Lena',
    lastName: 'Müller',
    email: 'Anna.Mueller@Example.de',
    importantDates: [],
    journey: { status: 'active' },
    tags: ['VIP'],
    createdAt: T,
    updatedAt: T,
  }),
  clientSchema.parse({
    id: 'c-lukasz',
    firstName: 'Łukasz',
    lastName: 'Wróbel',
    birthday: { month: 12, day: 31 },
    phone: '+48 500 600 700',
    importantDates: [],
    journey: { status: 'active' },
    tags: [],
    createdAt: T,
    updatedAt: T,
  }),
  clientSchema.parse({
    id: 'c-deleted',
    firstName: 'Gone',
    email: 'gone@example.com',
    importantDates: [],
    journey: { status: 'archived' },
    tags: [],
    createdAt: T,
    updatedAt: T,
    deletedAt: T,
  }),
];

function importText(text: string, options: PreviewOptions = {}): ImportPreview {
  const csv = parseCsv(text);
  return previewImport(applyMapping(csv, guessMapping(csv.headers)), { existing, ...options });
}

function expectInvariant(preview: ImportPreview, result: FinalizedImport) {
  const c = result.counts;
  expect(c.created + c.merged + c.skipped + c.rejected).toBe(c.rows);
  expect(c.rows).toBe(preview.rows.length);
  // The same from the lists themselves, each row in exactly one place.
  const rows = [
    ...result.toCreate.flatMap((x) => [x.row, ...x.mergedRows]),
    ...result.toMerge.flatMap((m) => m.rows),
    ...result.skipped.map((s) => s.row),
    ...result.rejected.map((r) => r.row),
  ].sort((a, b) => a - b);
  expect(rows).toEqual(preview.rows.map((r) => r.row).sort((a, b) => a - b));
}

// A German user's export: semicolons, a BOM, an invalid email, Feb 29 in a common year, a row
// with only a last name, an empty row, a duplicate of an existing client and one within the file.
const GERMAN =
  '\uFEFFVorname;Nachname;E-Mail;Telefon;Geburtstag;Straße;PLZ;Ort;Land;Kategorien;Notizen\r\n' +
  'Zoë;Ñúñez;zoe@example.es;+34 612 345 678;29.02.1992;Calle de Alcalá 1;28014;Madrid;Spanien;VIP, Café;"Mag Karten.\r\nZweite Zeile"\r\n' +
  'anna-lena;müller;ANNA.MUELLER@example.de;+49 89 123456;14.03.1985;Hauptstraße 5;80331;München;Deutschland;Neu;\r\n' +
  ';Weber;weber@example.de;;;;;;;;\r\n' +
  'Hans;Meier;hans(at)example.de;;29.02.1990;;;;;;\r\n' +
  ';;;;;;;;;;\r\n' +
  'Zoe;Nunez;zoe.private@example.es;;29.02.1992;;;;;;Zweite Adresse\r\n' +
  'Łukasz;Wróbel;lukasz@example.pl;;31.12.1985;ul. Długa 5;80-827;Gdańsk;Polen;;\r\n' +
  '王小明;;wang@example.cn;+86 10 1234 5678;01.01.2000;;;;China;;\r\n';

describe('CSV import preview', () => {
  const preview = importText(GERMAN);
  const byRow = (n: number) => preview.rows.find((r) => r.row === n)!;

  it('numbers rows as the spreadsheet does and counts every row', () => {
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 4, 5, 6, 7, 8, 9, 10]);
    expect(preview.counts).toEqual({
      rows: 8,
      ready: 3,
      duplicates: 3,
      rejected: 1,
      empty: 1,
      withWarnings: 1,
    });
  });

  it('builds validated clients with addresses, country codes, tags and multi-line notes', () => {
    expect(byRow(2).client).toEqual({
      firstName: 'Zoë',
      lastName: 'Ñúñez',
      email: 'zoe@example.es',
      phone: '+34 612 345 678',
      birthday: { month: 2, day: 29, year: 1992 },
      address: { lines: ['Calle de Alcalá 1'], postalCode: '28014', city: 'Madrid', country: 'Spanien' },
      country: 'ES',
      importantDates: [],
      journey: { status: 'active' },
      tags: ['VIP', 'Café'],
      notes: 'Mag Karten.\nZweite Zeile',
    });
    expect(byRow(9).client).toMatchObject({
      firstName: '王小明',
      country: 'CN',
      birthday: { month: 1, day: 1, year: 2000 },
    });
  });

  it('refuses a row without a first name, saying why', () => {
    expect(byRow(4)).toMatchObject({
      status: 'rejected',
      problems: [
        {
          severity: 'error',
          field: 'firstName',
          message:
            'There is a last name (Weber) but no first name. Add the first name in your file, or map the column that holds it.',
        },
      ],
    });
  });

  it('keeps an invalid email and an impossible birthday in the notes, and says so', () => {
    const hans = byRow(5);
    expect(hans.status).toBe('ready');
    expect(hans.client?.email).toBeUndefined();
    expect(hans.client?.birthday).toBeUndefined();
    expect(hans.problems.map((p) => p.message)).toEqual([
      'Email: "hans(at)example.de" is not a valid email address; it was kept in the notes.',
      'Birthday: "29.02.1990" is not a real date: 1990 has no February 29; it was kept in the notes.',
    ]);
    expect(hans.client?.notes).toBe(
      'Email (from import): hans(at)example.de\nBirthday (from import): 29.02.1990',
    );
  });

  it('finds duplicates: existing by email (any case), existing by name + birthday, earlier rows by name + birthday', () => {
    expect(byRow(3).duplicates).toEqual([
      {
        kind: 'existing',
        existingId: 'c-anna',
        reason: 'email',
        description: 'Already in your clients as Anna-Lena Müller (same email)',
      },
    ]);
    expect(byRow(8).duplicates).toEqual([
      {
        kind: 'existing',
        existingId: 'c-lukasz',
        reason: 'name-birthday',
        description: 'Already in your clients as Łukasz Wróbel (same name and birthday)',
      },
    ]);
    // "Zoe Nunez" with Zoë Ñúñez's birthday, other email: same person, accents aside.
    expect(byRow(7).duplicates).toEqual([
      {
        kind: 'file',
        row: 2,
        reason: 'name-birthday',
        description: 'Same person as Row 2 (same name and birthday)',
      },
    ]);
  });

  it('ignores deleted clients when looking for duplicates', () => {
    const p = importText('Name,Email\nGone Again,gone@example.com\n');
    expect(p.rows[0]!.status).toBe('ready');
  });
});

describe('finalizeImport', () => {
  const preview = importText(GERMAN);

  it('skips duplicates unless told otherwise; every row is accounted for', () => {
    const r = finalizeImport(preview, { existing });
    expectInvariant(preview, r);
    expect(r.counts).toEqual({ rows: 8, created: 3, merged: 0, skipped: 4, rejected: 1 });
    expect(r.toCreate.map((c) => c.client.firstName)).toEqual(['Zoë', 'Hans', '王小明']);
    expect(r.skipped).toEqual([
      { row: 3, reason: 'Already in your clients as Anna-Lena Müller (same email).' },
      { row: 6, reason: 'The row is empty.' },
      { row: 7, reason: 'Same person as Row 2 (same name and birthday).' },
      { row: 8, reason: 'Already in your clients as Łukasz Wróbel (same name and birthday).' },
    ]);
    expect(r.rejected).toEqual([
      {
        row: 4,
        reason:
          'There is a last name (Weber) but no first name. Add the first name in your file, or map the column that holds it.',
      },
    ]);
  });

  it('merge fills gaps only, lists what differs, and merges a later row into an earlier one', () => {
    const r = finalizeImport(preview, { existing, resolutions: { 3: 'merge', 7: 'merge', 8: 'merge' } });
    expectInvariant(preview, r);
    expect(r.counts).toEqual({ rows: 8, created: 3, merged: 3, skipped: 1, rejected: 1 });
    const anna = r.toMerge.find((m) => m.existingId === 'c-anna')!;
    expect(anna.rows).toEqual([3]);
    expect(anna.patch).toEqual({
      phone: '+49 89 123456',
      birthday: { month: 3, day: 14, year: 1985 },
      address: { lines: ['Hauptstraße 5'], postalCode: '80331', city: 'München', country: 'Deutschland' },
      country: 'DE',
      tags: ['VIP', 'Neu'],
    });
    // Names and email differ only in case: nothing to report.
    expect(anna.conflicts).toEqual([]);
    const lukasz = r.toMerge.find((m) => m.existingId === 'c-lukasz')!;
    // The year fills the existing year-less birthday; the phone differs and stays.
    expect(lukasz.patch).toMatchObject({
      birthday: { month: 12, day: 31, year: 1985 },
      email: 'lukasz@example.pl',
    });
    expect(lukasz.patch).not.toHaveProperty('phone');
    expect(lukasz.conflicts).toEqual([]);

    const zoe = r.toCreate.find((c) => c.row === 2)!;
    expect(zoe.mergedRows).toEqual([7]);
    expect(zoe.client.email).toBe('zoe@example.es');
    expect(zoe.client.notes).toBe('Mag Karten.\nZweite Zeile\n\nZweite Adresse');
    // Zoe/Zoë is the same name once accents are folded; the last name's spelling and the email differ.
    expect(zoe.conflicts).toEqual([
      { field: 'lastName', kept: 'Ñúñez', incoming: 'Nunez', row: 7 },
      { field: 'email', kept: 'zoe@example.es', incoming: 'zoe.private@example.es', row: 7 },
    ]);
  });

  it('keep-both creates the duplicate as a new client', () => {
    const r = finalizeImport(preview, {
      existing,
      resolutions: { 3: 'keep-both', 7: 'keep-both', 8: 'skip' },
    });
    expectInvariant(preview, r);
    expect(r.counts).toEqual({ rows: 8, created: 5, merged: 0, skipped: 2, rejected: 1 });
  });

  it('every combination of choices keeps the count invariant', () => {
    const choices: Resolution[] = ['skip', 'merge', 'keep-both'];
    for (const a of choices)
      for (const b of choices)
        for (const c of choices) {
          const r = finalizeImport(preview, { existing, resolutions: { 3: a, 7: b, 8: c } });
          expectInvariant(preview, r);
        }
  });

  it('a row merged into an earlier row that is skipped is skipped too, with the reason', () => {
    const text =
      'Vorname;Nachname;E-Mail\nAnna-Lena;Müller;anna.mueller@example.de\nAnna;Müller;anna.mueller@example.de\n';
    const p = importText(text);
    expect(p.rows[1]!.duplicates.map((d) => d.kind)).toEqual(['existing', 'file']);
    const r = finalizeImport(p, { existing, resolutions: { 3: 'merge' } });
    // Row 3 matches the existing client directly, so it merges there even though row 2 was skipped.
    expect(r.toMerge[0]).toMatchObject({ existingId: 'c-anna', rows: [3] });
    expectInvariant(p, r);

    const p2 = importText(
      'Name;Geburtstag\nJan Kowalski;1980-05-05\nJan Kowalski;1980-05-05\nJan Kowalski;--05-05\n',
    );
    const r2 = finalizeImport(p2, { existing, resolutions: { 3: 'merge', 4: 'merge' } });
    expect(r2.toCreate).toHaveLength(1);
    expect(r2.toCreate[0]!.mergedRows).toEqual([3, 4]);
    expectInvariant(p2, r2);
  });
});

describe('dates across a file', () => {
  const US = 'First Name,Last Name,Birthday\nAmy,Smith,05/06/1990\nBen,Jones,01/02/1985\n';

  it('flags a file whose dates fit both orders and reads them as the user chooses', () => {
    const p = importText(US, { locale: 'en-US' });
    expect(p.dateOrder).toMatchObject({
      ambiguous: true,
      detected: null,
      used: 'MDY',
      chosenBy: 'locale',
      examples: ['05/06/1990', '01/02/1985'],
    });
    expect(p.rows[0]!.client?.birthday).toEqual({ month: 5, day: 6, year: 1990 });
    const dmy = importText(US, { locale: 'en-US', dateOrder: 'DMY' });
    expect(dmy.dateOrder).toMatchObject({ used: 'DMY', chosenBy: 'user' });
    expect(dmy.rows[0]!.client?.birthday).toEqual({ month: 6, day: 5, year: 1990 });
  });

  it('lets one unambiguous date decide for the whole file', () => {
    const p = importText(`${US}Cara,Lee,03/25/1970\n`, { locale: 'de-DE' });
    expect(p.dateOrder).toMatchObject({ ambiguous: false, detected: 'MDY', used: 'MDY', chosenBy: 'file' });
    expect(p.rows[0]!.client?.birthday).toEqual({ month: 5, day: 6, year: 1990 });
  });

  it('year-less birthdays and ISO dates need no choice', () => {
    const p = importText('Name;Geburtstag\nZoë Ñúñez;--02-29\nŁukasz Wróbel;12-31\nAmy Smith;1990-03-14\n');
    expect(p.dateOrder.ambiguous).toBe(false);
    expect(p.rows.map((r) => r.client?.birthday)).toEqual([
      { month: 2, day: 29 },
      { month: 12, day: 31 },
      { month: 3, day: 14, year: 1990 },
    ]);
  });
});

describe('Google Contacts CSV', () => {
  it('reads several emails and phones in one cell and drops Google system labels', () => {
    const text =
      'Name,Given Name,Family Name,Birthday,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name\n' +
      'Zoë Ñúñez,Zoë,Ñúñez,--02-29,* myContacts ::: Friends ::: VIP,* Home ::: Work,zoe@example.es ::: zoe@work.example,Mobile,+34 612 345 678 ::: +34 911 000 000,Café Ñandú\n';
    const p = importText(text);
    expect(p.rows[0]!.client).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Ñúñez',
      email: 'zoe@example.es',
      phone: '+34 612 345 678',
      birthday: { month: 2, day: 29 },
      tags: ['Friends', 'VIP'],
      company: 'Café Ñandú',
      notes: 'Other email: zoe@work.example\nOther phone: +34 911 000 000',
    });
  });
});

describe('large files', () => {
  it('parses 10,000 rows well under a second and previews them', () => {
    const header = 'Vorname;Nachname;E-Mail;Geburtstag;Straße;PLZ;Ort;Notizen\r\n';
    const first = ['Zoë', 'Łukasz', '小明', 'Anna-Lena', 'Seán'];
    const last = ['Ñúñez', 'Wróbel', '王', 'Müller', "O'Brien"];
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const d = (i % 28) + 1;
      const m = (i % 12) + 1;
      lines.push(
        `${first[i % 5]};${last[i % 5]} ${i};person${i}@example.com;${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.19${50 + (i % 50)};Hauptstraße ${i};${10000 + i};München;"Zeile 1; mit Semikolon\r\nZeile 2"`,
      );
    }
    const bytes = new TextEncoder().encode(header + lines.join('\r\n') + '\r\n');

    const t0 = performance.now();
    const csv = readCsvFile(bytes);
    const parseMs = performance.now() - t0;
    expect(csv.rows).toHaveLength(10_000);
    expect(csv.rows[9_999]!.row).toBe(10_001);
    expect(csv.rows[9_999]!.line).toBe(20_000);

    const t1 = performance.now();
    const preview = previewImport(applyMapping(csv, guessMapping(csv.headers)), { existing });
    const result = finalizeImport(preview, { existing });
    const previewMs = performance.now() - t1;
    expect(result.counts.created).toBe(10_000);
    console.log(
      `10,000 rows: decode + parse ${parseMs.toFixed(0)} ms; map + preview + finalize ${previewMs.toFixed(0)} ms`,
    );
    expect(parseMs).toBeLessThan(1000);
    expect(previewMs).toBeLessThan(5000);
  });
});

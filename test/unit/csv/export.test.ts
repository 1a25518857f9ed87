import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeEveryKindDataset, FIXTURE_IDS } from '../../../shared/backup/fixtures';
import {
  CLIENT_COLUMNS,
  TOUCHPOINT_COLUMNS,
  clientsToRows,
  toCsv,
  touchpointsToRows,
} from '../../../shared/csv';
import {
  applyMapping,
  finalizeImport,
  guessMapping,
  previewImport,
  readCsvFile,
} from '../../../shared/import';

describe('toCsv', () => {
  it('quotes per RFC 4180: delimiters, quotes, line breaks; CRLF line ends', () => {
    const csv = toCsv(
      [
        { name: 'Müller, Anna', note: 'She said "hi"\nthen left', n: 3 },
        { name: 'Zoë', note: undefined, n: undefined },
      ],
      [
        { key: 'name', header: 'Name' },
        { key: 'note', header: 'Note' },
        { key: 'n', header: 'Count' },
      ],
    );
    expect(csv).toBe('Name,Note,Count\r\n"Müller, Anna","She said ""hi""\nthen left",3\r\nZoë,,\r\n');
    // Read back by a standard parser, the values are intact.
    expect(Papa.parse(csv.trimEnd()).data).toEqual([
      ['Name', 'Note', 'Count'],
      ['Müller, Anna', 'She said "hi"\nthen left', '3'],
      ['Zoë', '', ''],
    ]);
  });

  it('adds a UTF-8 BOM for Excel when asked, and writes semicolons', () => {
    const csv = toCsv([{ a: 'Zoë; Ñúñez', b: '1,5' }], ['a', 'b'], { bom: true, delimiter: ';' });
    expect(csv).toBe('\uFEFFa;b\r\n"Zoë; Ñúñez";1,5\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('neutralises formula injection (OWASP): = + - @ tab CR get an apostrophe and quotes', () => {
    const cells = [
      '\0=1+1',
      '=HYPERLINK("http://evil.example","click")',
      '+49 89 123456',
      "-2+3+cmd|' /C calc'!A0",
      '@SUM(A1:A2)',
      '\t=1+1',
      '\r=1+1',
      'Anna = Bob',
    ];
    const csv = toCsv(
      cells.map((v) => ({ v })),
      ['v'],
    );
    const read = (Papa.parse(csv.trimEnd()).data as string[][]).slice(1).map((r) => r[0]);
    expect(read).toEqual([
      "'\0=1+1",
      '\'=HYPERLINK("http://evil.example","click")',
      "'+49 89 123456",
      "'-2+3+cmd|' /C calc'!A0",
      "'@SUM(A1:A2)",
      "'\t=1+1",
      "'\r=1+1",
      'Anna = Bob',
    ]);
    expect(csv).toContain('"\'+49 89 123456"');
  });

  it('leaves plain numbers alone, as numbers or as text', () => {
    const csv = toCsv(
      [{ a: -12.5, b: '-12.5', c: '-3,75', d: '-12.5e3', e: '-' }],
      ['a', 'b', 'c', 'd', 'e'],
    );
    expect(csv).toBe('a,b,c,d,e\r\n-12.5,-12.5,"-3,75","\'-12.5e3","\'-"\r\n');
  });

  it('can be told not to neutralise (for non-spreadsheet consumers)', () => {
    expect(toCsv([{ a: '=1+1' }], ['a'], { neutralizeFormulas: false })).toBe('a\r\n=1+1\r\n');
  });
});

describe('clientsToRows / touchpointsToRows', () => {
  const data = makeEveryKindDataset();
  const byId = new Map(data.clients.map((c) => [c.id, c]));

  it('uses human column names and readable values', () => {
    const rows = clientsToRows(data.clients, (id) => byId.get(id));
    const csv = toCsv(rows, CLIENT_COLUMNS);
    expect(csv.split('\r\n')[0]).toBe(
      'First name,Last name,Salutation,Email,Phone,Company,Street,Postal code,City,Region,Region code,Country,Country code,Birthday,Important dates,Journey status,Journey start,Expected end,Preferred channel,Tags,Source,Notes,Created,Last changed',
    );
    const zoe = rows[0]!;
    expect(zoe).toMatchObject({
      firstName: 'Zoë',
      street: 'Calle de Alcalá 1\n3º izquierda',
      birthday: '1992-02-29',
      importantDates: 'Aniversario de boda: 2015-12-31',
      tags: 'VIP, Café, año-nuevo',
      countryCode: 'ES',
    });
    expect(rows[1]).toMatchObject({ source: 'Referred by Zoë Ñúñez', birthday: '1985-12-31' });
    expect(rows[2]).toMatchObject({
      firstName: '小明',
      birthday: '--02-29',
      importantDates: '公司周年: --01-01',
    });
  });

  it('touchpoints name their client and kind', () => {
    const rows = touchpointsToRows(data.touchpoints, (id) => byId.get(id));
    expect(rows[0]).toEqual({
      due: '2028-02-22',
      client: 'Zoë Ñúñez',
      title: 'Birthday card (turns 36)',
      kind: 'Birthday greeting',
      channel: 'card',
      status: 'planned',
      doneAt: undefined,
      doneVia: undefined,
      notes: undefined,
    });
    expect(touchpointsToRows(data.touchpoints, () => undefined)[0]!.client).toBe('(deleted client)');
    expect(toCsv(rows, TOUCHPOINT_COLUMNS).split('\r\n')[0]).toBe(
      'Due,Client,Title,Kind,Channel,Status,Done at,Done via,Notes',
    );
  });

  it('an export read back by the CSV import gives the same clients', () => {
    const clients = data.clients.filter((c) => !c.deletedAt);
    const bytes = new TextEncoder().encode(toCsv(clientsToRows(clients), CLIENT_COLUMNS, { bom: true }));
    const csv = readCsvFile(bytes);
    const mapping = guessMapping(csv.headers);
    expect(mapping).toMatchObject({
      Source: null,
      Created: null,
      'Last changed': null,
      'Country code': 'countryCode',
      'Region code': 'regionCode',
    });
    const preview = previewImport(applyMapping(csv, mapping));
    expect(preview.rows.every((r) => r.problems.length === 0)).toBe(true);
    const result = finalizeImport(preview);
    expect(result.counts.created).toBe(clients.length);
    result.toCreate.forEach(({ client }, i) => {
      const original = clients[i]!;
      const {
        id: _i,
        createdAt: _c,
        updatedAt: _u,
        source: _s,
        holidays: _h,
        importantDates,
        ...rest
      } = original;
      expect({ ...client, importantDates: undefined }).toEqual({ ...rest, importantDates: undefined });
      expect(client.importantDates.map((d) => [d.label, d.date])).toEqual(
        importantDates.map((d) => [d.label, d.date]),
      );
    });
    // The formula-looking note came back without the protective apostrophe.
    expect(result.toCreate.find((c) => c.client.firstName === 'Seán')?.client.notes).toBe(
      byId.get(FIXTURE_IDS.sean)!.notes,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv, readCsvFile, uniqueHeaders } from '../../../shared/import';
import { cp1252, utf8 } from './bytes';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Zoë;Łukasz;王小明')]);
    expect(decodeText(withBom)).toMatchObject({ text: 'Zoë;Łukasz;王小明', encoding: 'utf-8', bom: true });
    expect(decodeText(utf8('Zoë'))).toMatchObject({ text: 'Zoë', encoding: 'utf-8', bom: false });
    expect(decodeText(utf8('Zoë')).note).toBeUndefined();
  });

  it('takes bytes that are not UTF-8 as Windows-1252, with the real code page (é, €, š, „“)', () => {
    const bytes = cp1252('René Müller;€ 25;Šárka? „Grüße“');
    expect(bytes).toContain(0xe9);
    expect(bytes).toContain(0x80);
    const d = decodeText(bytes);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('René Müller;€ 25;Šárka? „Grüße“');
    expect(d.note).toContain('not UTF-8');
  });

  it('lets the user force an encoding, and counts what UTF-8 could not read', () => {
    const bytes = cp1252('Hélène');
    const forced = decodeText(bytes, 'utf-8');
    expect(forced.text).toBe('H\uFFFDl\uFFFDne');
    expect(forced.replaced).toBe(2);
    expect(decodeText(utf8('Zoë'), 'windows-1252').text).toBe('ZoÃ«');
  });

  it('reads UTF-16 (Excel "Unicode text"), with and without a BOM', () => {
    const le = (s: string) =>
      new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const text = 'Vorname\tNachname\r\nZoë\tÑúñez\r\n';
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le(text)]))).toMatchObject({
      text,
      encoding: 'utf-16le',
      bom: true,
    });
    expect(decodeText(le(text))).toMatchObject({ text, encoding: 'utf-16le', bom: false });
  });
});

describe('parseCsv', () => {
  it('Excel in Germany: BOM, semicolons, Windows-1252 bytes, CRLF', () => {
    const bytes = cp1252(
      'Vorname;Nachname;Straße;PLZ;Ort\r\nRené;Müller, Jr.;Hauptstraße 5;80331;München\r\nÅsa;Öberg;Gärdesgatan 1;11527;Stockholm\r\n',
    );
    const withBom = readCsvFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(decodeText(bytes).text)]));
    const plain = readCsvFile(bytes);
    for (const f of [withBom, plain]) {
      expect(f.delimiter).toBe(';');
      expect(f.headers).toEqual(['Vorname', 'Nachname', 'Straße', 'PLZ', 'Ort']);
      expect(f.rows.map((r) => r.cells)).toEqual([
        ['René', 'Müller, Jr.', 'Hauptstraße 5', '80331', 'München'],
        ['Åsa', 'Öberg', 'Gärdesgatan 1', '11527', 'Stockholm'],
      ]);
    }
    expect(plain.decoded.encoding).toBe('windows-1252');
    expect(withBom.decoded).toMatchObject({ encoding: 'utf-8', bom: true });
  });

  it('detects comma, semicolon and tab, even for two-line files that end with a newline', () => {
    expect(parseCsv('Name,Email\nZoë,z@example.es\n').delimiter).toBe(',');
    expect(parseCsv('Name;Notes\nMüller, Anna;likes tea, coffee\n').delimiter).toBe(';');
    expect(parseCsv('First\tLast\tNotes\nAnna\tMüller\ta, b; c\n').delimiter).toBe('\t');
    expect(parseCsv('sep=;\nName,x;Email\nA,b;c\n')).toMatchObject({
      delimiter: ';',
      delimiterSource: 'sep-line',
    });
    expect(parseCsv('Name;Email\nA;b\n', { delimiter: ',' }).headers).toEqual(['Name;Email']);
  });

  it('keeps line breaks inside quoted cells and numbers rows as the spreadsheet shows them', () => {
    const text =
      'First name,Notes,Email\r\n' +
      'Zoë,"Met at the café.\r\nLikes ""handwritten"" cards.\r\nThird line",zoe@example.es\r\n' +
      'Łukasz,,lukasz@example.pl\r\n' +
      '\r\n' +
      '王小明,"one, two",wang@example.cn';
    const csv = parseCsv(text);
    expect(csv.rows.map((r) => [r.row, r.line])).toEqual([
      [2, 2],
      [3, 5],
      [4, 6],
      [5, 7],
    ]);
    expect(csv.rows[0]!.cells[1]).toBe('Met at the café.\r\nLikes "handwritten" cards.\r\nThird line');
    expect(csv.rows[2]!.blank).toBe(true);
    expect(csv.rows[3]!.cells).toEqual(['王小明', 'one, two', 'wang@example.cn']);
  });

  it('does not invent a row for the final newline', () => {
    expect(parseCsv('a,b\n1,2\n').rows).toHaveLength(1);
    expect(parseCsv('a,b\n1,2\n\n').rows).toHaveLength(2);
  });

  it('makes duplicate and empty headers unique', () => {
    expect(parseCsv('Email,Name,Email,,email,Email (2)\n1,2,3,4,5,6\n').headers).toEqual([
      'Email',
      'Name',
      'Email (3)',
      'Column 4',
      'email (4)',
      'Email (2)',
    ]);
    expect(uniqueHeaders(['E-Mail', 'E-Mail', 'E-Mail'])).toEqual(['E-Mail', 'E-Mail (2)', 'E-Mail (3)']);
  });

  it('flags rows whose columns shifted, and a quote that never closes', () => {
    const csv = parseCsv('Name;Email;City\nAnna;a@x.de;Berlin\nBob;b@x.de;Köln;Extra;More\nCara;c@x.de;;\n');
    expect(csv.rows[0]!.problem).toBeUndefined();
    expect(csv.rows[1]!.problem).toBe(
      'This row has 5 cells but the header has 3: a value probably contains a semicolon without quotes around it, which shifts the columns. Fix the row in your spreadsheet.',
    );
    // A trailing empty cell is harmless.
    expect(csv.rows[2]!.problem).toBeUndefined();

    const open = parseCsv('Name,Notes\nAnna,fine\nBob,"never closed\nCara,lost\n');
    expect(open.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(open.rows[1]!.problem).toContain('never closed');
  });

  it('reports progress and reads a header-less file', () => {
    const lines = ['Vorname;Nachname', ...Array.from({ length: 2000 }, (_, i) => `Anna${i};Müller`)].join(
      '\n',
    );
    const seen: number[] = [];
    parseCsv(lines, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);

    const noHeader = parseCsv('Anna;Müller\nZoë;Ñúñez\n', { hasHeader: false });
    expect(noHeader.headers).toEqual(['Column 1', 'Column 2']);
    expect(noHeader.rows.map((r) => r.row)).toEqual([1, 2]);
  });

  it('refuses empty files, header-only files and binary files with a clear message', () => {
    expect(parseCsv('').error).toBe('The file is empty: there is nothing to import.');
    expect(readCsvFile(new Uint8Array()).error).toBe('The file is empty: there is nothing to import.');
    expect(parseCsv('Vorname;Nachname\n').error).toBe(
      'The file has a header row but no rows of data below it.',
    );
    const xlsx = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00,
    ]);
    const r = readCsvFile(xlsx);
    expect(r.error).toContain('This file is not a CSV text file');
    expect(r.rows).toEqual([]);
    const garbage = new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256));
    expect(readCsvFile(garbage).error).toContain('This file is not a CSV text file');
  });
});

import { describe, expect, it } from 'vitest';
import { detectImportKind, finalizeImport, parseVCards, previewImport } from '../../../shared/import';
import { cp1252, utf8 } from './bytes';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

/** As an iPhone (iOS 17) shares contacts: vCard 3.0, grouped Apple labels, a photo, folded lines. */
const IPHONE = crlf([
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//iPhone OS 17.4//EN',
  'N:Ñúñez;Zoë;;;',
  'FN:Zoë Ñúñez',
  'ORG:Café Ñandú S.L.;',
  'item1.EMAIL;type=INTERNET:zoe.work@example.es',
  'item2.EMAIL;type=INTERNET;type=pref:zoe@example.es',
  'TEL;type=CELL;type=VOICE;type=pref:+34 612 345 678',
  'item3.ADR;type=HOME;type=pref:;;Calle de Alcalá 1\\n3º izquierda;Madrid;;28014;España',
  'item3.X-ABADR:es',
  'BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29',
  'item4.X-ABDATE;type=pref:2015-12-31',
  'item4.X-ABLabel:_$!<Anniversary>!$_',
  'NOTE:Prefers handwritten cards\\, not email.\\nAllergic to lilies. This note is long enough that',
  '  the phone folded it onto a second line.',
  'CATEGORIES:VIP,Café',
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a',
  ' HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIy',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:王;小明;;;',
  'FN:王小明',
  'TEL;type=WORK:+86 10 1234 5678',
  'BDAY:2000-01-01',
  'END:VCARD',
]);

/** As Android exports (vCard 2.1, UTF-8 in QUOTED-PRINTABLE with soft line breaks). */
const ANDROID = crlf([
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Wr=C3=B3bel;=C5=81ukasz;;;',
  'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81ukasz Wr=C3=B3bel',
  'TEL;CELL;PREF:+48 500 600 700',
  'TEL;HOME:+48 58 123 45 67',
  'EMAIL;HOME:lukasz@example.pl',
  'ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;ul. D=C5=82uga 5/7;Gda=C5=84sk;;80-827;Polska',
  'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Pierwsza linia=0AZ=C3=B3=C5=82w i bardzo d=C5=82uga notatka, kt=C3=B3ra si=',
  '=C4=99 nie mie=C5=9Bci w jednej linii.',
  'BDAY:1985-12-31',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Fran=E7ois;Ren=E9;;;',
  'EMAIL;INTERNET:rene@example.fr',
  'BDAY:--03-14',
  'END:VCARD',
]);

/** As Outlook on Windows saves a contact: vCard 2.1 in Windows-1252 bytes, QP without CHARSET. */
const OUTLOOK = crlf([
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;LANGUAGE=de-de:Müller-Lüdenscheidt;Anna-Lena',
  'FN:Anna-Lena Müller-Lüdenscheidt',
  'ORG:Bäckerei Müller GmbH',
  'TITLE:Geschäftsführerin',
  'TEL;WORK;VOICE:+49 89 123456',
  'TEL;CELL;VOICE:+49 171 2345678',
  'ADR;WORK;PREF:;;Straße des 17. Juni 1;München;Bayern;80331;Deutschland',
  'LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:Stra=DFe des 17. Juni 1=0D=0AM=FCnchen, Bayern 80331',
  'EMAIL;PREF;INTERNET:anna-lena@example.de',
  'BDAY:20000101',
  'X-MS-ANNIVERSARY:20100612',
  'NOTE;ENCODING=QUOTED-PRINTABLE:Mag Br=F6tchen =80 2,50=0D=0AZweite Zeile',
  'REV:20260115T093000Z',
  'END:VCARD',
]);

/** vCard 4.0 with quoted parameters, URIs and basic-format dates. */
const V4 = crlf([
  'BEGIN:VCARD',
  'VERSION:4.0',
  "FN:Seán O'Brien",
  "N:O'Brien;Seán;;;",
  'EMAIL;TYPE=work:sean.work@example.ie',
  'EMAIL;TYPE=home;PREF=1:sean@example.ie',
  'TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+353-1-234-5678',
  'BDAY:--0314',
  'ANNIVERSARY:20100612T000000Z',
  'ADR;TYPE=home;LABEL="Flat 2: 12 Main St\\nDublin":;Flat 2;12 Main St;Dublin;;D02 X285;Ireland',
  'CATEGORIES:Friends,Golf\\, Tennis',
  'NOTE:Line one\\nLine two\\; with semicolon',
  'END:VCARD',
]);

describe('parseVCards', () => {
  it('iPhone 3.0: preferred email first, year-less birthday, labelled date, unfolded note, no photo', () => {
    const { records, error } = parseVCards(utf8(IPHONE));
    expect(error).toBeUndefined();
    expect(records.map((r) => [r.row, r.line, r.label])).toEqual([
      [1, 1, 'Card 1 (line 1)'],
      [2, 21, 'Card 2 (line 21)'],
    ]);
    expect(records[0]!.fields).toEqual({
      firstName: 'Zoë',
      lastName: 'Ñúñez',
      company: 'Café Ñandú S.L.',
      emails: ['zoe@example.es', 'zoe.work@example.es'],
      phones: ['+34 612 345 678'],
      street: ['Calle de Alcalá 1', '3º izquierda'],
      city: 'Madrid',
      postalCode: '28014',
      country: 'España',
      birthday: '--02-29',
      dates: [{ label: 'Anniversary', value: '2015-12-31' }],
      tags: ['VIP', 'Café'],
      notes: [
        'Prefers handwritten cards, not email.\nAllergic to lilies. This note is long enough that the phone folded it onto a second line.',
      ],
    });
    expect(records[1]!.fields).toMatchObject({ firstName: '小明', lastName: '王', birthday: '2000-01-01' });
  });

  it('Android 2.1: QUOTED-PRINTABLE in UTF-8 and ISO-8859-1, soft line breaks', () => {
    const { records } = parseVCards(ANDROID);
    expect(records[0]!.fields).toMatchObject({
      firstName: 'Łukasz',
      lastName: 'Wróbel',
      phones: ['+48 500 600 700', '+48 58 123 45 67'],
      emails: ['lukasz@example.pl'],
      street: ['ul. Długa 5/7'],
      city: 'Gdańsk',
      postalCode: '80-827',
      country: 'Polska',
      birthday: '1985-12-31',
      notes: ['Pierwsza linia\nZółw i bardzo długa notatka, która się nie mieści w jednej linii.'],
    });
    expect(records[1]!.fields).toMatchObject({
      firstName: 'René',
      lastName: 'François',
      birthday: '--03-14',
    });
  });

  it('Outlook 2.1: Windows-1252 bytes, QP without a charset, work address, X-MS-ANNIVERSARY', () => {
    const bytes = cp1252(OUTLOOK);
    expect(bytes).toContain(0xfc); // ü as one byte
    const { records, encoding } = parseVCards(bytes);
    expect(encoding).toBe('windows-1252');
    expect(records[0]!.fields).toEqual({
      firstName: 'Anna-Lena',
      lastName: 'Müller-Lüdenscheidt',
      company: 'Bäckerei Müller GmbH',
      emails: ['anna-lena@example.de'],
      phones: ['+49 89 123456', '+49 171 2345678'],
      street: ['Straße des 17. Juni 1'],
      city: 'München',
      region: 'Bayern',
      postalCode: '80331',
      country: 'Deutschland',
      birthday: '20000101',
      dates: [{ label: 'Anniversary', value: '20100612' }],
      tags: [],
      notes: ['Job title: Geschäftsführerin', 'Mag Brötchen € 2,50\nZweite Zeile'],
    });
  });

  it('vCard 4.0: PREF=1, tel: URIs, quoted parameters with a colon, escaped commas in categories', () => {
    const { records } = parseVCards(V4);
    expect(records[0]!.fields).toMatchObject({
      firstName: 'Seán',
      lastName: "O'Brien",
      emails: ['sean@example.ie', 'sean.work@example.ie'],
      phones: ['+353-1-234-5678'],
      street: ['12 Main St', 'Flat 2'],
      city: 'Dublin',
      postalCode: 'D02 X285',
      birthday: '--0314',
      dates: [{ label: 'Anniversary', value: '20100612' }],
      tags: ['Friends', 'Golf, Tennis'],
      notes: ['Line one\nLine two; with semicolon'],
    });
  });

  it('a card cut off at the end is read with a warning; a file without cards is refused', () => {
    const cut = parseVCards(IPHONE.slice(0, IPHONE.indexOf('BDAY:2000')));
    expect(cut.records).toHaveLength(2);
    expect(cut.records[1]!.readWarning).toBe(
      'This card stops at the end of the file without END:VCARD (the file may be cut off); it was read as far as it goes.',
    );
    const noCards =
      'This file holds no contact cards. A vCard file (.vcf) has cards that start with BEGIN:VCARD.';
    expect(parseVCards('')).toEqual({ records: [], error: noCards });
    expect(parseVCards('Vorname;Nachname\nZoë;Ñúñez\n').error).toBe(noCards);
    const garbage = new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 256));
    expect(parseVCards(garbage).error).toBe(noCards);
  });
});

describe('detectImportKind', () => {
  it('tells a vCard from a CSV by content, whatever the encoding', () => {
    expect(detectImportKind(utf8(IPHONE))).toBe('vcard');
    expect(detectImportKind(cp1252(OUTLOOK))).toBe('vcard');
    expect(detectImportKind('\uFEFFBEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe('vcard');
    expect(detectImportKind(utf8('Vorname;Nachname\nZoë;Ñúñez\n'))).toBe('csv');
    expect(detectImportKind(utf8('Name,Notes\nAnna,"BEGIN:VCARD is just text here"\n'))).toBe('csv');
  });
});

describe('vCard through the shared preview and finalize', () => {
  it('gives validated clients, with the same duplicate checks as CSV', () => {
    const records = [IPHONE, ANDROID, V4]
      .flatMap((t) => parseVCards(t).records)
      .map((r, i) => ({ ...r, row: i + 1, label: `Card ${i + 1}` }));
    const outlook = parseVCards(cp1252(OUTLOOK)).records.map((r) => ({ ...r, row: 6, label: 'Card 6' }));
    // The same iPhone card again, as if two files were combined.
    const again = parseVCards(IPHONE)
      .records.slice(0, 1)
      .map((r) => ({ ...r, row: 7, label: 'Card 7' }));
    const preview = previewImport([...records, ...outlook, ...again]);
    expect(preview.dateOrder.ambiguous).toBe(false);
    const clients = preview.rows.map((r) => r.client);
    expect(clients[0]).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Ñúñez',
      email: 'zoe@example.es',
      birthday: { month: 2, day: 29 },
      importantDates: [{ id: 'import-1-1', label: 'Anniversary', date: { month: 12, day: 31, year: 2015 } }],
      address: {
        lines: ['Calle de Alcalá 1', '3º izquierda'],
        city: 'Madrid',
        postalCode: '28014',
        country: 'España',
      },
      country: 'ES',
      notes: expect.stringContaining('Other email: zoe.work@example.es'),
    });
    expect(clients[1]).toMatchObject({
      firstName: '小明',
      lastName: '王',
      birthday: { month: 1, day: 1, year: 2000 },
    });
    expect(clients[2]).toMatchObject({
      firstName: 'Łukasz',
      country: 'PL',
      birthday: { month: 12, day: 31, year: 1985 },
    });
    expect(clients[3]).toMatchObject({ firstName: 'René', birthday: { month: 3, day: 14 } });
    expect(clients[4]).toMatchObject({ firstName: 'Seán', country: 'IE', birthday: { month: 3, day: 14 } });
    expect(clients[5]).toMatchObject({
      firstName: 'Anna-Lena',
      address: { region: 'Bayern', country: 'Deutschland' },
      country: 'DE',
      importantDates: [{ label: 'Anniversary', date: { month: 6, day: 12, year: 2010 } }],
    });
    // "Bayern" is a name, not a region code: it stays in the address only.
    expect(clients[5]).not.toHaveProperty('region');
    expect(preview.rows[6]!.duplicates).toEqual([
      { kind: 'file', row: 1, reason: 'email', description: 'Same person as Card 1 (same email)' },
    ]);
    const result = finalizeImport(preview);
    expect(result.counts).toEqual({ rows: 7, created: 6, merged: 0, skipped: 1, rejected: 0 });
  });
});

/**
 * A CSV file as another CRM exports it, made from the book's clients: a German export (BOM,
 * semicolons, DD.MM.YYYY dates, "Kategorien" for tags), with quoted notes that hold line breaks
 * and semicolons, a few invalid emails, rows missing a first name and duplicates within the file:
 * what a real 10,000-row import has to get through.
 */
import type { Client } from '../shared/domain/schemas';
import { prng } from './book';

const HEADERS = [
  'Vorname',
  'Nachname',
  'E-Mail',
  'Telefon',
  'Geburtstag',
  'Firma',
  'Straße',
  'PLZ',
  'Ort',
  'Land',
  'Kategorien',
  'Notizen',
];

function cell(v: string | undefined): string {
  const s = v ?? '';
  return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const two = (n: number) => String(n).padStart(2, '0');

export function clientsCsv(clients: readonly Client[], rows: number, seed = 7): string {
  const rnd = prng(seed);
  const lines = [HEADERS.join(';')];
  for (let i = 0; i < rows; i++) {
    const r = rnd();
    // One row in 200 repeats the previous person: a duplicate within the file.
    const c = clients[(r >= 0.5 && r < 0.505 && i > 0 ? i - 1 : i) % clients.length]!;
    const b = c.birthday;
    const birthday = b
      ? b.year
        ? `${two(b.day)}.${two(b.month)}.${b.year}`
        : `${two(b.day)}.${two(b.month)}.`
      : '';
    lines.push(
      [
        r < 0.004 ? '' : c.firstName, // a row without a first name: rejected with its reason
        c.lastName,
        r > 0.996 ? `${c.firstName}(at)example.com` : c.email, // an invalid email: a warning
        c.phone,
        birthday,
        c.company,
        c.address?.lines[0],
        c.address?.postalCode,
        c.address?.city,
        c.country,
        c.tags.join(', '),
        c.notes ? `${c.notes}\nZweite Zeile; mit Semikolon` : undefined,
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Reading vCard files (.vcf) from phones and mail programs: versions 2.1 (Android, Outlook:
 * QUOTED-PRINTABLE with soft line breaks, CHARSET=UTF-8 / ISO-8859-1 / Windows-1252), 3.0 (iPhone,
 * macOS, Google) and 4.0. Each card becomes an `ImportRecord`, the same shape a CSV row becomes,
 * so the same preview, duplicate check and finalize step serve both.
 */
import { decodeText, decodeWindows1252, type TextEncodingName } from './decode';
import { emptyFields, type ImportFields, type ImportRecord } from './types';

export interface VCardFile {
  records: ImportRecord[];
  /** Set when the file holds no cards at all. */
  error?: string;
  /** The encoding the bytes were read with (when bytes were given). */
  encoding?: TextEncodingName;
}

interface Property {
  group?: string;
  name: string;
  params: Record<string, string[]>;
  value: string;
  line: number;
}

/** Splits at `sep` outside double quotes. */
function splitOutsideQuotes(s: string, sep: string, limit = Infinity): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"') quoted = !quoted;
    if (c === sep && !quoted && out.length < limit - 1) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function parseProperty(logical: string, line: number): Property | undefined {
  const [head, ...rest] = splitOutsideQuotes(logical, ':', 2);
  if (head === undefined || rest.length === 0) return undefined;
  const [nameWithGroup = '', ...paramParts] = splitOutsideQuotes(head, ';');
  const dot = nameWithGroup.lastIndexOf('.');
  const name = (dot >= 0 ? nameWithGroup.slice(dot + 1) : nameWithGroup).trim().toUpperCase();
  const params: Record<string, string[]> = {};
  for (const p of paramParts) {
    const eq = p.indexOf('=');
    // vCard 2.1 allows bare parameters: "TEL;CELL;PREF", "ADR;QUOTED-PRINTABLE".
    const key = (eq >= 0 ? p.slice(0, eq) : bareParamKey(p)).trim().toUpperCase();
    const values = (eq >= 0 ? p.slice(eq + 1) : p)
      .split(',')
      .map((v) => v.trim().replace(/^"|"$/g, ''))
      .filter(Boolean);
    params[key] = [...(params[key] ?? []), ...values];
  }
  return {
    ...(dot >= 0 ? { group: nameWithGroup.slice(0, dot).toLowerCase() } : {}),
    name,
    params,
    value: rest[0] ?? '',
    line,
  };
}

function bareParamKey(p: string): string {
  const v = p.trim().toUpperCase();
  if (v === 'QUOTED-PRINTABLE' || v === 'BASE64' || v === '8BIT' || v === '7BIT' || v === 'B')
    return 'ENCODING';
  return 'TYPE';
}

const param = (p: Property, key: string) => p.params[key]?.[0];
const hasType = (p: Property, t: string) =>
  (p.params.TYPE ?? []).some((v) => v.toUpperCase() === t) || (t === 'PREF' && p.params.PREF !== undefined);

function isQuotedPrintable(head: string): boolean {
  return /(^|;)\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(;|$)/i.test(head);
}

/** QP → bytes: "=C3=A9" is é in UTF-8; "=\r\n" soft breaks were joined while unfolding. */
function decodeQuotedPrintable(s: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d /* = */ && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      // Not QP-safe but present (a file already decoded as text): keep the character as UTF-8.
      bytes.push(...new TextEncoder().encode(s[i]!));
    }
  }
  return new Uint8Array(bytes);
}

function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  if (!charset) {
    // No CHARSET: Android means UTF-8, Outlook means its Windows code page. Valid UTF-8 decides.
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return decodeWindows1252(bytes);
    }
  }
  const cs = charset.toLowerCase();
  if (['iso-8859-1', 'latin1', 'latin-1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii'].includes(cs)) {
    // Windows-1252 is a superset of Latin-1 for printable text; mail programs label one as the other.
    return decodeWindows1252(bytes);
  }
  try {
    return new TextDecoder(cs).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** vCard 3.0/4.0 escapes (and 2.1's \;): "\n" newline, "\," comma, "\;" semicolon, "\\" backslash. */
function unescapeText(s: string): string {
  return s.replace(/\\([\\,;nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits a structured value (N, ADR) at unescaped separators, then unescapes each part. */
function splitStructured(s: string, sep: ';' | ','): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) {
      cur += c + s[i + 1];
      i++;
    } else if (c === sep) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts.map((p) => unescapeText(p).trim());
}

function valueText(p: Property): string | undefined {
  const enc = param(p, 'ENCODING')?.toUpperCase();
  if (enc === 'B' || enc === 'BASE64') return undefined; // photos, sounds: not contact data
  if (enc === 'QUOTED-PRINTABLE') return decodeCharset(decodeQuotedPrintable(p.value), param(p, 'CHARSET'));
  return p.value;
}

/** Unfolds lines (RFC 6350: a line break followed by a space or tab continues the line) and joins QP soft breaks. */
function logicalLines(text: string): { text: string; line: number }[] {
  const physical = text.split(/\r\n|\n|\r/);
  const out: { text: string; line: number; qp: boolean }[] = [];
  physical.forEach((raw, i) => {
    const prev = out[out.length - 1];
    if (prev && prev.qp && prev.text.endsWith('=')) {
      // QP soft line break: "=" at the end joins the next line as is (some writers indent it).
      prev.text = prev.text.slice(0, -1) + raw.replace(/^[ \t]/, '');
      return;
    }
    if (prev && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      prev.text += raw.slice(1);
      return;
    }
    const colon = splitOutsideQuotes(raw, ':', 2)[0] ?? '';
    out.push({ text: raw, line: i + 1, qp: isQuotedPrintable(colon) });
  });
  return out.filter((l) => l.text.trim() !== '');
}

/** vCard dates: "1990-03-14", "19900314", "--0314", "--03-14", with an optional time part. */
function dateValue(p: Property, v: string): string {
  let s = v.trim().replace(/T[\d:.]*(Z|[+-]\d{2}:?\d{2})?$/i, '');
  // Apple marks a birthday without a year with a placeholder year (1604) and X-APPLE-OMIT-YEAR.
  const omit = param(p, 'X-APPLE-OMIT-YEAR');
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s);
  if (m && (omit === m[1] || m[1] === '1604' || m[1] === '0000')) s = `--${m[2]}-${m[3]}`;
  return s;
}

const APPLE_LABEL = /^_\$!<(.*)>!\$_$/;

function readCard(props: Property[], fields: ImportFields): void {
  const labels = new Map<string, string>();
  for (const p of props) {
    if (p.name === 'X-ABLABEL' && p.group) {
      const v = valueText(p) ?? '';
      labels.set(p.group, unescapeText(v.replace(APPLE_LABEL, '$1')).trim());
    }
  }
  const emails: { v: string; pref: boolean }[] = [];
  const phones: { v: string; pref: boolean }[] = [];
  const addresses: { parts: string[]; rank: number }[] = [];
  let fn: string | undefined;
  for (const p of props) {
    const raw = valueText(p);
    if (raw === undefined) continue;
    switch (p.name) {
      case 'N': {
        const [family = '', given = '', additional = ''] = splitStructured(raw, ';').map((x) =>
          x.replace(/,/g, ' ').trim(),
        );
        if (given || additional) fields.firstName = [given, additional].filter(Boolean).join(' ');
        if (family) fields.lastName = family;
        break;
      }
      case 'FN':
        fn = unescapeText(raw).trim() || undefined;
        break;
      case 'EMAIL': {
        const v = unescapeText(raw)
          .replace(/^mailto:/i, '')
          .trim();
        if (v) emails.push({ v, pref: hasType(p, 'PREF') });
        break;
      }
      case 'TEL': {
        const v = unescapeText(raw).replace(/^tel:/i, '').trim();
        if (v) phones.push({ v, pref: hasType(p, 'PREF') });
        break;
      }
      case 'ADR': {
        const parts = splitStructured(raw, ';');
        if (parts.some(Boolean)) {
          addresses.push({
            parts,
            rank: hasType(p, 'PREF') ? 0 : hasType(p, 'HOME') ? 1 : hasType(p, 'WORK') ? 3 : 2,
          });
        }
        break;
      }
      case 'ORG': {
        const org = splitStructured(raw, ';')[0];
        if (org) fields.company = org;
        break;
      }
      case 'BDAY':
        if (raw.trim()) fields.birthday = dateValue(p, unescapeText(raw));
        break;
      case 'ANNIVERSARY':
      case 'X-ANNIVERSARY':
      case 'X-MS-ANNIVERSARY':
      case 'X-EVOLUTION-ANNIVERSARY':
        if (raw.trim()) fields.dates.push({ label: 'Anniversary', value: dateValue(p, unescapeText(raw)) });
        break;
      case 'X-ABDATE': {
        const label = (p.group && labels.get(p.group)) || 'Important date';
        if (raw.trim()) fields.dates.push({ label, value: dateValue(p, unescapeText(raw)) });
        break;
      }
      case 'NOTE': {
        const note = unescapeText(raw).replace(/\r\n?/g, '\n').trim();
        if (note) fields.notes.push(note);
        break;
      }
      case 'CATEGORIES':
        // Split at unescaped commas only: "Golf\, Tennis" is one tag.
        for (const t of splitStructured(raw, ',')) if (t && !fields.tags.includes(t)) fields.tags.push(t);
        break;
      case 'TITLE': {
        const t = unescapeText(raw).trim();
        if (t) fields.notes.push(`Job title: ${t}`);
        break;
      }
      case 'URL': {
        const u = unescapeText(raw).trim();
        if (u) fields.notes.push(`Website: ${u}`);
        break;
      }
      default:
        break;
    }
  }
  if (!fields.firstName && !fields.lastName && fn) fields.fullName = fn;
  const byPref = <T extends { pref: boolean }>(xs: T[]) => [
    ...xs.filter((x) => x.pref),
    ...xs.filter((x) => !x.pref),
  ];
  fields.emails = byPref(emails).map((e) => e.v);
  fields.phones = byPref(phones).map((e) => e.v);
  const adr = addresses.sort((a, b) => a.rank - b.rank)[0];
  if (adr) {
    const [pobox = '', ext = '', street = '', city = '', region = '', postal = '', country = ''] = adr.parts;
    fields.street = [...street.split('\n'), ext, pobox ? `PO Box ${pobox}` : '']
      .map((l) => l.trim())
      .filter(Boolean);
    if (city) fields.city = city;
    if (region) fields.region = region;
    if (postal) fields.postalCode = postal;
    if (country) fields.country = country;
  }
  for (const a of addresses.slice(1)) {
    const flat = a.parts.filter(Boolean).join(', ').replace(/\n/g, ', ');
    if (flat) fields.notes.push(`Other address: ${flat}`);
  }
}

/** Reads every card in a .vcf file (text, or the file's bytes with the encoding detected). */
export function parseVCards(input: string | Uint8Array): VCardFile {
  let text: string;
  let encoding: TextEncodingName | undefined;
  if (typeof input === 'string') text = input.replace(/^\uFEFF/, '');
  else {
    const d = decodeText(input);
    text = d.text;
    encoding = d.encoding;
  }
  const records: ImportRecord[] = [];
  let props: Property[] | undefined;
  let startLine = 0;
  const finish = (warning?: string) => {
    if (!props) return;
    const fields = emptyFields();
    readCard(props, fields);
    const n = records.length + 1;
    records.push({
      row: n,
      line: startLine,
      label: `Card ${n} (line ${startLine})`,
      fields,
      ...(warning ? { readWarning: warning } : {}),
    });
    props = undefined;
  };
  for (const l of logicalLines(text)) {
    const t = l.text.trim();
    if (/^BEGIN:VCARD$/i.test(t)) {
      if (props) finish('This card has no END:VCARD line; it was read up to the next card.');
      props = [];
      startLine = l.line;
    } else if (/^END:VCARD$/i.test(t)) {
      finish();
    } else if (props) {
      const p = parseProperty(l.text, l.line);
      if (p) props.push(p);
    }
  }
  if (props)
    finish(
      'This card stops at the end of the file without END:VCARD (the file may be cut off); it was read as far as it goes.',
    );
  return {
    records,
    ...(encoding ? { encoding } : {}),
    ...(records.length === 0
      ? {
          error:
            'This file holds no contact cards. A vCard file (.vcf) has cards that start with BEGIN:VCARD.',
        }
      : {}),
  };
}

/** Whether a file is a vCard (.vcf) or should be read as CSV, from its first bytes, not its name. */
export function detectImportKind(input: string | Uint8Array): 'vcard' | 'csv' {
  const head = typeof input === 'string' ? input.slice(0, 4096) : decodeText(input.subarray(0, 4096)).text;
  return /^\s*BEGIN:VCARD\s*$/im.test(head) ? 'vcard' : 'csv';
}

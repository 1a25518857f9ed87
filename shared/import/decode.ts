/**
 * Turning a file's bytes into text. Spreadsheets save CSV as UTF-8 (with or without a BOM), as
 * UTF-16 ("Unicode text" in Excel) or, in older Windows versions of Excel, as Windows-1252.
 * Bytes that are not valid UTF-8 are the tell-tale of Windows-1252, so that is the guess; the user
 * can override it when letters still look wrong.
 */

export const TEXT_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** Labels for an encoding picker. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8 (Unicode, most files today)',
  'windows-1252': 'Windows-1252 (Western European, older Excel on Windows)',
  'utf-16le': 'UTF-16 LE (Excel "Unicode text")',
  'utf-16be': 'UTF-16 BE',
};

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The file started with a byte order mark (removed from `text`). */
  bom: boolean;
  /** How the encoding was chosen, in words, when it was a guess the user may want to check. */
  note?: string;
  /** Characters that could not be decoded and were replaced with U+FFFD (only when UTF-8 was forced). */
  replaced: number;
}

/**
 * Windows-1252 bytes 0x80–0x9F (the rest of the code page equals Latin-1 / Unicode). Written out
 * because Node's TextDecoder decodes 'windows-1252' as Latin-1 (0x80 becomes U+0080, not €), while
 * browsers follow the WHATWG table: this keeps both the same. Undefined bytes map to themselves,
 * as in the WHATWG encoding standard.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without a BOM: every other byte is zero in Latin text. */
function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): { text: string; replaced: number } {
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), replaced: 0 };
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  return { text, replaced };
}

function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Decodes a text file. `encoding: 'auto'` (the default) follows a BOM, else takes UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252 (with a note saying so). A named encoding is used as
 * given (a BOM of that encoding is still dropped).
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName | 'auto' = 'auto'): DecodedText {
  const bom = bomOf(bytes);
  if (encoding !== 'auto') {
    const skip = bom && bom.encoding === encoding ? bom.length : 0;
    return { ...decodeAs(bytes.subarray(skip), encoding), encoding, bom: skip > 0 };
  }
  if (bom)
    return { ...decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, bom: true };
  const utf16 = looksUtf16(bytes);
  if (utf16) {
    return {
      ...decodeAs(bytes, utf16),
      encoding: utf16,
      bom: false,
      note: 'The file looks like UTF-16 text (as Excel saves "Unicode text"), so it was read that way.',
    };
  }
  if (isValidUtf8(bytes))
    return { text: decodeAs(bytes, 'utf-8').text, encoding: 'utf-8', bom: false, replaced: 0 };
  return {
    text: decodeWindows1252(bytes),
    encoding: 'windows-1252',
    bom: false,
    replaced: 0,
    note: 'The file is not UTF-8, so it was read as Windows-1252 (Western European, as older Excel saves it). If letters look wrong, choose another encoding.',
  };
}

/** Test helpers that build real file bytes. */

const CP1252_SPECIAL: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  Š: 0x8a,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  š: 0x9a,
  Ÿ: 0x9f,
};

/** Windows-1252 bytes for a string whose characters are all in that code page (é is 0xE9). */
export function cp1252(s: string): Uint8Array {
  return new Uint8Array(
    [...s].map((ch) => {
      const code = CP1252_SPECIAL[ch] ?? ch.charCodeAt(0);
      if (code > 0xff || (code >= 0x80 && code <= 0x9f && !(ch in CP1252_SPECIAL))) {
        throw new Error(`${ch} is not in Windows-1252`);
      }
      return code;
    }),
  );
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

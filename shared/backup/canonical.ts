/**
 * A canonical JSON text for checksums: object keys sorted, no whitespace, `undefined` object
 * properties left out (as JSON.stringify does). Two equal data sets give the same text whatever
 * order their keys were written in, so the checksum survives a JSON.parse → stringify round trip.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Strings, numbers (non-finite → null), booleans, exactly as JSON writes them.
    const s = JSON.stringify(value);
    return s === undefined ? 'null' : s;
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function')
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/**
 * SHA-256 of the UTF-8 bytes of a text, as lowercase hex. Uses the global WebCrypto, which the
 * browser, Electron's renderer, Web Workers and Node 20 all provide (no `node:crypto` in shared/).
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

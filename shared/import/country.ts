/**
 * Country names to ISO codes ("Deutschland", "Germany", "Allemagne" → DE), so imported clients get
 * the country code that holiday greetings and envelopes use. Names come from the platform's Intl
 * data in the languages the importer reads, built once on first use.
 */

const LOCALES = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'pl', 'sv'];
const ALIASES: Record<string, string> = {
  usa: 'US',
  us: 'US',
  unitedstatesofamerica: 'US',
  america: 'US',
  estadosunidos: 'US',
  vereinigtestaaten: 'US',
  uk: 'GB',
  greatbritain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  northernireland: 'GB',
  grossbritannien: 'GB',
  holland: 'NL',
  brd: 'DE',
  bundesrepublikdeutschland: 'DE',
  suisse: 'CH',
  svizzera: 'CH',
  schweiz: 'CH',
};

/**
 * Codes that are not countries, or old codes the Intl data still names after their successor
 * ("DD" is named "Germany"): never produced, so "Deutschland" becomes DE.
 */
const NOT_COUNTRIES = new Set([
  'DD',
  'FX',
  'CS',
  'YU',
  'SU',
  'TP',
  'ZR',
  'BU',
  'AN',
  'NT',
  'UK',
  'EU',
  'EZ',
  'UN',
  'QO',
  'XA',
  'XB',
  'ZZ',
]);

export function countryKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/[^a-z0-9]/g, '');
}

let index: Map<string, string> | undefined;
function buildIndex(): Map<string, string> {
  const m = new Map<string, string>(Object.entries(ALIASES));
  const A = 'A'.charCodeAt(0);
  for (const locale of LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    for (let i = 0; i < 26; i++) {
      for (let j = 0; j < 26; j++) {
        const code = String.fromCharCode(A + i, A + j);
        if (NOT_COUNTRIES.has(code)) continue;
        const name = names.of(code);
        if (!name || name === code) continue;
        const k = countryKey(name);
        if (k && !m.has(k)) m.set(k, code);
      }
    }
  }
  return m;
}

/** The ISO 3166 two-letter code for a country name or code in one of the known languages. */
export function countryCodeFromName(text: string | undefined): string | undefined {
  const t = (text ?? '').trim();
  if (!t) return undefined;
  if (/^[A-Za-z]{2}$/.test(t)) {
    const code = t.toUpperCase();
    const alias = ALIASES[code.toLowerCase()];
    if (alias) return alias;
    if (NOT_COUNTRIES.has(code)) return undefined;
    const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }).of(code);
    return name && name !== code ? code : undefined;
  }
  index ??= buildIndex();
  return index.get(countryKey(t));
}

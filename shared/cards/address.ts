/** Postal address lines as they go on an envelope or label, in the recipient country's order. */
import type { PostalAddress } from '../domain/schemas';

/** Countries that write the postal code before the town ("10115 Berlin"). */
const CODE_BEFORE_CITY = new Set([
  'AT',
  'BE',
  'CH',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MC',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'TR',
  'IL',
  'MX',
  'BR',
]);
/** Countries that put the postcode on a line of its own after the town. */
const CODE_OWN_LINE = new Set(['GB', 'IE', 'UK']);

export interface AddressOptions {
  /** The recipient's country (two letters), e.g. Client.country. */
  countryCode?: string;
  /** The sender's country: the country line is left off for domestic mail. */
  senderCountryCode?: string;
}

export function formatAddressLines(
  name: string,
  address: PostalAddress | undefined,
  opts: AddressOptions = {},
): string[] {
  const lines: string[] = [];
  if (name.trim()) lines.push(name.trim());
  if (!address) return lines;
  for (const l of address.lines) if (l.trim()) lines.push(l.trim());
  const code = (opts.countryCode ?? opts.senderCountryCode ?? '').toUpperCase();
  const city = address.city?.trim() ?? '';
  const region = address.region?.trim() ?? '';
  const postal = address.postalCode?.trim() ?? '';
  if (CODE_BEFORE_CITY.has(code)) {
    const l = [postal, city].filter(Boolean).join(' ');
    if (l) lines.push(l);
    if (region && code !== 'DE' && code !== 'AT' && code !== 'CH') lines.push(region);
  } else if (CODE_OWN_LINE.has(code)) {
    if (city) lines.push(city);
    if (region) lines.push(region);
    if (postal) lines.push(postal);
  } else {
    // US, Canada, Australia and the default: "Portland, OR 97205".
    const cityPart = city && (region || postal) ? `${city},` : city;
    const l = [cityPart, region, postal].filter(Boolean).join(' ');
    if (l) lines.push(l);
  }
  const country = address.country?.trim();
  const domestic =
    opts.countryCode !== undefined &&
    opts.senderCountryCode !== undefined &&
    opts.countryCode.toUpperCase() === opts.senderCountryCode.toUpperCase();
  if (country && !domestic) lines.push(country);
  return lines;
}

/**
 * Money as the user sees and types it, in their currency (Settings → gift budget currency) and
 * display locale. One module for gift costs and referral values alike.
 */
export function formatMoney(value: number, currency: string): string {
  const whole = Number.isInteger(value);
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: currency || 'USD',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(value);
  } catch {
    // An unknown currency code (the user typed "XYZ"): the number and the code still read right.
    return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(value)} ${currency}`.trim();
  }
}

/**
 * Reads a typed cost: "45", "45.50", "45,50", "1.234,50", "1,234.50", "€ 38". Empty is no cost
 * (undefined); anything else unreadable is NaN so the form can say so.
 */
export function parseCost(text: string): number | undefined {
  let t = text.trim().replace(/[\s\u00a0'’]/g, '');
  if (!t) return undefined;
  t = t.replace(/[^\d.,-]/g, '');
  if (!/\d/.test(t)) return Number.NaN;
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma > lastDot) {
    // "1.234,50" or "45,50": the comma is the decimal mark when 1–2 digits follow it.
    t = /,\d{1,2}$/.test(t) ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else {
    t = t.replace(/,/g, '');
  }
  const n = Number(t);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** A cost as the form shows it again when editing (no grouping, so it parses back). */
export function costText(cost: number | undefined): string {
  return cost === undefined ? '' : String(cost);
}

/** A typed amount, or undefined when it is empty or unreadable (the caller says what to fix). */
export function parseMoney(text: string): number | undefined {
  const n = parseCost(text);
  return n === undefined || Number.isNaN(n) ? undefined : n;
}

export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 1000) / 10}%`;
}

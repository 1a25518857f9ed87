/** Sale values in the user's currency (Settings → gift budget currency), in the display locale. */
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
    // An unknown currency code: the number alone is still right.
    return new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(value);
  }
}

/** Reads what the user typed as money: "4800", "4,800.50", "4800,50", "4 800". */
export function parseMoney(text: string): number | undefined {
  let t = text
    .trim()
    .replace(/[\s\u00a0'’]/g, '')
    .replace(/[^\d.,-]/g, '');
  if (!t) return undefined;
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma > lastDot) {
    // "4.800,50" or "4800,50": the comma is the decimal mark when 1–2 digits follow it.
    t = /,\d{1,2}$/.test(t) ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else {
    t = t.replace(/,/g, '');
  }
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 1000) / 10}%`;
}

/** "20,000" (or "20.000", as the user's language writes it): big import counts stay readable. */
const format = new Intl.NumberFormat();

export function formatCount(n: number): string {
  return format.format(n);
}

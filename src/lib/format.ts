/** Vietnamese collation for every sorted list of names. */
export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "1.234,5" as Vietnamese pages write numbers. */
export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : numberFormat.format(n);
}

/** ISO "2026-02-05" → "05/02/2026", as on official documents. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A share as "83 %" with a decimal comma where needed. */
export function formatPercent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${numberFormat.format(Math.round((part / whole) * 1000) / 10)} %`;
}

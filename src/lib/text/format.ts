/** Vietnamese collation for every sorted list of names. */
export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "1.234,5" as Vietnamese pages write numbers. */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  // Scores (under 1,000, at most two decimals) are most of the numbers on a national site, a
  // million a build: written directly they skip Intl, which costs ~1 µs a call. Tests hold both equal.
  if (n > -1000 && n < 1000 && Math.round(n * 100) / 100 === n && !Object.is(n, -0)) return String(n).replace('.', ',');
  return numberFormat.format(n);
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

/**
 * A score with its maximum, "90,5/100" or "47/50": a score alone cannot be compared across the two
 * tracks (100 and 50 points), so no page writes one without the other. "—" when there is no score;
 * the score alone when the maximum is unknown (a set not itemised in the data).
 */
export function formatScore(value: number | null | undefined, max: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return max === null || max === undefined ? formatNumber(value) : `${formatNumber(value)}/${formatNumber(max)}`;
}

/** A difference with its sign, "−3", "+0,5", "0", the minus a true minus sign (U+2212) as print uses. */
export function formatChange(delta: number | null | undefined): string {
  if (delta === null || delta === undefined) return '—';
  if (delta === 0) return '0';
  return `${delta < 0 ? '−' : '+'}${formatNumber(Math.abs(delta))}`;
}

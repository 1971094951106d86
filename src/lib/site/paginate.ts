/** One page of a long list: which items, and where it sits among the others. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** 1-based positions of the first and last item in the whole list. */
  from: number;
  to: number;
}

/**
 * Splits a list into pages of at most `size` items. A provincial list stays one page; a national
 * one (35,000 units) would otherwise make a year page of 9 MB and the maintenance chart 74 MB.
 * An empty list is one empty page, so the list's own address always exists.
 */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginate: size ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    from: i * size + 1,
    to: Math.min(items.length, (i + 1) * size),
  }));
}

/** The address of page n under a list's address: page 1 is the list itself, then "trang-2/", … */
export function pageSegment(n: number): string | undefined {
  return n === 1 ? undefined : `trang-${n}`;
}

/** Page n of the list at `listPath` ("nam/2029/"), relative to the base. */
export function pagePath(listPath: string, n: number): string {
  const segment = pageSegment(n);
  return segment ? `${listPath}${segment}/` : listPath;
}

/** Rows per page of a year's recognition list: about 250 KB of HTML, 25 KB over the wire. */
export const YEAR_PAGE_SIZE = 1000;
/** Units per page of the maintenance status: the chart draws a row per unit, twice (wide and narrow). */
export const MAINTENANCE_PAGE_SIZE = 250;

/** The page numbers a pager links: the first, the last and two either side of the current one; `gapBefore` where numbers are skipped ("…"). */
export function pagerNumbers(page: Pick<Page<unknown>, 'number' | 'count'>): { n: number; gapBefore: boolean }[] {
  const shown = [...new Set([1, page.number - 2, page.number - 1, page.number, page.number + 1, page.number + 2, page.count])].filter((n) => n >= 1 && n <= page.count).sort((a, b) => a - b);
  return shown.map((n, i) => ({ n, gapBefore: i > 0 && n - shown[i - 1]! > 1 }));
}

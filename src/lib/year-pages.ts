import { paginate, YEAR_PAGE_SIZE, type Page } from './paginate.ts';
import { OUTCOME_ORDER, type ResultLine, type YearSummary } from './site-index.ts';

export interface YearPage extends Page<ResultLine> {
  /** For each outcome on this page, how many lines of that outcome came on earlier pages (for the "TT" column). */
  before: Map<string, number>;
}

const memo = new WeakMap<YearSummary, YearPage[]>();

/**
 * A year's list in the order the page shows it (by outcome, then as listed: by name), split into
 * pages. Built once per year: every page of the year looks itself up here.
 */
export function yearPages(summary: YearSummary): YearPage[] {
  let pages = memo.get(summary);
  if (!pages) {
    const rank = new Map(OUTCOME_ORDER.map((o, i) => [o, i]));
    const ordered = summary.lines.map((line, i) => ({ line, i })).sort((a, b) => rank.get(a.line.result.outcome)! - rank.get(b.line.result.outcome)! || a.i - b.i).map((x) => x.line);
    const seen = new Map<string, number>();
    pages = paginate(ordered, YEAR_PAGE_SIZE).map((page) => {
      const before = new Map(seen);
      for (const l of page.items) seen.set(l.result.outcome, (seen.get(l.result.outcome) ?? 0) + 1);
      return { ...page, before };
    });
    memo.set(summary, pages);
  }
  return pages;
}

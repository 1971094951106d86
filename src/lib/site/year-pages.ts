import { oncePer } from '../domain/memo.ts';
import { paginate, YEAR_PAGE_SIZE, type Page } from './paginate.ts';
import { OUTCOME_ORDER, type ResultLine, type YearSummary } from './site-index.ts';

export interface YearPage extends Page<ResultLine> {
  /** For each outcome on this page, how many lines of that outcome came on earlier pages (for the "TT" column). */
  before: Map<string, number>;
}

/**
 * A year's list in the order the page shows it (by outcome, then as listed: by name), split into
 * pages. Built once per year: every page of the year looks itself up here.
 */
export const yearPages = oncePer((summary: YearSummary): YearPage[] => {
  const rank = new Map(OUTCOME_ORDER.map((o, i) => [o, i]));
  // Array sort is stable: within an outcome the lines keep their order (by name).
  const ordered = [...summary.lines].sort((a, b) => rank.get(a.result.outcome)! - rank.get(b.result.outcome)!);
  const seen = new Map<string, number>();
  return paginate(ordered, YEAR_PAGE_SIZE).map((page) => {
    const before = new Map(seen);
    for (const l of page.items) seen.set(l.result.outcome, (seen.get(l.result.outcome) ?? 0) + 1);
    return { ...page, before };
  });
});

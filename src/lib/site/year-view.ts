import type { Award } from '../../schemas/award.ts';
import type { Kind, Outcome } from '../../schemas/vocabulary.ts';
import { KINDS } from '../../schemas/vocabulary.ts';
import { oncePer } from '../domain/memo.ts';
import { collator } from '../text/format.ts';
import { decidedUnits, OUTCOME_ORDER, type ResultLine, type Site, type YearSummary } from './site-index.ts';
import { yearPages, type YearPage } from './year-pages.ts';

/** One outcome's list on a page of a year. */
export interface YearSection {
  outcome: Outcome;
  lines: ResultLine[];
  /** Lines of this outcome on earlier pages: numbering continues from there. */
  start: number;
  /** Lines of this outcome in the whole year. */
  total: number;
}

/** The whole year's choices for the filter form: it sends the reader to the search page, which filters the whole year. */
export interface YearFilters {
  /** Kinds in the year, in the order of their labels. */
  kinds: Kind[];
  provinces: string[];
  /** Outcomes the year has, in the programme's order. */
  outcomes: Outcome[];
}

/** What a page of a year's list shows. */
export interface YearView {
  summary: YearSummary;
  page: YearPage;
  /** This page's lines by outcome, in the programme's order; outcomes with no line here are left out. */
  sections: YearSection[];
  filters: YearFilters;
  /** Units with a decision (every outcome but dang_thuc_hien). */
  decided: number;
  /** The latest decision date the year's list shows (ISO), which dates the posted list; null when none. */
  dataDate: string | null;
  /** The year's awards with the awarded unit's name (its id when it is not on the site). */
  awards: { award: Award; unitName: string }[];
}

const yearWide = oncePer((summary: YearSummary) => ({
  filters: {
    kinds: [...new Set(summary.lines.map((l) => l.unit.kind))].sort((a, b) => collator.compare(KINDS[a], KINDS[b])),
    provinces: [...new Set(summary.lines.map((l) => l.unit.province).filter(Boolean))].sort(collator.compare),
    outcomes: OUTCOME_ORDER.filter((o) => summary.counts[o] > 0),
  },
  // ISO dates compare as text.
  dataDate: summary.lines.reduce<string | null>((latest, l) => (l.result.decision?.date && (!latest || l.result.decision.date > latest) ? l.result.decision.date : latest), null),
}));

/** Page `pageNumber` (from 1) of the year's list; undefined when the site has no such year or page. */
export function yearView(site: Pick<Site, 'yearSummaries' | 'awardsByYear' | 'unitsById'>, year: number, pageNumber: number): YearView | undefined {
  const summary = site.yearSummaries.get(year);
  const page = summary && yearPages(summary)[pageNumber - 1];
  if (!summary || !page) return undefined;
  const byOutcome = Map.groupBy(page.items, (l) => l.result.outcome);
  const { filters, dataDate } = yearWide(summary);
  return {
    summary,
    page,
    sections: OUTCOME_ORDER.filter((o) => byOutcome.has(o)).map((outcome) => ({ outcome, lines: byOutcome.get(outcome)!, start: page.before.get(outcome) ?? 0, total: summary.counts[outcome] })),
    filters,
    decided: decidedUnits(summary),
    dataDate,
    awards: (site.awardsByYear.get(year) ?? []).map((award) => ({ award, unitName: site.unitsById.get(award.unitId)?.name ?? award.unitId })),
  };
}

import type { CriteriaSet, Criterion, CriterionItem } from '../../schemas/criteria-set.ts';
import type { CriterionScore } from '../../schemas/result.ts';
import { round } from '../domain/scores.ts';

/** Shortens a wording at a word boundary; the full text lives once on the criteria page. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1))} …`;
}

/**
 * A criterion in a few words for the score table: the start of its first item. The full wording
 * lives once on the criteria page; repeating it on every unit and year would multiply the site size.
 */
export function criterionSummary(c: Criterion, maintenance: boolean, max = 72): string {
  const first = c.items[0];
  if (!first) return '';
  return shorten((maintenance && first.maintenanceText) || first.text, max);
}

/** A sub-item in a few words, with the maintenance wording in maintenance years. */
export function itemSummary(item: CriterionItem, maintenance: boolean, max = 60): string {
  return shorten((maintenance && item.maintenanceText) || item.text, max);
}

/**
 * One row of the score table, read the same way at every level (sub-item, criterion, group, total).
 * Three different things, never one number standing for another: the scores with their maximum, what
 * the appraisal council changed, and what is still short of the maximum.
 */
export interface ScoreLine {
  max: number;
  self: number | null;
  appraised: number | null;
  /** What the council changed: appraised − self (−3: it gave 3 points less than the unit claimed); null unless both are known. */
  change: number | null;
  /** Short of the maximum: maximum − appraised; null before appraisal. */
  shortfall: number | null;
}

export interface ItemLine extends ScoreLine {
  item: CriterionItem;
}

export interface CriterionLine extends ScoreLine {
  criterion: Criterion;
  /** Sub-items, only when the data scores the criterion item by item; else empty. */
  items: ItemLine[];
}

export interface GroupLine extends ScoreLine {
  no: number;
  name: string;
  criteria: CriterionLine[];
}

export interface Breakdown {
  groups: GroupLine[];
  total: ScoreLine;
  /** Criteria the council scored differently from the unit, in criterion order. */
  changed: CriterionLine[];
  /** Appraised criteria short of their maximum, in criterion order. */
  short: CriterionLine[];
}

function line(max: number, self: number | null, appraised: number | null): ScoreLine {
  return {
    max,
    self,
    appraised,
    change: self === null || appraised === null ? null : round(appraised - self),
    shortfall: appraised === null ? null : round(max - appraised),
  };
}

/** A sum that stays null when nothing was there to add. */
function sum(values: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (const v of values) if (v !== null) total = (total ?? 0) + v;
  return total === null ? null : round(total);
}

/**
 * A group or the total, as the sum of its rows in every column: so a group reads exactly as its
 * criteria do, and the total as its groups.
 */
function sumLine(max: number, rows: readonly ScoreLine[]): ScoreLine {
  return {
    max,
    self: sum(rows.map((r) => r.self)),
    appraised: sum(rows.map((r) => r.appraised)),
    change: sum(rows.map((r) => r.change)),
    shortfall: sum(rows.map((r) => r.shortfall)),
  };
}

/** A scored year, group by group, criterion by criterion and sub-item by sub-item, for the unit page. */
export function breakdown(scores: readonly CriterionScore[], set: CriteriaSet): Breakdown {
  const byNo = new Map(scores.map((s) => [s.criterion, s]));
  const groups = set.groups.map((g): GroupLine => {
    const criteria = g.criteria.map((c): CriterionLine => {
      const s = byNo.get(c.no);
      const itemScores = new Map((s?.items ?? []).map((i) => [i.item, i]));
      const items = itemScores.size === 0 ? [] : c.items.map((item) => ({ item, ...line(item.points, itemScores.get(item.no)?.self ?? null, itemScores.get(item.no)?.appraised ?? null) }));
      return { criterion: c, items, ...line(c.points, s?.self ?? null, s?.appraised ?? null) };
    });
    return { no: g.no, name: g.name, criteria, ...sumLine(g.points, criteria) };
  });
  const criteria = groups.flatMap((g) => g.criteria);
  return {
    groups,
    total: sumLine(set.maxPoints ?? round(set.groups.reduce((t, g) => t + g.points, 0)), groups),
    changed: criteria.filter((c) => c.change !== null && c.change !== 0),
    short: criteria.filter((c) => c.shortfall !== null && c.shortfall > 0),
  };
}

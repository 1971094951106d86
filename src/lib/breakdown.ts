import type { CriteriaSet, Criterion } from '../schemas/criteria-set.ts';

/**
 * A criterion in a few words for the score table: the start of its first item. The full wording
 * lives once on the criteria page; repeating it on every unit and year would multiply the site size.
 */
export function criterionSummary(c: Criterion, maintenance: boolean, max = 72): string {
  const first = c.items[0];
  if (!first) return '';
  const text = (maintenance && first.maintenanceText) || first.text;
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1))} …`;
}
import type { CriterionScore } from '../schemas/result.ts';
import { round } from './scores.ts';

export interface CriterionLine {
  criterion: Criterion;
  self: number | null;
  appraised: number | null;
  /** Points the council did not grant: maximum minus appraised. */
  lost: number | null;
  items: CriterionScore['items'];
}

export interface GroupLine {
  no: number;
  name: string;
  max: number;
  self: number | null;
  appraised: number | null;
  /** Points lost in the group, null before appraisal. */
  lost: number | null;
  criteria: CriterionLine[];
}

/** A scored year, group by group and criterion by criterion, for the unit page. */
export function breakdown(scores: readonly CriterionScore[], set: CriteriaSet): GroupLine[] {
  const byNo = new Map(scores.map((s) => [s.criterion, s]));
  const sum = (values: (number | null)[]) => (values.some((v) => v !== null) ? round(values.reduce<number>((t, v) => t + (v ?? 0), 0)) : null);
  return set.groups.map((g) => {
    const criteria = g.criteria.map((c): CriterionLine => {
      const s = byNo.get(c.no);
      const appraised = s?.appraised ?? null;
      return { criterion: c, self: s?.self ?? null, appraised, lost: appraised === null ? null : round(c.points - appraised), items: s?.items ?? [] };
    });
    const appraised = sum(criteria.map((c) => c.appraised));
    return { no: g.no, name: g.name, max: g.points, self: sum(criteria.map((c) => c.self)), appraised, lost: appraised === null ? null : round(g.points - appraised), criteria };
  });
}

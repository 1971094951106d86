import type { CriteriaSet, Criterion, PassRule } from '../../schemas/criteria-set.ts';
import type { RowScores } from '../../schemas/result.ts';
import { formatNumber, formatScore } from '../text/format.ts';
import type { Outcome } from '../../schemas/vocabulary.ts';
import { OUTCOME_RULES } from './recognition.ts';
import { round, slot } from './scores.ts';

/** A criterion that does not meet a rule: appraised below what counts as met, or at zero. */
export interface Shortfall {
  criterion: number;
  appraised: number | null;
  /** What the rule asks of it. */
  needed: number;
  max: number;
}

export interface RuleCheck {
  passes: boolean;
  shortfalls: Shortfall[];
  /** The appraised total, when the rule asks for a minimum and it is not reached. */
  totalShort: { total: number | null; min: number; /** The set's maximum, so the total reads "89/100". */ max: number | null } | null;
}

/**
 * The rule of a criteria set a year's appraised scores must meet for its outcome: the recognition
 * rule for a recognition, the maintenance rule for a maintained year (`OUTCOME_RULES`); null for
 * the other outcomes, or when the set has no such rule.
 */
export function passRuleFor(set: Pick<CriteriaSet, 'recognition' | 'maintenance'>, outcome: Outcome): PassRule | null {
  const which = OUTCOME_RULES[outcome].passRule;
  return which === null ? null : set[which];
}

/** The outcomes that have a pass rule, in `OUTCOME_RULES` order (công nhận, duy trì): a criteria set's file names each rule by its outcome. */
export const OUTCOMES_WITH_RULE: readonly Outcome[] = (Object.keys(OUTCOME_RULES) as Outcome[]).filter((o) => OUTCOME_RULES[o].passRule !== null);

/** What counts as met for a criterion under a rule: its required score, by default its maximum. */
export function requiredScore(rule: PassRule, c: Criterion): number {
  return rule.required.get(c.no) ?? c.points;
}

/**
 * Whether a row's appraised scores meet a rule of its criteria set, and where they fall short: every
 * criterion met, a total reached, no criterion at zero, or all that the rule combines.
 */
export function checkPassRule(rule: PassRule, set: Pick<CriteriaSet, 'groups'> & { maxPoints?: number | null }, appraisedOf: (criterion: number) => number | null, total: number | null): RuleCheck {
  const shortfalls: Shortfall[] = [];
  for (const c of set.groups.flatMap((g) => g.criteria)) {
    const appraised = appraisedOf(c.no);
    const needed = rule.everyCriterion ? requiredScore(rule, c) : rule.noZero ? Number.MIN_VALUE : -1;
    if (needed < 0) continue;
    if (appraised === null || appraised < needed || (rule.noZero && appraised === 0)) shortfalls.push({ criterion: c.no, appraised, needed: rule.everyCriterion ? needed : 0, max: c.points });
  }
  const totalShort = rule.minTotal !== null && (total === null || round(total) < rule.minTotal) ? { total, min: rule.minTotal, max: set.maxPoints ?? null } : null;
  return { passes: shortfalls.length === 0 && totalShort === null, shortfalls, totalShort };
}

/** A row's appraised score of each criterion, from its scores as validation reads them. */
export function appraisedLookup(scores: RowScores): (criterion: number) => number | null {
  const at = new Map<number, number | null>();
  for (const c of scores.table.criteria) at.set(c.criterion, slot(scores, c.appraised));
  return (criterion) => at.get(criterion) ?? null;
}

/** A rule in words, for the criteria page and for problems. */
export function describeRule(rule: PassRule, maxPoints: number | null): string {
  const parts: string[] = [];
  if (rule.everyCriterion) {
    const lowered = [...rule.required].sort((a, b) => a[0] - b[0]).map(([no, v]) => `tiêu chí ${no} từ ${formatNumber(v)} điểm`);
    parts.push(`mọi tiêu chí đều đạt: điểm thẩm định bằng điểm tối đa của tiêu chí${lowered.length > 0 ? ` (riêng ${lowered.join(', ')})` : ''}`);
  }
  if (rule.noZero && !rule.everyCriterion) parts.push('không tiêu chí nào 0 điểm');
  if (rule.minTotal !== null) parts.push(`tổng điểm thẩm định từ ${formatNumber(rule.minTotal)}${maxPoints === null ? '' : `/${formatNumber(maxPoints)}`} điểm trở lên`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The shortfalls of a row in words: "tiêu chí 7 được 0/2 (cần 2), tiêu chí 19 được 12/15 (cần 15)". */
export function describeShortfalls(check: RuleCheck): string {
  const parts = check.shortfalls.map((s) => `tiêu chí ${s.criterion} ${s.appraised === null ? 'chưa có điểm' : `được ${formatNumber(s.appraised)}/${formatNumber(s.max)}`}${s.needed > 0 ? ` (cần ${formatNumber(s.needed)})` : ' (không được 0 điểm)'}`);
  if (check.totalShort) parts.push(`tổng điểm thẩm định ${check.totalShort.total === null ? 'chưa có' : formatScore(check.totalShort.total, check.totalShort.max)} (cần từ ${formatScore(check.totalShort.min, check.totalShort.max)})`);
  return parts.join(', ');
}

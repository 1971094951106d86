import { KINDS } from '../../../schemas/vocabulary.ts';
import type { CriteriaSet, Criterion } from '../../../schemas/criteria-set.ts';
import { formatNumber } from '../../text/format.ts';
import type { Location } from '../problem.ts';
import { parseScoreColumn, scoreColumn, type CriterionSlots, type RowScores, type ScoreTable, type Side } from '../../../schemas/result.ts';
import { hasScores, round, slot } from '../../domain/scores.ts';
import { cellAt } from '../table.ts';
import type { RuleContext } from './context.ts';

/** A score table's criteria as a set sees them: slots, and the maximum (NaN: not in the set). */
interface Plan {
  self: Int32Array;
  appraised: Int32Array;
  max: Float64Array;
  criteria: (Criterion | undefined)[];
}

function makePlan(table: ScoreTable, criteria: Map<number, Criterion>): Plan {
  const found = table.criteria.map((s) => criteria.get(s.criterion));
  return {
    self: Int32Array.from(table.criteria, (s) => s.self),
    appraised: Int32Array.from(table.criteria, (s) => s.appraised),
    max: Float64Array.from(found, (c) => c?.points ?? NaN),
    criteria: found,
  };
}

/** How a side is named in messages. */
const LABEL: Record<Side, string> = { self: 'tự chấm', appraised: 'thẩm định' };

/**
 * Scores use the criteria set in force for the unit's kind that year, stay within each
 * criterion's and sub-item's maximum, are complete once begun, and add up to any total given.
 */
export function scores(ctx: RuleContext): void {
  const { problems } = ctx;
  const criteriaOfSet = new Map<string, Map<number, Criterion>>();
  for (const set of ctx.setsById.values()) criteriaOfSet.set(set.id, new Map(set.groups.flatMap((g) => g.criteria).map((c) => [c.no, c])));
  // What a row of a score table is checked against under a set, worked out once per table and set rather than per row.
  const plans = new Map<ScoreTable, Map<string, Plan>>();
  const planFor = (table: ScoreTable, setId: string) => {
    let ofTable = plans.get(table);
    if (!ofTable) plans.set(table, (ofTable = new Map()));
    let plan = ofTable.get(setId);
    if (!plan) ofTable.set(setId, (plan = makePlan(table, criteriaOfSet.get(setId)!)));
    return plan;
  };
  for (const { source, rows, scoredFailedRows } of ctx.results) {
    // The rows that read, and rejected rows whose score inputs did (their other problems are reported already).
    for (const { value: r, row, unit, set } of [...rows, ...scoredFailedRows]) {
      const at = (key: string) => cellAt(source.columns, row, key);
      if (!unit) continue;
      const inForce = ctx.setInForce(unit.kind, r.year);
      if (set && set !== inForce) {
        const kind = KINDS[unit.kind].toLowerCase();
        problems.add({
          ...at('bo_tieu_chi'),
          message: `Bộ tiêu chí "${set.id}" không áp dụng cho ${kind} năm ${r.year}.`,
          hint: inForce ? `Năm ${r.year}, ${kind} chấm theo bộ "${inForce.id}" (${inForce.decision}).` : `Dữ liệu không có bộ tiêu chí nào cho ${kind} năm ${r.year}; để trống cột này.`,
        });
        continue;
      }
      if (!r.criteriaSetId && (hasScores(r.scores) || r.selfTotal !== null || r.appraisedTotal !== null)) {
        problems.add({ ...at('bo_tieu_chi'), message: 'Dòng có điểm nhưng không ghi bộ tiêu chí đã chấm.', hint: inForce ? `Ghi "${inForce.id}".` : 'Ghi mã bộ tiêu chí áp dụng năm đó.' });
        continue;
      }
      if (!set) continue;
      if (set.groups.length === 0) {
        if (hasScores(r.scores) || r.selfTotal !== null || r.appraisedTotal !== null) {
          problems.add({ ...at('bo_tieu_chi'), message: `Bộ "${set.id}" chưa được số hóa chi tiết nên dòng này không được ghi điểm.`, hint: 'Xóa các ô điểm, hoặc bổ sung tệp nội dung .csv của bộ tiêu chí.' });
        }
        continue;
      }
      const criteria = criteriaOfSet.get(set.id)!;
      const { table, offset } = r.scores;
      const plan = planFor(table, set.id);
      // Twenty criteria on each of 200,000 rows nationally: only typed arrays in this loop.
      const values = table.values;
      let selfCount = 0;
      let appraisedCount = 0;
      let selfSum = 0;
      let appraisedSum = 0;
      let selfAny = false;
      let appraisedAny = false;
      for (let k = 0; k < plan.max.length; k++) {
        const selfAt = plan.self[k]!;
        const appraisedAt = plan.appraised[k]!;
        const self = selfAt < 0 ? NaN : values[offset + selfAt]!;
        const appraised = appraisedAt < 0 ? NaN : values[offset + appraisedAt]!;
        const hasSelf = self === self;
        const hasAppraised = appraised === appraised;
        if (!hasSelf && !hasAppraised) continue;
        // Totals add every criterion given, in the set or not, as `scoreTotal` does.
        if (hasSelf) {
          selfSum += self;
          selfAny = true;
        }
        if (hasAppraised) {
          appraisedSum += appraised;
          appraisedAny = true;
        }
        const max = plan.max[k]!;
        const s = table.criteria[k]!;
        if (max !== max) {
          const key = scoreColumn(s.criterion, null, hasAppraised ? 'appraised' : 'self');
          problems.add({ ...at(key), message: `Bộ "${set.id}" không có tiêu chí ${s.criterion}.`, hint: `Bộ này có tiêu chí 1–${Math.max(...criteria.keys())}; xóa điểm ở cột này.` });
          continue;
        }
        if (hasSelf) {
          selfCount++;
          if (self > max) overMaximum(ctx, at, s.criterion, 'self', self, max);
        }
        if (hasAppraised) {
          appraisedCount++;
          if (appraised > max) overMaximum(ctx, at, s.criterion, 'appraised', appraised, max);
        }
        // Sub-items are rare: most rows never reach this.
        if (s.items.length > 0) {
          const c = plan.criteria[k]!;
          if (hasSelf) checkItems(r.scores, s, c, 'self', self, at, ctx);
          if (hasAppraised) checkItems(r.scores, s, c, 'appraised', appraised, at, ctx);
        }
      }
      checkSide(ctx, r.scores, set, criteria, at, 'self', selfCount, selfAny ? round(selfSum) : null, r.selfTotal, source.columns.misnamed);
      checkSide(ctx, r.scores, set, criteria, at, 'appraised', appraisedCount, appraisedAny ? round(appraisedSum) : null, r.appraisedTotal, source.columns.misnamed);
    }
  }
}

/**
 * One side of a scored row: complete once begun (`scored` criteria of the set given), its given
 * total equal to the criteria's sum and within the set's maximum.
 */
function checkSide(
  ctx: RuleContext,
  scores: RowScores,
  set: CriteriaSet,
  criteria: Map<number, Criterion>,
  at: (key: string) => Location,
  field: Side,
  scored: number,
  sum: number | null,
  given: number | null,
  misnamed: ReadonlyMap<string, string>,
): void {
  const label = LABEL[field];
  const totalColumn = field === 'self' ? 'tong_tu_cham' : 'tong_tham_dinh';
  // Counting first keeps the common complete row cheap.
  if (scored > 0 && scored < criteria.size) {
    for (const no of criteria.keys()) {
      const s = scores.table.criteria.find((x) => x.criterion === no);
      const key = scoreColumn(no, null, field);
      // A column whose header is misspelt is reported once, at the header, not as a gap in every row.
      if (misnamed.has(key)) continue;
      if (!s || slot(scores, s[field]) === null) ctx.problems.add({ ...at(key), message: `Thiếu điểm ${label} của tiêu chí ${no}.`, hint: 'Ghi điểm cho mọi tiêu chí; ghi 0 nếu không đạt.' });
    }
  }
  // With a score column misnamed, the criteria cannot add up to the total: that is the header's problem.
  const sideMisnamed = [...misnamed.keys()].some((k) => parseScoreColumn(k)?.side === field);
  if (given !== null && sum !== null && given !== sum && !sideMisnamed) {
    ctx.problems.add({ ...at(totalColumn), message: `Tổng điểm ${label} ghi ${formatNumber(given)} nhưng các tiêu chí cộng lại ${formatNumber(sum)}.`, hint: 'Sửa tổng cho bằng tổng các tiêu chí, hoặc để trống để hệ thống tự cộng.' });
  }
  if (given !== null && set.maxPoints !== null && given > set.maxPoints) {
    ctx.problems.add({ ...at(totalColumn), message: `Tổng điểm ${label} ${formatNumber(given)} vượt tổng điểm tối đa ${formatNumber(set.maxPoints)}.`, hint: `Ghi tổng từ 0 đến ${formatNumber(set.maxPoints)}.` });
  }
}

function overMaximum(ctx: RuleContext, at: (key: string) => Location, criterion: number, field: Side, v: number, max: number): void {
  ctx.problems.add({ ...at(scoreColumn(criterion, null, field)), message: `Điểm ${LABEL[field]} ${formatNumber(v)} vượt điểm tối đa ${formatNumber(max)} của tiêu chí ${criterion}.`, hint: `Ghi điểm từ 0 đến ${formatNumber(max)}.` });
}

/** A criterion given by sub-items: each item within its own maximum, and together equal to the criterion's score. */
function checkItems(scores: RowScores, s: CriterionSlots, c: Criterion, field: Side, v: number, at: (key: string) => Location, ctx: RuleContext): void {
  const label = LABEL[field];
  let sum = 0;
  let any = false;
  for (const it of s.items) {
    const value = slot(scores, it[field]);
    if (value === null) continue;
    sum += value;
    any = true;
    const item = c.items.find((x) => x.no === it.item);
    if (!item) ctx.problems.add({ ...at(scoreColumn(s.criterion, it.item, field)), message: `Tiêu chí ${s.criterion} không có nội dung ${it.item}.`, hint: `Tiêu chí ${s.criterion} có ${c.items.length} nội dung.` });
    else if (value > item.points) ctx.problems.add({ ...at(scoreColumn(s.criterion, it.item, field)), message: `Điểm ${label} ${formatNumber(value)} vượt điểm tối đa ${formatNumber(item.points)} của nội dung ${s.criterion}.${it.item}.`, hint: `Ghi điểm từ 0 đến ${formatNumber(item.points)}.` });
  }
  if (any && round(sum) !== v) {
    ctx.problems.add({ ...at(scoreColumn(s.criterion, null, field)), message: `Điểm ${label} tiêu chí ${s.criterion} là ${formatNumber(v)} nhưng các nội dung cộng lại ${formatNumber(round(sum))}.`, hint: 'Sửa cho điểm tiêu chí bằng tổng điểm các nội dung.' });
  }
}

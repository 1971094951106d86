import { KINDS } from '../../i18n/vocabulary.ts';
import type { Criterion } from '../../schemas/criteria-set.ts';
import { formatNumber } from '../format.ts';
import type { Location } from '../problem.ts';
import type { CriterionSlots, RowScores, ScoreTable, Side } from '../../schemas/result.ts';
import { hasScores, round, scoreColumn, scoreTotal, slot } from '../scores.ts';
import type { ScoredRow } from '../sources.ts';
import { cellAt, type Located } from '../table.ts';
import type { RuleContext } from './context.ts';

/** How a side is named in messages. */
const LABEL: Record<Side, string> = { self: 'tự chấm', appraised: 'thẩm định' };

const SIDES = [
  ['self', 'tong_tu_cham', 'selfTotal'],
  ['appraised', 'tong_tham_dinh', 'appraisedTotal'],
] as const;

/**
 * Scores use the criteria set in force for the unit's kind that year, stay within each
 * criterion's and sub-item's maximum, are complete once begun, and add up to any total given.
 */
export function scores(ctx: RuleContext): void {
  const { problems } = ctx;
  const criteriaOfSet = new Map<string, Map<number, Criterion>>();
  for (const set of ctx.setsById.values()) criteriaOfSet.set(set.id, new Map(set.groups.flatMap((g) => g.criteria).map((c) => [c.no, c])));
  // The set's criterion for each criterion of a score table, looked up once per table and set rather than per row.
  const lookups = new Map<ScoreTable, Map<string, (Criterion | undefined)[]>>();
  const criteriaInSet = (table: ScoreTable, setId: string) => {
    let ofTable = lookups.get(table);
    if (!ofTable) lookups.set(table, (ofTable = new Map()));
    let found = ofTable.get(setId);
    if (!found) ofTable.set(setId, (found = table.criteria.map((s) => criteriaOfSet.get(setId)!.get(s.criterion))));
    return found;
  };
  for (const file of ctx.sources.results) {
    // The rows that read, and rejected rows whose score inputs did (their other problems are reported already).
    const rows: Located<ScoredRow>[][] = [file.rows, file.scoredFailedRows];
    for (const { value: r, row } of rows.flat()) {
      const at = (key: string) => cellAt(file.columns, row, key);
      const unit = ctx.unitsById.get(r.unitId);
      if (!unit) continue;
      const inForce = ctx.setInForce(unit.kind, r.year);
      const set = r.criteriaSetId ? ctx.setsById.get(r.criteriaSetId) : undefined;
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
      const { table } = r.scores;
      const inSet = criteriaInSet(table, set.id);
      // Twenty criteria on each of 200,000 rows nationally: the slots are read straight from the table.
      const { offset } = r.scores;
      const values = table.values;
      const scored = { self: 0, appraised: 0 };
      for (let k = 0; k < table.criteria.length; k++) {
        const s = table.criteria[k]!;
        const self = s.self < 0 ? NaN : values[offset + s.self]!;
        const appraised = s.appraised < 0 ? NaN : values[offset + s.appraised]!;
        const hasSelf = self === self;
        const hasAppraised = appraised === appraised;
        if (!hasSelf && !hasAppraised) continue;
        const c = inSet[k];
        if (!c) {
          const key = scoreColumn(s.criterion, null, hasAppraised ? 'appraised' : 'self');
          problems.add({ ...at(key), message: `Bộ "${set.id}" không có tiêu chí ${s.criterion}.`, hint: `Bộ này có tiêu chí 1–${Math.max(...criteria.keys())}; xóa điểm ở cột này.` });
          continue;
        }
        if (hasSelf) {
          scored.self++;
          if (self > c.points) overMaximum(ctx, at, s.criterion, 'self', self, c.points);
        }
        if (hasAppraised) {
          scored.appraised++;
          if (appraised > c.points) overMaximum(ctx, at, s.criterion, 'appraised', appraised, c.points);
        }
        // Sub-items are rare: most rows never reach this.
        if (s.items.length > 0) {
          if (hasSelf) checkItems(r.scores, s, c, 'self', self, at, ctx);
          if (hasAppraised) checkItems(r.scores, s, c, 'appraised', appraised, at, ctx);
        }
      }
      for (const [field, totalColumn, totalField] of SIDES) {
        const label = LABEL[field];
        // Once a side is begun it must be complete; counting first keeps the common complete row cheap.
        if (scored[field] > 0 && scored[field] < criteria.size) {
          for (const no of criteria.keys()) {
            const s = table.criteria.find((x) => x.criterion === no);
            if (!s || slot(r.scores, s[field]) === null) problems.add({ ...at(scoreColumn(no, null, field)), message: `Thiếu điểm ${label} của tiêu chí ${no}.`, hint: 'Ghi điểm cho mọi tiêu chí; ghi 0 nếu không đạt.' });
          }
        }
        const given = r[totalField];
        const sum = scoreTotal(r.scores, field);
        if (given !== null && sum !== null && given !== sum) {
          problems.add({ ...at(totalColumn), message: `Tổng điểm ${label} ghi ${formatNumber(given)} nhưng các tiêu chí cộng lại ${formatNumber(sum)}.`, hint: 'Sửa tổng cho bằng tổng các tiêu chí, hoặc để trống để hệ thống tự cộng.' });
        }
        if (given !== null && set.maxPoints !== null && given > set.maxPoints) {
          problems.add({ ...at(totalColumn), message: `Tổng điểm ${label} ${formatNumber(given)} vượt tổng điểm tối đa ${formatNumber(set.maxPoints)}.`, hint: `Ghi tổng từ 0 đến ${formatNumber(set.maxPoints)}.` });
        }
      }
    }
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

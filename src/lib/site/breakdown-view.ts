import type { Breakdown, CriterionLine, ScoreLine } from './breakdown.ts';
import type { SetStats } from './criterion-stats.ts';
import { formatChange, formatNumber, formatScore } from '../text/format.ts';

/** The score table's number columns, named again beside each value on a phone. */
export const SCORE_COLUMNS = ['Tự chấm', 'Thẩm định', 'Hội đồng thay đổi', 'Còn thiếu'] as const;
export const AVERAGE_COLUMN = 'Trung bình năm';

export interface LabelledCell {
  value: string;
  label: string;
}

/** A row's scores, what the council changed and what is short, each with its column's name: read the same way at every level. */
export function scoreCells(l: ScoreLine): LabelledCell[] {
  return [formatScore(l.self, l.max), formatScore(l.appraised, l.max), formatChange(l.change), formatNumber(l.shortfall)].map((value, i) => ({ value, label: SCORE_COLUMNS[i]! }));
}

/** The year's average appraisal beside each group, criterion and the total ("" where no unit is scored). */
export interface Averages {
  group(no: number): string;
  criterion(no: number): string;
  total: string;
}

export function averages(stats: SetStats): Averages {
  const text = (st: { averageAppraised: number | null; max: number } | undefined) => (st ? formatScore(st.averageAppraised, st.max) : '');
  const groups = new Map(stats.groups.map((g) => [g.no, g]));
  const criteria = new Map(stats.groups.flatMap((g) => g.criteria.map((c) => [c.no, c])));
  return { group: (no) => text(groups.get(no)), criterion: (no) => text(criteria.get(no)), total: text(stats.total) };
}

/** "tiêu chí 3 (−2), tiêu chí 7 (+1)" */
function criteriaList(lines: readonly CriterionLine[], text: (l: CriterionLine) => string): string {
  return lines.map((c) => `tiêu chí ${c.criterion.no} (${text(c)})`).join(', ');
}

/**
 * The sentences under the table: where the council changed the unit's self-scores (null when the unit
 * gave none) and where points are short of the maximum; null before appraisal.
 */
export function breakdownNotes(b: Breakdown): { changed: string | null; short: string } | null {
  if (b.total.appraised === null) return null;
  const changed =
    b.total.self === null
      ? null
      : b.changed.length > 0
        ? `Hội đồng thẩm định chấm khác điểm tự chấm ở ${b.changed.length} tiêu chí: ${criteriaList(b.changed, (c) => formatChange(c.change))}; tổng cộng ${formatChange(b.total.change)} điểm.`
        : 'Hội đồng thẩm định giữ nguyên điểm tự chấm ở mọi tiêu chí.';
  const short =
    b.short.length > 0
      ? `Còn thiếu so với điểm tối đa ở ${b.short.length} tiêu chí: ${criteriaList(b.short, (c) => `thiếu ${formatNumber(c.shortfall)}`)}; tổng cộng thiếu ${formatNumber(b.total.shortfall)} điểm.`
      : 'Đạt điểm tối đa ở mọi tiêu chí.';
  return { changed, short };
}

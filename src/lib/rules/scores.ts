import { KINDS } from '../../i18n/vocabulary.ts';
import type { Criterion } from '../../schemas/criteria-set.ts';
import { formatNumber } from '../format.ts';
import { round, scoreColumn, scoreTotal } from '../scores.ts';
import type { ScoredRow } from '../sources.ts';
import { cellAt, type Located } from '../table.ts';
import type { RuleContext } from './context.ts';

const SIDES = [
  ['self', 'tự chấm', 'tong_tu_cham', 'selfTotal'],
  ['appraised', 'thẩm định', 'tong_tham_dinh', 'appraisedTotal'],
] as const;

/**
 * Scores use the criteria set in force for the unit's kind that year, stay within each
 * criterion's and sub-item's maximum, are complete once begun, and add up to any total given.
 */
export function scores(ctx: RuleContext): void {
  const { problems } = ctx;
  const criteriaOfSet = new Map<string, Map<number, Criterion>>();
  for (const set of ctx.setsById.values()) criteriaOfSet.set(set.id, new Map(set.groups.flatMap((g) => g.criteria).map((c) => [c.no, c])));
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
      if (!r.criteriaSetId && (r.scores.length > 0 || r.selfTotal !== null || r.appraisedTotal !== null)) {
        problems.add({ ...at('bo_tieu_chi'), message: 'Dòng có điểm nhưng không ghi bộ tiêu chí đã chấm.', hint: inForce ? `Ghi "${inForce.id}".` : 'Ghi mã bộ tiêu chí áp dụng năm đó.' });
        continue;
      }
      if (!set) continue;
      if (set.groups.length === 0) {
        if (r.scores.length > 0 || r.selfTotal !== null || r.appraisedTotal !== null) {
          problems.add({ ...at('bo_tieu_chi'), message: `Bộ "${set.id}" chưa được số hóa chi tiết nên dòng này không được ghi điểm.`, hint: 'Xóa các ô điểm, hoặc bổ sung tệp nội dung .csv của bộ tiêu chí.' });
        }
        continue;
      }
      const criteria = criteriaOfSet.get(set.id)!;
      for (const s of r.scores) {
        const c = criteria.get(s.criterion);
        if (!c) {
          const key = s.appraised !== null ? scoreColumn(s.criterion, null, 'appraised') : scoreColumn(s.criterion, null, 'self');
          problems.add({ ...at(key), message: `Bộ "${set.id}" không có tiêu chí ${s.criterion}.`, hint: `Bộ này có tiêu chí 1–${Math.max(...criteria.keys())}; xóa điểm ở cột này.` });
          continue;
        }
        for (const [field, label] of SIDES) {
          const v = s[field];
          if (v !== null && v > c.points) {
            problems.add({ ...at(scoreColumn(s.criterion, null, field)), message: `Điểm ${label} ${formatNumber(v)} vượt điểm tối đa ${formatNumber(c.points)} của tiêu chí ${s.criterion}.`, hint: `Ghi điểm từ 0 đến ${formatNumber(c.points)}.` });
          }
          // Sub-items are rare: most rows never reach this.
          if (s.items.length === 0) continue;
          const given = s.items.filter((i) => i[field] !== null);
          for (const it of given) {
            const item = c.items.find((x) => x.no === it.item);
            if (!item) problems.add({ ...at(scoreColumn(s.criterion, it.item, field)), message: `Tiêu chí ${s.criterion} không có nội dung ${it.item}.`, hint: `Tiêu chí ${s.criterion} có ${c.items.length} nội dung.` });
            else if (it[field]! > item.points) problems.add({ ...at(scoreColumn(s.criterion, it.item, field)), message: `Điểm ${label} ${formatNumber(it[field])} vượt điểm tối đa ${formatNumber(item.points)} của nội dung ${s.criterion}.${it.item}.`, hint: `Ghi điểm từ 0 đến ${formatNumber(item.points)}.` });
          }
          if (given.length > 0 && v !== null) {
            const sum = round(given.reduce((t, i) => t + i[field]!, 0));
            if (sum !== v) problems.add({ ...at(scoreColumn(s.criterion, null, field)), message: `Điểm ${label} tiêu chí ${s.criterion} là ${formatNumber(v)} nhưng các nội dung cộng lại ${formatNumber(sum)}.`, hint: 'Sửa cho điểm tiêu chí bằng tổng điểm các nội dung.' });
          }
        }
      }
      for (const [field, label, totalColumn, totalField] of SIDES) {
        let scored = 0;
        for (const s of r.scores) if (s[field] !== null && criteria.has(s.criterion)) scored++;
        // Once a side is begun it must be complete; counting first keeps the common complete row cheap.
        if (scored > 0 && scored < criteria.size) {
          for (const no of criteria.keys()) {
            if (!r.scores.some((s) => s.criterion === no && s[field] !== null)) problems.add({ ...at(scoreColumn(no, null, field)), message: `Thiếu điểm ${label} của tiêu chí ${no}.`, hint: 'Ghi điểm cho mọi tiêu chí; ghi 0 nếu không đạt.' });
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

import { OUTCOMES, STAGES } from '../../../schemas/vocabulary.ts';
import { formatDate } from '../../text/format.ts';
import { parseScoreColumn, scoreColumn } from '../../../schemas/result.ts';
import { appraisedLookup, checkPassRule, describeRule, describeShortfalls, passRuleFor } from '../../domain/pass-rule.ts';
import { OUTCOME_RULES } from '../../domain/recognition.ts';
import { scoreTotal } from '../../domain/scores.ts';
import { cellAt } from '../table.ts';
import type { RuleContext } from './context.ts';

/**
 * A recognised outcome meets the rule of its criteria set and has a complete decision; a maintained
 * outcome meets the maintenance rule; stage and outcome agree. (Eligibility is checked at registration: rules/eligibility.ts.)
 */
export function outcomes(ctx: RuleContext): void {
  const { problems } = ctx;
  for (const { source: file, rows } of ctx.results) {
    // A misspelt appraised-score header leaves its criterion out of every total: reported at the header only.
    const appraisedMisnamed = [...file.columns.misnamed.keys()].some((k) => parseScoreColumn(k)?.side === 'appraised');
    for (const { value: r, row, unit, set: named } of rows) {
      const at = (key: string) => cellAt(file.columns, row, key);
      const label = OUTCOMES[r.outcome];
      if (r.year !== file.year) {
        problems.add({ ...at('nam'), message: `Năm ${r.year} khác năm của tệp (${file.year}).`, hint: `Ghi ${file.year}, hoặc chuyển dòng sang tệp ket-qua/${r.year}.csv.` });
      }
      const { stage, decision } = OUTCOME_RULES[r.outcome];
      if (stage && r.stage !== stage) {
        problems.add({ ...at('giai_doan'), message: `Kết quả "${label}" chỉ có ở ${STAGES[stage].toLowerCase()}, nhưng dòng ghi "${STAGES[r.stage].toLowerCase()}".`, hint: `Ghi giai_doan là "${stage}", hoặc sửa kết quả.` });
      }
      if (r.stage === 'xay_dung' && !r.registered) {
        problems.add({ ...at('dang_ky'), message: 'Năm xây dựng nhưng đơn vị không đăng ký từ đầu năm.', hint: 'Đơn vị phải có bản đăng ký đầu năm: ghi "có" nếu đã đăng ký, nếu không thì xóa dòng.' });
      }

      const d = r.decision;
      if (decision === 'required') {
        if (!d?.number) problems.add({ ...at('so_quyet_dinh'), message: `Kết quả "${label}" phải có số quyết định.`, hint: 'Ghi số quyết định, ví dụ 1234/QĐ-UBND.' });
        if (!d?.date) problems.add({ ...at('ngay_quyet_dinh'), message: `Kết quả "${label}" phải có ngày quyết định.`, hint: 'Ghi ngày dạng dd/mm/yyyy.' });
        if (!d?.body) problems.add({ ...at('co_quan_quyet_dinh'), message: `Kết quả "${label}" phải ghi cơ quan ban hành quyết định.`, hint: 'Ví dụ: UBND tỉnh Minh Họa.' });
      } else if (d && decision === 'none') {
        problems.add({ ...at('so_quyet_dinh'), message: `Kết quả "${label}" không có quyết định công nhận.`, hint: 'Xóa các ô quyết định, hoặc sửa kết quả.' });
      } else if (d && (!d.number || !d.date || !d.body)) {
        const column = !d.number ? 'so_quyet_dinh' : !d.date ? 'ngay_quyet_dinh' : 'co_quan_quyet_dinh';
        problems.add({ ...at(column), message: 'Thông tin quyết định chưa đủ.', hint: 'Ghi đủ số, ngày và cơ quan ban hành, hoặc để trống cả ba.' });
      }
      if (d?.date) {
        const y = Number(d.date.slice(0, 4));
        if (y < r.year || y > r.year + 1) {
          problems.add({ ...at('ngay_quyet_dinh'), message: `Quyết định ngày ${formatDate(d.date)} không thuộc năm ${r.year} hoặc đầu năm sau.`, hint: 'Kiểm tra ngày quyết định hoặc năm của dòng.' });
        }
      }

      const set = r.criteriaSetId ? named : unit ? ctx.setInForce(unit.kind, r.year) : undefined;
      const appraised = r.appraisedTotal ?? scoreTotal(r.scores, 'appraised');
      const rule = set && passRuleFor(set, r.outcome);
      if (rule && set && set.groups.length > 0 && !appraisedMisnamed) {
        if (appraised === null) {
          problems.add({ ...at('tong_tham_dinh'), message: `Kết quả "${label}" nhưng chưa có điểm thẩm định.`, hint: `Ghi điểm thẩm định từng tiêu chí theo bộ "${set.id}".` });
        } else {
          const check = checkPassRule(rule, set, appraisedLookup(r.scores), appraised);
          if (!check.passes) {
            const where = check.shortfalls.length > 0 ? scoreColumn(check.shortfalls[0]!.criterion, null, 'appraised') : 'tong_tham_dinh';
            problems.add({
              ...at(where),
              message: `Kết quả "${label}" nhưng chưa đạt quy tắc của bộ "${set.id}" (${describeRule(rule, set.maxPoints).toLowerCase()}${rule.assumption ? ', giả định của dữ liệu' : ''}): ${describeShortfalls(check)}.`,
              hint: 'Kiểm tra lại điểm thẩm định theo biên bản, hoặc sửa kết quả cho đúng với điểm.',
            });
          }
        }
      }

    }
  }
}

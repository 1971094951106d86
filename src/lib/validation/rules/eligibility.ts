import { CLASSIFICATION_RANK, CLASSIFICATIONS } from '../../../schemas/vocabulary.ts';
import type { Plan } from '../../../schemas/plan.ts';
import { cellAt } from '../table.ts';
import type { RuleContext } from './context.ts';

/** The year a plan's eligibility reads for a result of `year`. */
export function eligibilityYearOf(plan: Pick<Plan, 'eligibilityYear'> | undefined, year: number): number {
  return plan?.eligibilityYear === 'cung_nam' ? year : year - 1;
}

/**
 * A unit registered to build (năm xây dựng) meets its year's plan: "An toàn về ANTT" where the plan
 * asks for it, and a movement classification at or above the plan's level, of the year the plan
 * names. A plan that tolerates exceptions makes these warnings. Years without a plan are not checked.
 */
export function eligibility(ctx: RuleContext): void {
  const { sources, problems } = ctx;
  const plans = new Map(sources.plans.rows.map(({ value }) => [value.year, value]));
  for (const { source: file, rows } of ctx.results) {
    for (const { value: r, row } of rows) {
      if (r.stage !== 'xay_dung' || !r.registered) continue;
      const plan = plans.get(r.year);
      if (!plan) continue;
      const at = (key: string) => cellAt(file.columns, row, key);
      const level = plan.severity === 'canh_bao' ? ('warning' as const) : undefined;
      const of = eligibilityYearOf(plan, r.year);
      const hint = `Theo ${plan.name}. Kiểm tra lại kết quả năm ${of}; nếu đúng, đơn vị không đủ điều kiện đăng ký xây dựng năm ${r.year}.`;
      if (plan.safetyRequired && r.safe !== true) {
        problems.add({
          ...at('an_toan_antt'),
          level,
          message: r.safe === false ? `Đăng ký xây dựng năm ${r.year} nhưng không đạt "An toàn về ANTT" năm ${of}.` : `Đăng ký xây dựng năm ${r.year} nhưng chưa ghi kết quả "An toàn về ANTT" năm ${of}, điều kiện của kế hoạch.`,
          hint: r.safe === false ? hint : `Ghi "Đạt" hoặc "Không đạt" theo kết quả năm ${of}.`,
        });
      }
      const min = plan.minClassification;
      if (min && !r.classification) {
        problems.add({ ...at('xep_loai'), level, message: `Đăng ký xây dựng năm ${r.year} nhưng chưa ghi xếp loại phong trào năm ${of}, điều kiện của kế hoạch.`, hint: `Ghi xếp loại năm ${of} (Xuất sắc, Khá, Trung bình, Yếu).` });
      } else if (min && r.classification && CLASSIFICATION_RANK[r.classification] < CLASSIFICATION_RANK[min]) {
        problems.add({ ...at('xep_loai'), level, message: `Đăng ký xây dựng năm ${r.year} với xếp loại phong trào năm ${of} là "${CLASSIFICATIONS[r.classification]}", dưới mức "${CLASSIFICATIONS[min]}" kế hoạch yêu cầu.`, hint });
      }
    }
  }
  const seen = new Map<number, number>();
  for (const { value, row } of sources.plans.rows) {
    const first = seen.get(value.year);
    if (first !== undefined) problems.add({ ...cellAt(sources.plans.columns, row, 'nam'), message: `Kế hoạch năm ${value.year} đã có ở dòng ${first}.`, hint: 'Mỗi năm một dòng kế hoạch.' });
    else seen.set(value.year, row);
  }
}

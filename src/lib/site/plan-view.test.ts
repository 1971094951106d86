import { describe, expect, it } from 'vitest';
import type { Plan } from '../../schemas/plan.ts';
import { planConditions, planYears } from './plan-view.ts';

const plan = (over: Partial<Plan>): Plan => ({ year: 2026, name: 'KH 1', minClassification: 'kha', safetyRequired: true, eligibilityYear: 'nam_truoc', severity: 'loi', authority: 'UBND tỉnh', source: 'KH 1', ...over });

describe('a year as its plan sets it', () => {
  it('names the year each condition reads', () => {
    expect(planConditions(plan({}))).toEqual(['Đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025', 'Xếp loại phong trào toàn dân bảo vệ ANTQ năm 2025 từ mức “Khá” trở lên']);
    expect(planConditions(plan({ minClassification: 'xuat_sac', eligibilityYear: 'cung_nam', safetyRequired: false }))).toEqual(['Xếp loại phong trào toàn dân bảo vệ ANTQ năm 2026 đạt mức “Xuất sắc”']);
  });
  it('lists every year with a plan, a dossier or a calendar, newest first', () => {
    const years = planYears(new Map([[2025, plan({ year: 2025 })]]), new Map([[2026, [{ year: 2026, document: 'Tờ trình', use: 'ca_hai', source: 'x' }]]]), []);
    expect(years.map((y) => [y.year, y.plan?.year ?? null, y.dossier.length])).toEqual([[2026, null, 1], [2025, 2025, 0]]);
  });
});

import { describe, expect, it } from 'vitest';
import { criteriaSetFacts, yearsInForce } from './criteria-set-facts.ts';
import type { CriteriaSet } from '../schemas/criteria-set.ts';

const set: CriteriaSet = {
  id: 'mau-co-quan',
  name: 'Bộ tiêu chí mẫu',
  decision: '1/QĐ-MAU',
  issuedOn: '2025-05-09',
  issuer: 'Bộ Công an',
  track: 'co_quan',
  kinds: ['co_quan', 'co_so_giao_duc'],
  fromYear: 2025,
  toYear: null,
  maxPoints: 50,
  recognition: { minTotal: 45.5, source: 'Giả định', assumption: true },
  maintenance: null,
  source: 'Nguồn',
  groups: [{ no: 1, name: 'Nhóm', points: 5, criteria: [{ no: 1, points: 5, items: [{ no: 1, text: 'a', points: 2, maintenanceText: null }, { no: 2, text: 'b', points: 3, maintenanceText: 'b nhẹ' }] }] }],
};

describe('the facts of a criteria set', () => {
  it('states the years in force, open-ended or closed', () => {
    expect(yearsInForce(2025, null)).toBe('Từ năm 2025 đến nay');
    expect(yearsInForce(2023, 2024)).toBe('Từ năm 2023 đến năm 2024');
    expect(yearsInForce(2024, 2024)).toBe('Năm 2024');
  });
  it('writes the decision with its date as dd/mm/yyyy and the labels of its kinds', () => {
    const f = criteriaSetFacts(set);
    expect(f.decision).toBe('Quyết định số 1/QĐ-MAU ngày 09/05/2025 của Bộ Công an');
    expect(f.kinds).toBe('Cơ quan, Cơ sở giáo dục');
    expect(f.track).toBe('Cơ quan, doanh nghiệp, cơ sở giáo dục');
  });
  it('keeps the assumption flag of a threshold and writes its points with a decimal comma', () => {
    expect(criteriaSetFacts(set).recognition).toEqual({ text: 'Tổng điểm thẩm định từ 45,5/50 điểm trở lên', source: 'Giả định', assumption: true });
    expect(criteriaSetFacts(set).maintenance).toBeNull();
  });
  it('counts criteria and items, and says a set without points is not digitised', () => {
    expect(criteriaSetFacts(set)).toMatchObject({ criteria: 1, items: 2, maxPoints: '50 điểm' });
    expect(criteriaSetFacts({ ...set, maxPoints: null, groups: [] })).toMatchObject({ criteria: 0, items: 0, maxPoints: 'Chưa số hóa' });
  });
});

describe('the thresholds list of a criteria set', () => {
  it('names recognition then maintenance, with null where the data gives none', () => {
    expect(criteriaSetFacts(set).thresholds.map((t) => [t.label, t.rule?.assumption ?? null])).toEqual([
      ['Ngưỡng công nhận', true],
      ['Ngưỡng duy trì', null],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { criteriaSetFacts, yearsInForce } from './criteria-set-facts.ts';
import type { CriteriaSet } from '../../schemas/criteria-set.ts';

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
  recognition: { everyCriterion: false, required: new Map(), minTotal: 45.5, noZero: false, source: 'Giả định', assumption: true },
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
    // The kinds of the set's own time: the 2022 set for communes still named thị trấn, not đặc khu.
    expect(f.track).toBe('Cơ quan, cơ sở giáo dục');
    expect(criteriaSetFacts({ ...set, track: 'dia_ban', kinds: ['xa', 'phuong', 'thi_tran'] }).track).toBe('Xã, phường, thị trấn');
  });
  it('keeps the assumption flag of a rule and writes its points with a decimal comma', () => {
    expect(criteriaSetFacts(set).recognition).toEqual({ text: 'Tổng điểm thẩm định từ 45,5/50 điểm trở lên', source: 'Giả định', assumption: true });
    expect(criteriaSetFacts(set).maintenance).toBeNull();
  });
  it('states every form of rule a plan uses, combined', () => {
    const every = { everyCriterion: true, required: new Map([[19, 12]]), minTotal: 90, noZero: false, source: 'x', assumption: true };
    expect(criteriaSetFacts({ ...set, maxPoints: 100, recognition: every }).recognition!.text).toBe('Mọi tiêu chí đều đạt: điểm thẩm định bằng điểm tối đa của tiêu chí (riêng tiêu chí 19 từ 12 điểm); tổng điểm thẩm định từ 90/100 điểm trở lên');
    expect(criteriaSetFacts({ ...set, recognition: { ...every, everyCriterion: false, minTotal: null, noZero: true } }).recognition!.text).toBe('Không tiêu chí nào 0 điểm');
  });
  it('counts criteria and items, and says a set without points is not digitised', () => {
    expect(criteriaSetFacts(set)).toMatchObject({ criteria: 1, items: 2, maxPoints: '50 điểm' });
    expect(criteriaSetFacts({ ...set, maxPoints: null, groups: [] })).toMatchObject({ criteria: 0, items: 0, maxPoints: 'Chưa số hóa' });
  });
});

describe('the thresholds list of a criteria set', () => {
  it('names recognition then maintenance, with null where the data gives none', () => {
    expect(criteriaSetFacts(set).thresholds.map((t) => [t.label, t.rule?.assumption ?? null])).toEqual([
      ['Điều kiện công nhận', true],
      ['Điều kiện duy trì', null],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Award } from '../../schemas/award.ts';
import { result, tinySite, unit } from '../../../tests/helpers/tiny-site.ts';
import { YEAR_PAGE_SIZE } from './paginate.ts';
import { yearView } from './year-view.ts';

const award = (unitId: string): Award => ({ unitId, year: 2025, form: 'bang_khen', body: 'Bộ Công an', decisionNumber: '1/QĐ', decisionDate: '2025-11-01', reason: null });

describe("a page of a year's list", () => {
  const site = tinySite({
    units: [
      unit('a', [result(2025, 'duy_tri', { decision: { number: '1', date: '2025-10-02', body: null } })], { kind: 'phuong', province: 'Tỉnh B' }),
      unit('b', [result(2025, 'cong_nhan', { decision: { number: '2', date: '2025-12-20', body: null } })], { province: 'Tỉnh A' }),
      unit('c', [result(2025, 'dang_thuc_hien')], { kind: 'co_quan', province: '' }),
      unit('d', [result(2025, 'cong_nhan', { decision: null })]),
    ],
    awards: [award('b'), award('gone')],
  });

  it('groups the lines by outcome in the programme order, each numbered on from earlier pages', () => {
    const view = yearView(site, 2025, 1)!;
    expect(view.sections.map((s) => [s.outcome, s.lines.map((l) => l.unit.id), s.start, s.total])).toEqual([
      ['cong_nhan', ['b', 'd'], 0, 2],
      ['duy_tri', ['a'], 0, 1],
      ['dang_thuc_hien', ['c'], 0, 1],
    ]);
  });

  it("offers the whole year's kinds by label, provinces without blanks and the outcomes it has", () => {
    const { filters } = yearView(site, 2025, 1)!;
    expect(filters).toEqual({ kinds: ['co_quan', 'phuong', 'xa'], provinces: ['Tỉnh A', 'Tỉnh B', 'Tỉnh Sông Mây'], outcomes: ['cong_nhan', 'duy_tri', 'dang_thuc_hien'] });
  });

  it('counts the decided units and dates the list by its latest decision', () => {
    const view = yearView(site, 2025, 1)!;
    expect(view.decided).toBe(3);
    expect(view.dataDate).toBe('2025-12-20');
    expect(yearView(tinySite({ units: [unit('c', [result(2025, 'dang_thuc_hien')])] }), 2025, 1)!.dataDate).toBeNull();
  });

  it("names each award's unit, by its id when the unit is not on the site (the list is in name order)", () => {
    expect(yearView(site, 2025, 1)!.awards.map((a) => a.unitName)).toEqual(['gone', 'Xã b']);
  });

  it('continues numbering on a second page and has no page past the last', () => {
    const many = tinySite({ units: Array.from({ length: YEAR_PAGE_SIZE + 3 }, (_, i) => unit(`u${String(i).padStart(4, '0')}`, [result(2025, 'cong_nhan')])) });
    const second = yearView(many, 2025, 2)!;
    expect(second.sections).toEqual([expect.objectContaining({ outcome: 'cong_nhan', start: YEAR_PAGE_SIZE, total: YEAR_PAGE_SIZE + 3 })]);
    expect(second.sections[0]!.lines).toHaveLength(3);
    expect(yearView(many, 2025, 3)).toBeUndefined();
    expect(yearView(many, 2024, 1)).toBeUndefined();
  });
});

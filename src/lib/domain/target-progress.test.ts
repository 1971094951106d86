import { describe, expect, it } from 'vitest';
import type { StoredResult } from '../../schemas/result.ts';
import type { Target } from '../../schemas/target.ts';
import type { Unit } from '../../schemas/unit.ts';
import { targetProgress } from './target-progress.ts';

const unit = (id: string, kind: Unit['kind'], commune: string): Unit => ({ id, name: id, kind, track: kind === 'xa' || kind === 'phuong' ? 'dia_ban' : 'co_quan', provinceCode: '46', communeCode: commune, province: 'Thành phố Huế', commune: `Xã ${commune}`, locality: '', address: null, mergedInto: null, mergedIn: null });
const result = (stage: StoredResult['stage'], outcome: StoredResult['outcome'], registered = true): StoredResult => ({
  year: 2026, unitId: '', registered, stage, safe: true, classification: 'kha', outcome, decision: null, criteriaSetId: null, selfTotal: null, appraisedTotal: null, packedScores: '', maxPoints: null, note: null,
});
const target = (t: Partial<Target>): Target => ({ year: 2026, group: 'Nhóm', kinds: ['xa', 'phuong'], count: 3, measure: 'cong_nhan_moi', scope: 'chung', source: 'Kế hoạch', ...t });
const communes = [unit('a', 'xa', '1'), unit('b', 'phuong', '2'), unit('c', 'xa', '3')];

describe('progress towards a target', () => {
  it('counts new recognitions, and says how many are still building in the current year', () => {
    const lines = [
      { unit: communes[0]!, result: result('xay_dung', 'cong_nhan') },
      { unit: communes[1]!, result: result('xay_dung', 'dang_thuc_hien') },
      { unit: communes[2]!, result: result('xay_dung', 'dang_thuc_hien') },
    ];
    expect(targetProgress(target({}), lines, communes, 2026)).toMatchObject({ achieved: 1, goal: 3, inProgress: 2, status: 'open' });
    expect(targetProgress(target({}), lines, communes, 2027)).toMatchObject({ status: 'not_met' });
  });
  it('counts units selected to build, which a plan knows at the start of the year', () => {
    const lines = communes.map((u) => ({ unit: u, result: result('xay_dung', 'dang_thuc_hien') }));
    expect(targetProgress(target({ measure: 'chon_xay_dung' }), lines, communes, 2026)).toMatchObject({ achieved: 3, status: 'met', inProgress: 0 });
  });
  it('holds a target per commune to every commune, naming those still short', () => {
    const school = unit('s', 'co_so_giao_duc', '2');
    const lines = [{ unit: school, result: result('xay_dung', 'dang_thuc_hien') }];
    const p = targetProgress(target({ kinds: ['co_so_giao_duc', 'co_quan'], count: 1, measure: 'dang_ky', scope: 'moi_xa' }), lines, [...communes, school], 2026);
    expect(p).toMatchObject({ achieved: 1, goal: 3, status: 'open', short: ['Xã 1', 'Xã 3'] });
  });
});

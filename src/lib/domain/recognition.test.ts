import { describe, expect, it } from 'vitest';
import { unitHistory } from './recognition.ts';
import { NO_SCORES, type Result } from '../../schemas/result.ts';

const r = (year: number, outcome: Result['outcome']): Result => ({
  year, unitId: 'u', registered: true, stage: 'xay_dung', safe: true, classification: 'kha', outcome,
  decision: null, criteriaSetId: null, selfTotal: null, appraisedTotal: null, scores: NO_SCORES, note: null,
});

describe('a unit history', () => {
  it('counts a maintenance streak from the standing recognition', () => {
    const h = unitHistory([r(2023, 'cong_nhan'), r(2024, 'duy_tri'), r(2025, 'duy_tri'), r(2026, 'dang_thuc_hien')]);
    expect(h).toMatchObject({ recognisedIn: 2023, maintainedYears: 2, standing: 'standing', recognitions: [2023] });
  });
  it('restarts after a lapse and a new recognition', () => {
    const h = unitHistory([r(2023, 'cong_nhan'), r(2024, 'khong_duy_tri'), r(2025, 'cong_nhan')]);
    expect(h).toMatchObject({ recognisedIn: 2025, maintainedYears: 0, standing: 'standing', recognitions: [2023, 2025] });
  });
  it('marks a revocation', () => {
    expect(unitHistory([r(2023, 'cong_nhan'), r(2024, 'thu_hoi')]).standing).toBe('revoked');
    expect(unitHistory([r(2023, 'khong_cong_nhan')]).standing).toBe('never');
    // Merged into another unit while holding its recognition: it holds nothing any more.
    expect(unitHistory([r(2023, 'khong_cong_nhan'), r(2024, 'cong_nhan')], 2025)).toMatchObject({ standing: 'merged', mergedIn: 2025, recognisedIn: 2024 });
    // A recognition lost before the merger stays lost.
    expect(unitHistory([r(2023, 'cong_nhan'), r(2024, 'thu_hoi')], 2025)).toMatchObject({ standing: 'revoked', mergedIn: null });
  });
});

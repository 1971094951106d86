import { describe, expect, it } from 'vitest';
import { decidedUnits, emptyCounts, recognisedAny } from './site-index.ts';
import type { ResultLine } from './site-index.ts';

const year = (counts: Partial<ReturnType<typeof emptyCounts>>) => {
  const c = { ...emptyCounts(), ...counts };
  const lines = Array.from({ length: Object.values(c).reduce((a, b) => a + b, 0) }, () => ({}) as ResultLine);
  return { lines, counts: c };
};

describe('what a year has decided', () => {
  it('counts every unit whose result is not still in progress', () => {
    expect(decidedUnits(year({ cong_nhan: 2, khong_cong_nhan: 1, dang_thuc_hien: 4 }))).toBe(3);
    expect(decidedUnits(year({ dang_thuc_hien: 4 }))).toBe(0);
  });
  it('recognised any unit only with a recognition or a maintenance', () => {
    expect(recognisedAny(year({ duy_tri: 1 }))).toBe(true);
    expect(recognisedAny(year({ khong_cong_nhan: 3, thu_hoi: 1 }))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { appraisedShare, formatShare, resultScoreText } from './result-score.ts';

describe('a result’s score across tracks', () => {
  it('compares by the share of the maximum: 47/50 is ahead of 90,5/100', () => {
    const hospital = appraisedShare({ selfTotal: 49, appraisedTotal: 47, maxPoints: 50 });
    const commune = appraisedShare({ selfTotal: 96, appraisedTotal: 90.5, maxPoints: 100 });
    expect(hospital).toBe(94);
    expect(commune).toBe(90.5);
    expect(hospital!).toBeGreaterThan(commune!);
    expect(formatShare(commune)).toBe('90,5 %');
  });
  it('has no share without an appraised total or a maximum', () => {
    expect(appraisedShare({ selfTotal: 98, appraisedTotal: null, maxPoints: 100 })).toBeNull();
    expect(appraisedShare({ selfTotal: null, appraisedTotal: 40, maxPoints: null })).toBeNull();
    expect(formatShare(null)).toBe('');
  });
  it('says which score it is, always with its maximum', () => {
    expect(resultScoreText({ selfTotal: 49, appraisedTotal: 47, maxPoints: 50 })).toBe('thẩm định 47/50 (94 %)');
    expect(resultScoreText({ selfTotal: 98, appraisedTotal: null, maxPoints: 100 })).toBe('tự chấm 98/100');
    expect(resultScoreText({ selfTotal: null, appraisedTotal: null, maxPoints: 100 })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { CriterionScore } from '../schemas/result.ts';
import { packScores, unpackScores } from './packed-scores.ts';

describe('packed scores', () => {
  it('round-trips criteria, sub-items, decimals and missing scores', () => {
    const scores: CriterionScore[] = [
      { criterion: 1, self: 3, appraised: 3, items: [] },
      { criterion: 2, self: 2, appraised: 1.5, items: [{ item: 1, self: 1, appraised: 1 }, { item: 2, self: 1, appraised: 0.5 }] },
      { criterion: 7, self: null, appraised: 0, items: [{ item: 1, self: null, appraised: null }] },
    ];
    const packed = packScores(scores);
    expect(packed).toBe('1:3/3;2:2/1.5(1:1/1,2:1/0.5);7:/0(1:/)');
    expect(unpackScores(packed)).toEqual(scores);
  });

  it('packs no scores as an empty string, and refuses a damaged one', () => {
    expect(packScores([])).toBe('');
    expect(unpackScores('')).toEqual([]);
    expect(() => unpackScores('1:3/3;x')).toThrow(/"x"/);
  });
});

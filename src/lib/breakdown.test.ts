import { describe, expect, it } from 'vitest';
import { breakdown, criterionSummary } from './breakdown.ts';
import type { CriteriaSet } from '../schemas/criteria-set.ts';
import type { CriterionScore } from '../schemas/result.ts';

const set = {
  groups: [{ no: 1, name: 'Nhóm', points: 5, criteria: [{ no: 1, points: 5, items: [{ no: 1, text: 'Một hai ba bốn năm sáu bảy tám chín mười', points: 5, maintenanceText: 'Năm duy trì ngắn' }] }] }],
} as unknown as CriteriaSet;

describe('the score breakdown', () => {
  it('shows points lost per criterion and per group', () => {
    const scores: CriterionScore[] = [{ criterion: 1, self: 5, appraised: 3.5, items: [] }];
    const [g] = breakdown(scores, set);
    expect(g).toMatchObject({ max: 5, self: 5, appraised: 3.5, lost: 1.5 });
    expect(g!.criteria[0]).toMatchObject({ lost: 1.5 });
  });
  it('summarises a criterion in a few words, with the maintenance wording in maintenance years', () => {
    const c = set.groups[0]!.criteria[0]!;
    expect(criterionSummary(c, false, 20)).toBe('Một hai ba bốn năm …');
    expect(criterionSummary(c, true)).toBe('Năm duy trì ngắn');
  });
});

import { describe, expect, it } from 'vitest';
import type { PassRule } from '../../schemas/criteria-set.ts';
import { OUTCOMES, type Outcome } from '../../schemas/vocabulary.ts';
import { OUTCOMES_WITH_RULE, passRuleFor } from './pass-rule.ts';

const rule = (minTotal: number): PassRule => ({ everyCriterion: false, required: new Map(), minTotal, noZero: false, source: 'test', assumption: false });

describe('the pass rule of an outcome', () => {
  const set = { recognition: rule(90), maintenance: rule(80) };
  it('is the recognition rule for a recognition and the maintenance rule for a maintained year', () => {
    expect(passRuleFor(set, 'cong_nhan')).toBe(set.recognition);
    expect(passRuleFor(set, 'duy_tri')).toBe(set.maintenance);
  });
  it('is none for every other outcome, and none when the set has no such rule', () => {
    for (const o of Object.keys(OUTCOMES) as Outcome[]) if (o !== 'cong_nhan' && o !== 'duy_tri') expect(passRuleFor(set, o), o).toBeNull();
    expect(passRuleFor({ recognition: null, maintenance: rule(80) }, 'cong_nhan')).toBeNull();
  });
  it('names the outcomes with a rule in the order a criteria set file keys them', () => {
    expect(OUTCOMES_WITH_RULE).toEqual(['cong_nhan', 'duy_tri']);
  });
});

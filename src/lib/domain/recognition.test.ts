import { describe, expect, it } from 'vitest';
import { OUTCOME_RULES, step, unitHistory, type RecognitionState, type SequenceFault } from './recognition.ts';
import { NO_SCORES, type Result } from '../../schemas/result.ts';
import { OUTCOMES, STAGES, type Outcome, type Stage } from '../../schemas/vocabulary.ts';

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

const needsStanding: SequenceFault = { kind: 'outcome', needs: 'standing' };
const needsNone: SequenceFault = { kind: 'outcome', needs: 'none' };
const building: SequenceFault = { kind: 'stage', expected: 'xay_dung' };
const maintaining: SequenceFault = { kind: 'stage', expected: 'duy_tri' };

// Every state and outcome; "any" stage: the outcome alone decides, whichever stage the year carries.
const TABLE: [RecognitionState, Outcome, Stage | 'any', RecognitionState, SequenceFault | null][] = [
  ['never', 'cong_nhan', 'any', 'standing', null],
  ['never', 'khong_cong_nhan', 'any', 'never', null],
  ['never', 'duy_tri', 'any', 'never', needsStanding],
  ['never', 'khong_duy_tri', 'any', 'lapsed', needsStanding],
  ['never', 'thu_hoi', 'any', 'revoked', needsStanding],
  ['never', 'dang_thuc_hien', 'xay_dung', 'never', null],
  ['never', 'dang_thuc_hien', 'duy_tri', 'never', building],

  ['standing', 'cong_nhan', 'any', 'standing', needsNone],
  ['standing', 'khong_cong_nhan', 'any', 'standing', needsNone],
  ['standing', 'duy_tri', 'any', 'standing', null],
  ['standing', 'khong_duy_tri', 'any', 'lapsed', null],
  ['standing', 'thu_hoi', 'any', 'revoked', null],
  ['standing', 'dang_thuc_hien', 'duy_tri', 'standing', null],
  ['standing', 'dang_thuc_hien', 'xay_dung', 'standing', maintaining],

  ['lapsed', 'cong_nhan', 'any', 'standing', null],
  ['lapsed', 'khong_cong_nhan', 'any', 'lapsed', null],
  ['lapsed', 'duy_tri', 'any', 'lapsed', needsStanding],
  ['lapsed', 'khong_duy_tri', 'any', 'lapsed', needsStanding],
  ['lapsed', 'thu_hoi', 'any', 'revoked', needsStanding],
  ['lapsed', 'dang_thuc_hien', 'xay_dung', 'lapsed', null],
  ['lapsed', 'dang_thuc_hien', 'duy_tri', 'lapsed', building],

  ['revoked', 'cong_nhan', 'any', 'standing', null],
  ['revoked', 'khong_cong_nhan', 'any', 'revoked', null],
  ['revoked', 'duy_tri', 'any', 'revoked', needsStanding],
  ['revoked', 'khong_duy_tri', 'any', 'lapsed', needsStanding],
  ['revoked', 'thu_hoi', 'any', 'revoked', needsStanding],
  ['revoked', 'dang_thuc_hien', 'xay_dung', 'revoked', null],
  ['revoked', 'dang_thuc_hien', 'duy_tri', 'revoked', building],

  ['unknown', 'cong_nhan', 'any', 'standing', null],
  ['unknown', 'khong_cong_nhan', 'any', 'unknown', null],
  ['unknown', 'duy_tri', 'any', 'unknown', null],
  ['unknown', 'khong_duy_tri', 'any', 'unknown', null],
  ['unknown', 'thu_hoi', 'any', 'unknown', null],
  ['unknown', 'dang_thuc_hien', 'any', 'unknown', null],
];
const ROWS = TABLE.flatMap(([state, outcome, stage, next, fault]) => (stage === 'any' ? (Object.keys(STAGES) as Stage[]) : [stage]).map((s) => [state, outcome, s, next, fault] as const));

describe('the recognition state machine', () => {
  it.each(ROWS)('from %s, a year "%s" (stage %s) leads to %s, at fault: %o', (state, outcome, stage, next, fault) => {
    expect(step(state, outcome, stage)).toEqual({ next, fault });
  });
  it('has a row for every state and outcome', () => {
    const states: RecognitionState[] = ['never', 'standing', 'lapsed', 'revoked', 'unknown'];
    const covered = new Set(TABLE.map(([state, outcome]) => `${state} ${outcome}`));
    expect(covered.size).toBe(states.length * Object.keys(OUTCOMES).length);
    expect(Object.keys(OUTCOME_RULES).sort()).toEqual(Object.keys(OUTCOMES).sort());
  });
});

describe('the rules of each outcome', () => {
  it('ask a recognition and a revocation for their decision, allow one for a maintained year, refuse it for the others', () => {
    const decisions = Object.fromEntries(Object.entries(OUTCOME_RULES).map(([o, r]) => [o, r.decision]));
    expect(decisions).toEqual({ cong_nhan: 'required', thu_hoi: 'required', duy_tri: 'allowed', khong_cong_nhan: 'none', khong_duy_tri: 'none', dang_thuc_hien: 'none' });
  });
  it('give a record to a recognition and each maintained year', () => {
    expect(Object.entries(OUTCOME_RULES).filter(([, r]) => r.record).map(([o]) => o)).toEqual(['cong_nhan', 'duy_tri']);
  });
  it('tie an outcome to its stage where the stage is fixed: a revocation is accepted in either stage', () => {
    const stages = Object.fromEntries(Object.entries(OUTCOME_RULES).map(([o, r]) => [o, r.stage]));
    expect(stages).toEqual({ cong_nhan: 'xay_dung', khong_cong_nhan: 'xay_dung', duy_tri: 'duy_tri', khong_duy_tri: 'duy_tri', thu_hoi: null, dang_thuc_hien: null });
  });
});

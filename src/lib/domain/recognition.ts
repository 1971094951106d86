import type { Result } from '../../schemas/result.ts';
import type { Outcome, Stage } from '../../schemas/vocabulary.ts';

/**
 * Whether a unit holds a recognition before a year: never recognised, a recognition standing, or
 * one ended by a year not maintained (lapsed) or a revocation.
 */
export type KnownState = 'never' | 'standing' | 'lapsed' | 'revoked';

/** A known state, or unknown: after a year whose file could not be read, until a recognition makes it known again. */
export type RecognitionState = KnownState | 'unknown';

/**
 * What each known state means for the next year: whether a recognition stands (a unit holding one
 * reports every year) and the stage (giai đoạn) the year carries.
 */
export const STATES: Readonly<Record<KnownState, { stands: boolean; stage: Stage }>> = {
  never: { stands: false, stage: 'xay_dung' },
  standing: { stands: true, stage: 'duy_tri' },
  lapsed: { stands: false, stage: 'xay_dung' },
  revoked: { stands: false, stage: 'xay_dung' },
};

/** What one outcome needs, allows and leaves: the rules every reader of outcomes takes from `OUTCOME_RULES`. */
export interface OutcomeRule {
  /** Before the year: a standing recognition, none, or either (`null`: then the year's stage must be the one its state carries). */
  needs: 'standing' | 'none' | null;
  /** The state after the year, `null` when the outcome leaves it as it was. */
  then: KnownState | null;
  /** The stage a row with this outcome must carry; `null` where either is accepted. */
  stage: Stage | null;
  /** The decision (quyết định) of the competent People's Committee: required, allowed (then complete), or none. */
  decision: 'required' | 'allowed' | 'none';
  /** Which pass rule of the criteria set its appraised scores must meet (`passRuleFor`, domain/pass-rule.ts); null: none. */
  passRule: 'recognition' | 'maintenance' | null;
  /** Whether the year gets a verification record (a recognition, each maintained year). */
  record: boolean;
  /** Whether the year is decided; false while it is still being assessed. */
  decided: boolean;
}

/** What each outcome needs before its year and what it leaves, and what its row must carry. */
export const OUTCOME_RULES: Readonly<Record<Outcome, OutcomeRule>> = {
  cong_nhan: { needs: 'none', then: 'standing', stage: 'xay_dung', decision: 'required', passRule: 'recognition', record: true, decided: true },
  khong_cong_nhan: { needs: 'none', then: null, stage: 'xay_dung', decision: 'none', passRule: null, record: false, decided: true },
  duy_tri: { needs: 'standing', then: null, stage: 'duy_tri', decision: 'allowed', passRule: 'maintenance', record: true, decided: true },
  khong_duy_tri: { needs: 'standing', then: 'lapsed', stage: 'duy_tri', decision: 'none', passRule: null, record: false, decided: true },
  thu_hoi: { needs: 'standing', then: 'revoked', stage: null, decision: 'required', passRule: null, record: false, decided: true },
  dang_thuc_hien: { needs: null, then: null, stage: null, decision: 'none', passRule: null, record: false, decided: false },
};

/** What is wrong with a year given the state before it: its outcome needs a recognition standing (or none), or its stage is not the one expected. */
export type SequenceFault = { kind: 'outcome'; needs: 'standing' | 'none' } | { kind: 'stage'; expected: Stage };

export interface Step<S extends RecognitionState> {
  /** The state after the year. */
  next: S;
  fault: SequenceFault | null;
}

/**
 * The state after a year with this outcome. A year at fault still moves the state as its outcome says
 * (a recognition given while one stood starts a new one); from unknown, only a recognition makes the
 * state known.
 */
export function nextState(state: KnownState, outcome: Outcome): KnownState;
export function nextState(state: RecognitionState, outcome: Outcome): RecognitionState;
export function nextState(state: RecognitionState, outcome: Outcome): RecognitionState {
  const then = OUTCOME_RULES[outcome].then;
  if (state === 'unknown') return then === 'standing' ? then : state;
  return then ?? state;
}

/** One year of a unit's history: the state after it, and what is wrong with the year (nothing is checked in the unknown state). */
export function step(state: KnownState, outcome: Outcome, stage: Stage): Step<KnownState>;
export function step(state: RecognitionState, outcome: Outcome, stage: Stage): Step<RecognitionState>;
export function step(state: RecognitionState, outcome: Outcome, stage: Stage): Step<RecognitionState> {
  const next = nextState(state, outcome);
  if (state === 'unknown') return { next, fault: null };
  const { needs } = OUTCOME_RULES[outcome];
  const { stands, stage: expected } = STATES[state];
  let fault: SequenceFault | null = null;
  if (needs === 'standing' && !stands) fault = { kind: 'outcome', needs };
  else if (needs === 'none' && stands) fault = { kind: 'outcome', needs };
  else if (needs === null && stage !== expected) fault = { kind: 'stage', expected };
  return { next, fault };
}

/** Where a unit stands after its latest year: the maintenance status (tình trạng duy trì). */
export type Standing = KnownState | 'merged';

export interface UnitHistory {
  /** Year of the recognition currently standing (or last held). */
  recognisedIn: number | null;
  /** Consecutive maintained years since that recognition. */
  maintainedYears: number;
  standing: Standing;
  /** For a unit merged into another while holding its recognition: the year it stopped being a unit. */
  mergedIn: number | null;
  /** Years in which the unit was newly recognised. */
  recognitions: number[];
  /** Outcome per year, for the year-by-unit chart. */
  outcomeByYear: Map<number, Outcome>;
}

/**
 * Walks a unit's results (oldest first) once; the validation rules guarantee the sequence is coherent.
 * A unit merged into another (`mergedIn`, a thị trấn in 2025) no longer holds what it held: it is
 * no unit of its own any more, and no year of it is assessed again.
 */
export function unitHistory(results: readonly Pick<Result, 'year' | 'outcome'>[], mergedIn: number | null = null): UnitHistory {
  let recognisedIn: number | null = null;
  let maintainedYears = 0;
  let standing: KnownState = 'never';
  const recognitions: number[] = [];
  const outcomeByYear = new Map<number, Outcome>();
  for (const r of results) {
    outcomeByYear.set(r.year, r.outcome);
    standing = nextState(standing, r.outcome);
    if (OUTCOME_RULES[r.outcome].then === 'standing') {
      recognisedIn = r.year;
      maintainedYears = 0;
      recognitions.push(r.year);
    } else if (r.outcome === 'duy_tri') maintainedYears++;
  }
  const merged = standing === 'standing' && mergedIn !== null;
  return { recognisedIn, maintainedYears, standing: merged ? 'merged' : standing, mergedIn: merged ? mergedIn : null, recognitions, outcomeByYear };
}

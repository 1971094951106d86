import type { Result } from '../../schemas/result.ts';
import type { Outcome } from '../../schemas/vocabulary.ts';

/** Where a unit stands after its latest year: the maintenance status (tình trạng duy trì). */
export type Standing = 'standing' | 'lapsed' | 'revoked' | 'merged' | 'never';

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
  let standing: Standing = 'never';
  const recognitions: number[] = [];
  const outcomeByYear = new Map<number, Outcome>();
  for (const r of results) {
    outcomeByYear.set(r.year, r.outcome);
    switch (r.outcome) {
      case 'cong_nhan':
        recognisedIn = r.year;
        maintainedYears = 0;
        standing = 'standing';
        recognitions.push(r.year);
        break;
      case 'duy_tri':
        maintainedYears++;
        break;
      case 'khong_duy_tri':
        standing = 'lapsed';
        break;
      case 'thu_hoi':
        standing = 'revoked';
        break;
    }
  }
  const merged = standing === 'standing' && mergedIn !== null;
  return { recognisedIn, maintainedYears, standing: merged ? 'merged' : standing, mergedIn: merged ? mergedIn : null, recognitions, outcomeByYear };
}

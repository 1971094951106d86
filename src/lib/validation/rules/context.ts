import type { CriteriaSet } from '../../../schemas/criteria-set.ts';
import type { Result } from '../../../schemas/result.ts';
import type { Unit } from '../../../schemas/unit.ts';
import type { ProblemList } from '../problem.ts';
import type { ResultsSource, ScoredRow, Sources } from '../sources.ts';
import type { Located } from '../table.ts';
import { setInForce } from '../../domain/criteria-in-force.ts';

/** A result row with its unit and criteria set, looked up once for every rule. */
export interface UnitRow<T> extends Located<T> {
  /** Position of the unit in `RuleContext.units`; -1 when data/don-vi.csv has no such unit. */
  unitNo: number;
  unit: Unit | undefined;
  /** The criteria set the row names (bo_tieu_chi), when there is one by that id. */
  set: CriteriaSet | undefined;
}

/** One results file with the units of its rows. */
export interface ResultsFile {
  source: ResultsSource;
  rows: UnitRow<Result>[];
  /** Rejected rows whose scores are still checked (see `ResultsSource.scoredFailedRows`). */
  scoredFailedRows: UnitRow<ScoredRow>[];
}

/** What every rule gets: the sources, the indexes built once, and where to report. */
export interface RuleContext {
  sources: Sources;
  problems: ProblemList;
  /** Units that read, first row of each id. */
  units: Unit[];
  /** Unit id → position in `units`. */
  unitNos: Map<string, number>;
  /**
   * The results files, their rows paired with their unit. A national dataset has 200,000 rows;
   * a lookup by id is the most expensive step of several rules, so it is done here once.
   */
  results: ResultsFile[];
  setsById: Map<string, CriteriaSet>;
  /** The criteria set in force for a unit kind in a year, if the data has one. */
  setInForce: (kind: Unit['kind'], year: number) => CriteriaSet | undefined;
}

export function createContext(sources: Sources, problems: ProblemList): RuleContext {
  const unitNos = new Map<string, number>();
  const units: Unit[] = [];
  for (const { value } of sources.units.rows) {
    if (unitNos.has(value.id)) continue;
    unitNos.set(value.id, units.length);
    units.push(value);
  }
  const setsById = new Map(sources.criteriaSets.map((s) => [s.value.id, s.value]));
  const withUnit = <T extends { unitId: string; criteriaSetId: string | null }>({ value, row }: Located<T>): UnitRow<T> => {
    const unitNo = unitNos.get(value.unitId) ?? -1;
    return { value, row, unitNo, unit: unitNo < 0 ? undefined : units[unitNo], set: value.criteriaSetId === null ? undefined : setsById.get(value.criteriaSetId) };
  };
  const results = sources.results.map((source) => ({ source, rows: source.rows.map(withUnit), scoredFailedRows: source.scoredFailedRows.map(withUnit) }));
  const sets = [...setsById.values()];
  const inForce = new Map<Unit['kind'], Map<number, CriteriaSet | undefined>>();
  return {
    sources,
    problems,
    units,
    unitNos,
    results,
    setsById,
    // Asked once per result row: answered once per kind and year.
    setInForce: (kind, year) => {
      let ofKind = inForce.get(kind);
      if (!ofKind) inForce.set(kind, (ofKind = new Map()));
      if (!ofKind.has(year)) ofKind.set(year, setInForce(sets, kind, year));
      return ofKind.get(year);
    },
  };
}

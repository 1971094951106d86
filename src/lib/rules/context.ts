import type { CriteriaSet } from '../../schemas/criteria-set.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { ProblemList } from '../problem.ts';
import type { Sources } from '../sources.ts';

/** What every rule gets: the sources, the indexes built once, and where to report. */
export interface RuleContext {
  sources: Sources;
  problems: ProblemList;
  unitsById: Map<string, Unit>;
  setsById: Map<string, CriteriaSet>;
  /** The criteria set in force for a unit kind in a year, if the data has one. */
  setInForce: (kind: Unit['kind'], year: number) => CriteriaSet | undefined;
}

export function createContext(sources: Sources, problems: ProblemList): RuleContext {
  const unitsById = new Map<string, Unit>();
  for (const { value } of sources.units.rows) if (!unitsById.has(value.id)) unitsById.set(value.id, value);
  const setsById = new Map(sources.criteriaSets.map((s) => [s.value.id, s.value]));
  const sets = [...setsById.values()];
  const inForce = new Map<Unit['kind'], Map<number, CriteriaSet | undefined>>();
  return {
    sources,
    problems,
    unitsById,
    setsById,
    // Asked once per result row: answered once per kind and year.
    setInForce: (kind, year) => {
      let ofKind = inForce.get(kind);
      if (!ofKind) inForce.set(kind, (ofKind = new Map()));
      if (!ofKind.has(year)) ofKind.set(year, sets.find((s) => s.kinds.includes(kind) && s.fromYear <= year && (s.toYear === null || year <= s.toYear)));
      return ofKind.get(year);
    },
  };
}

import type { CriteriaSet } from '../../schemas/criteria-set.ts';
import type { Kind } from '../../schemas/vocabulary.ts';

type InForceFields = Pick<CriteriaSet, 'fromYear' | 'toYear'>;

/** Whether a criteria set applies in a year: from its first year through its last (none: still in force). */
export function isInForce(set: InForceFields, year: number): boolean {
  return set.fromYear <= year && (set.toYear === null || year <= set.toYear);
}

/** The criteria set in force for a kind of unit in a year (at most one: a rule checks that sets do not overlap). */
export function setInForce<S extends InForceFields & Pick<CriteriaSet, 'kinds'>>(sets: readonly S[], kind: Kind, year: number): S | undefined {
  return sets.find((s) => s.kinds.includes(kind) && isInForce(s, year));
}

import type { Award } from '../../schemas/award.ts';
import type { CriteriaSet } from '../../schemas/criteria-set.ts';
import type { Model } from '../../schemas/model.ts';
import type { StoredResult } from '../../schemas/result.ts';
import { unpackScores } from '../domain/packed-scores.ts';
import { modelCriterionCheck, type ModelCriterionCheck } from '../domain/model-criteria.ts';
import { appraisedShare } from '../domain/result-score.ts';
import { setInForce } from '../domain/criteria-in-force.ts';
import { eligibilityYearOf } from '../validation/rules/eligibility.ts';
import { breakdown, type Breakdown } from './breakdown.ts';
import { criterionStats, type SetStats } from './criterion-stats.ts';
import type { Site, UnitWithResults } from './site-index.ts';
import { standingSentence } from './standing.ts';

/** One year of a unit, as its section on the unit page shows it. */
export interface UnitYear {
  result: StoredResult;
  /** The criteria set the year was scored against, when it is on the site. */
  set: CriteriaSet | undefined;
  /** Appraised total as a share of the maximum; null without one. */
  share: number | null;
  /** The year whose "An toàn về ANTT" and classification the year's eligibility reads (the plan says which). */
  eligibilityYear: number;
  /** Criterion by criterion, when the set is digitised and the year has scores; null otherwise. */
  breakdown: Breakdown | null;
  /** The year's statistics of the set, for the averages beside the unit's scores. */
  average: SetStats | undefined;
}

/** What a unit's page shows, from the site index. */
export interface UnitView {
  unit: UnitWithResults;
  /** Where the unit stands, in one sentence. */
  standing: string;
  /** Newest year first. */
  years: UnitYear[];
  /** The unit it was merged into, when that unit is on the site. */
  successor: UnitWithResults | undefined;
  /** Units merged into this one. */
  predecessors: UnitWithResults[];
  awards: Award[];
  models: Model[];
  /** The year the models are read against: the unit's newest year, or the year the site follows. */
  checkYear: number;
  /** The criteria set in force for the unit in that year. */
  modelSet: CriteriaSet | undefined;
  /** The unit's models against the criterion asking for models; null when no such criterion is digitised. */
  modelCheck: ModelCriterionCheck | null;
}

export function unitView(site: Site, id: string): UnitView | undefined {
  const unit = site.unitsById.get(id);
  const history = site.historyByUnit.get(id);
  if (!unit || !history) return undefined;
  const newestFirst = [...unit.results].reverse();
  const models = site.modelsByUnit.get(id) ?? [];
  const checkYear = newestFirst[0]?.year ?? site.settings.currentYear;
  const modelSet = setInForce(site.criteriaSets, unit.kind, checkYear);
  return {
    unit,
    standing: standingSentence(history),
    years: newestFirst.map((result) => {
      const set = result.criteriaSetId ? site.setsById.get(result.criteriaSetId) : undefined;
      const scored = set !== undefined && set.groups.length > 0 && result.packedScores !== '';
      return {
        result,
        set,
        share: appraisedShare(result),
        eligibilityYear: eligibilityYearOf(site.plansByYear.get(result.year), result.year),
        breakdown: scored ? breakdown(unpackScores(result.packedScores), set) : null,
        average: scored ? criterionStats(site, result.year).find((st) => st.set.id === set.id) : undefined,
      };
    }),
    successor: unit.mergedInto ? site.unitsById.get(unit.mergedInto) : undefined,
    predecessors: site.predecessors.get(id) ?? [],
    awards: site.awardsByUnit.get(id) ?? [],
    models,
    checkYear,
    modelSet,
    modelCheck: modelCriterionCheck(unit.track, checkYear, models, modelSet),
  };
}

import type { CalendarStep } from '../../schemas/calendar.ts';
import type { Award } from '../../schemas/award.ts';
import type { DossierDocument } from '../../schemas/dossier.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { CriteriaSet } from '../../schemas/criteria-set.ts';
import type { Model } from '../../schemas/model.ts';
import type { StoredResult } from '../../schemas/result.ts';
import type { Settings } from '../../schemas/settings.ts';
import type { Target } from '../../schemas/target.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { Outcome } from '../../schemas/vocabulary.ts';
import { compareSteps } from './calendar-by-year.ts';
import { collator } from '../text/format.ts';
import { OUTCOME_RULES, unitHistory, type UnitHistory } from '../domain/recognition.ts';
import { targetProgress, type TargetProgress } from '../domain/target-progress.ts';

export type UnitWithResults = Unit & { results: StoredResult[] };

export interface SiteInput {
  settings: Settings;
  criteriaSets: CriteriaSet[];
  units: UnitWithResults[];
  models: Model[];
  targets: Target[];
  calendar: CalendarStep[];
  plans: Plan[];
  dossier: DossierDocument[];
  awards: Award[];
}

/** A result with its unit, for lists that span units. */
export interface ResultLine {
  unit: Unit;
  result: StoredResult;
}


export interface YearSummary {
  year: number;
  lines: ResultLine[];
  counts: Record<Outcome, number>;
  targets: TargetProgress[];
}

/** Everything the pages need, indexed once per build: no page searches a list per entry. */
export interface Site {
  settings: Settings;
  units: UnitWithResults[];
  unitsById: Map<string, UnitWithResults>;
  historyByUnit: Map<string, UnitHistory>;
  setsById: Map<string, CriteriaSet>;
  criteriaSets: CriteriaSet[];
  years: number[];
  yearSummaries: Map<number, YearSummary>;
  models: Model[];
  modelsByUnit: Map<string, Model[]>;
  modelTypes: string[];
  calendar: CalendarStep[];
  /** Every year's targets, oldest year first. */
  targets: Target[];
  /** Each year's plan, dossier and awards. */
  plansByYear: Map<number, Plan>;
  dossierByYear: Map<number, DossierDocument[]>;
  awardsByUnit: Map<string, Award[]>;
  awardsByYear: Map<number, Award[]>;
  /** Units merged into a unit (sap_nhap_vao): its page carries their history. */
  predecessors: Map<string, UnitWithResults[]>;
  /** Newest decisions first. */
  recognitions: ResultLine[];
  localities: string[];
}

export const OUTCOME_ORDER: Outcome[] = ['cong_nhan', 'duy_tri', 'khong_duy_tri', 'khong_cong_nhan', 'thu_hoi', 'dang_thuc_hien'];

/** Units of the year whose result is decided (`OUTCOME_RULES`: every outcome but "đang thực hiện"). */
export function decidedUnits(y: Pick<YearSummary, 'counts'>): number {
  return OUTCOME_ORDER.reduce((n, o) => n + (OUTCOME_RULES[o].decided ? y.counts[o] : 0), 0);
}

/** A year whose decisions recognised or maintained units, the outcomes that get a record (a year of only refusals or lapses is not one the home page reports). */
export function recognisedAny(y: Pick<YearSummary, 'counts'>): boolean {
  return OUTCOME_ORDER.some((o) => OUTCOME_RULES[o].record && y.counts[o] > 0);
}

export function emptyCounts(): Record<Outcome, number> {
  return Object.fromEntries(OUTCOME_ORDER.map((o) => [o, 0])) as Record<Outcome, number>;
}

export function buildSite(input: SiteInput): Site {
  const units = [...input.units].sort((a, b) => collator.compare(a.name, b.name));
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const historyByUnit = new Map(units.map((u) => [u.id, unitHistory(u.results, u.mergedIn)]));
  const allLines: ResultLine[] = units.flatMap((unit) => unit.results.map((result) => ({ unit, result })));
  const linesByYear = Map.groupBy(allLines, (l) => l.result.year);
  const recognitions = allLines.filter((l) => l.result.outcome === 'cong_nhan');
  recognitions.sort((a, b) => (b.result.decision?.date ?? '').localeCompare(a.result.decision?.date ?? '') || collator.compare(a.unit.name, b.unit.name));
  const years = [...linesByYear.keys()].sort((a, b) => a - b);
  const targetsByYear = Map.groupBy(input.targets, (t) => t.year);
  const yearSummaries = new Map<number, YearSummary>();
  for (const year of [...new Set([...years, ...targetsByYear.keys()])].sort((a, b) => a - b)) {
    const lines = linesByYear.get(year) ?? [];
    const counts = emptyCounts();
    for (const { result } of lines) counts[result.outcome]++;
    const targets = (targetsByYear.get(year) ?? []).map((target) => targetProgress(target, lines, units, input.settings.currentYear));
    yearSummaries.set(year, { year, lines, counts, targets });
  }
  const modelsByUnit = Map.groupBy(input.models, (m) => m.unitId);
  const models = [...input.models].sort((a, b) => collator.compare(a.name, b.name));
  return {
    settings: input.settings,
    units,
    unitsById,
    historyByUnit,
    setsById: new Map(input.criteriaSets.map((s) => [s.id, s])),
    criteriaSets: [...input.criteriaSets].sort((a, b) => b.fromYear - a.fromYear || a.track.localeCompare(b.track)),
    years,
    yearSummaries,
    models,
    modelsByUnit,
    modelTypes: [...new Set(models.map((m) => m.type))].sort(collator.compare),
    calendar: [...input.calendar].sort(compareSteps),
    targets: [...input.targets].sort((a, b) => a.year - b.year),
    plansByYear: new Map(input.plans.map((p) => [p.year, p])),
    dossierByYear: Map.groupBy(input.dossier, (d) => d.year),
    awardsByUnit: Map.groupBy([...input.awards].sort((a, b) => b.decisionDate.localeCompare(a.decisionDate)), (a) => a.unitId),
    awardsByYear: Map.groupBy([...input.awards].sort((a, b) => collator.compare(unitsById.get(a.unitId)?.name ?? a.unitId, unitsById.get(b.unitId)?.name ?? b.unitId)), (a) => a.year),
    predecessors: Map.groupBy(units.filter((u) => u.mergedInto !== null), (u) => u.mergedInto!),
    recognitions,
    localities: [...new Set(units.map((u) => u.locality))].sort(collator.compare),
  };
}

import type { StoredResult } from '../../schemas/result.ts';
import type { Target } from '../../schemas/target.ts';
import type { Unit } from '../../schemas/unit.ts';
import { isCommuneKind } from '../../schemas/vocabulary.ts';
import { collator } from '../text/format.ts';

/** How far a year has got towards one target. */
export interface TargetProgress {
  target: Target;
  /** Units counted so far (across the site; for a target per place, the places that reached it). */
  achieved: number;
  /** What the target asks: its count, or for a target per place the number of places. */
  goal: number;
  /** Units of the target's kinds still building or maintaining this year, with no result yet. */
  inProgress: number;
  /** A past year's target is met or not; the current year's is met, or still open. */
  status: 'met' | 'not_met' | 'open';
  /** For a target per commune or province: the places still short of it, by name. */
  short: string[];
}

type Line = { unit: Unit; result: StoredResult };

/** Whether a year's line counts for a target's measure. */
function counts(measure: Target['measure'], r: StoredResult): boolean {
  switch (measure) {
    case 'cong_nhan_moi':
      return r.outcome === 'cong_nhan';
    case 'chon_xay_dung':
      return r.stage === 'xay_dung' && r.registered;
    case 'dang_ky':
      return r.registered;
    case 'duy_tri':
      return r.outcome === 'duy_tri';
  }
}

/**
 * Progress towards a year's target, counted as the plan writes it: what it measures (new
 * recognitions, units selected to build, registrations, maintenance), among which kinds, across
 * the site or in each commune or province of the site's units. A year before `currentYear` is
 * closed; the current year's open target says how many units are still in progress.
 */
export function targetProgress(target: Target, lines: readonly Line[], units: readonly Unit[], currentYear: number): TargetProgress {
  const mine = lines.filter((l) => target.kinds.includes(l.unit.kind));
  const counted = mine.filter((l) => counts(target.measure, l.result));
  const inProgress = target.measure === 'cong_nhan_moi' || target.measure === 'duy_tri' ? mine.filter((l) => l.result.outcome === 'dang_thuc_hien' && (target.measure === 'duy_tri' ? l.result.stage === 'duy_tri' : l.result.stage === 'xay_dung')).length : 0;
  let achieved = counted.length;
  let goal = target.count;
  let short: string[] = [];
  if (target.scope !== 'chung') {
    // The places, each counted on its own: the site's communes (its commune units; without any, the
    // communes its units are in), or the provinces of its units.
    const placeOf = (u: Unit) => (target.scope === 'moi_xa' ? u.communeCode : u.provinceCode);
    const nameOf = new Map(units.map((u) => [placeOf(u), target.scope === 'moi_xa' ? u.commune : u.province]));
    const communeUnits = units.filter((u) => isCommuneKind(u.kind));
    const places = [...new Set((target.scope === 'moi_xa' && communeUnits.length > 0 ? communeUnits : units).map(placeOf))];
    const per = Map.groupBy(counted, (l) => placeOf(l.unit));
    const reached = places.filter((p) => (per.get(p)?.length ?? 0) >= target.count);
    achieved = reached.length;
    goal = places.length;
    short = places.filter((p) => !reached.includes(p)).map((p) => nameOf.get(p) ?? p).sort(collator.compare);
  }
  const met = achieved >= goal;
  const year = target.year;
  return { target, achieved, goal, inProgress, status: met ? 'met' : year < currentYear ? 'not_met' : 'open', short };
}

import type { CriteriaSet } from '../../schemas/criteria-set.ts';
import type { CriterionScore } from '../../schemas/result.ts';
import type { Track } from '../../schemas/vocabulary.ts';
import { oncePerPair } from '../domain/memo.ts';
import { unpackScores } from '../domain/packed-scores.ts';
import { round } from '../domain/scores.ts';
import type { Site } from './site-index.ts';

/** Where units of one criteria set lose points on one criterion or group, in one year. */
export interface ScoreStat {
  max: number;
  /** Units with an appraised score here (for a group: on every criterion of it). */
  scored: number;
  /** Average appraised points, two decimals; null when no unit is scored. */
  averageAppraised: number | null;
  /** That average as a percentage of the maximum, one decimal. */
  averageShare: number | null;
  /** Units whose appraised score is below the maximum. */
  belowMax: number;
  /** Units with both scores. */
  paired: number;
  /** Average of self-score minus appraisal over the units with both (3: units claim 3 points more than the council gives). */
  averageGap: number | null;
}

export interface CriterionStat extends ScoreStat {
  no: number;
}

export interface GroupStat extends ScoreStat {
  no: number;
  name: string;
  criteria: CriterionStat[];
}

/** One criteria set's statistics for one year: a track's year. */
export interface SetStats {
  year: number;
  set: CriteriaSet;
  track: Track;
  /** Units of the year scored against the set (any score). */
  units: number;
  groups: GroupStat[];
  total: ScoreStat;
}

class Acc {
  scored = 0;
  sumAppraised = 0;
  belowMax = 0;
  paired = 0;
  sumGap = 0;
  readonly max: number;
  constructor(max: number) {
    this.max = max;
  }
  add(self: number | null, appraised: number | null): void {
    if (appraised === null) return;
    this.scored++;
    this.sumAppraised += appraised;
    if (appraised < this.max) this.belowMax++;
    if (self !== null) {
      this.paired++;
      this.sumGap += self - appraised;
    }
  }
  stat(): ScoreStat {
    const avg = this.scored === 0 ? null : round(this.sumAppraised / this.scored);
    return {
      max: this.max,
      scored: this.scored,
      averageAppraised: avg,
      averageShare: this.scored === 0 || this.max === 0 ? null : Math.round((this.sumAppraised / this.scored / this.max) * 1000) / 10,
      belowMax: this.belowMax,
      paired: this.paired,
      averageGap: this.paired === 0 ? null : round(this.sumGap / this.paired),
    };
  }
}

/** A group's (or the whole set's) scores of one unit: the sums, when every criterion in it has that score. */
function sumOver(scores: ReadonlyMap<number, CriterionScore>, criteria: readonly number[]): { self: number | null; appraised: number | null } {
  let self: number | null = 0;
  let appraised: number | null = 0;
  for (const no of criteria) {
    const s = scores.get(no);
    self = self === null || s?.self == null ? null : self + s.self;
    appraised = appraised === null || s?.appraised == null ? null : appraised + s.appraised;
  }
  return { self: self === null ? null : round(self), appraised: appraised === null ? null : round(appraised) };
}

function statsOfYear(site: Site, year: number): SetStats[] {
  const scored = (site.yearSummaries.get(year)?.lines ?? []).filter(({ result }) => result.criteriaSetId && result.packedScores !== '' && (site.setsById.get(result.criteriaSetId)?.groups.length ?? 0) > 0);
  const bySet = Map.groupBy(scored, ({ result }) => result.criteriaSetId!);
  const out: SetStats[] = [];
  for (const [id, lines] of bySet) {
    const rows = lines.map(({ result }) => unpackScores(result.packedScores));
    const set = site.setsById.get(id)!;
    const groups = set.groups.map((g) => ({ g, acc: new Acc(g.points), criteria: g.criteria.map((c) => ({ no: c.no, acc: new Acc(c.points) })) }));
    const total = new Acc(set.maxPoints ?? round(set.groups.reduce((t, g) => t + g.points, 0)));
    const all = set.groups.flatMap((g) => g.criteria.map((c) => c.no));
    for (const scores of rows) {
      const byNo = new Map(scores.map((s) => [s.criterion, s]));
      for (const { g, acc, criteria } of groups) {
        for (const c of criteria) {
          const s = byNo.get(c.no);
          c.acc.add(s?.self ?? null, s?.appraised ?? null);
        }
        const sum = sumOver(byNo, g.criteria.map((c) => c.no));
        acc.add(sum.self, sum.appraised);
      }
      const sum = sumOver(byNo, all);
      total.add(sum.self, sum.appraised);
    }
    // A set with no appraisal yet (a year in progress) shows nothing lost: there is nothing to compare.
    if (!groups.some((g) => g.criteria.some((c) => c.acc.scored > 0))) continue;
    out.push({
      year,
      set,
      track: set.track,
      units: rows.length,
      groups: groups.map(({ g, acc, criteria }) => ({ no: g.no, name: g.name, ...acc.stat(), criteria: criteria.map((c) => ({ no: c.no, ...c.acc.stat() })) })),
      total: total.stat(),
    });
  }
  // Territorial track first, as the criteria page lists them.
  return out.sort((a, b) => (a.track === b.track ? a.set.id.localeCompare(b.set.id) : a.track === 'dia_ban' ? -1 : 1));
}

/**
 * Per criterion and group, for each criteria set used in a year: the average appraisal as a share of
 * the maximum, how many units fall short of it, and how far self-scores run above the appraisal.
 * Made once per year and build: the report page, the criteria page, the unit pages and the downloads share it.
 */
export const criterionStats: (site: Site, year: number) => SetStats[] = oncePerPair(statsOfYear);

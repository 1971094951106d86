import { criterionStats, type SetStats } from './criterion-stats.ts';
import type { Site } from './site-index.ts';
import { reportYears } from './year-report.ts';

/** Every year with appraised scores, newest first, with its statistics per criteria set: the criteria page's "where points are lost". */
export function criteriaLossYears(site: Site): { year: number; stats: SetStats[] }[] {
  return reportYears(site)
    .toReversed()
    .map((year) => ({ year, stats: criterionStats(site, year) }))
    .filter((y) => y.stats.length > 0);
}

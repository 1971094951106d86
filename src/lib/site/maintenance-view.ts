// The maintenance page's views: the listing split into pages, the chart's rows and years, and the summary in words.
import type { Outcome } from '../../schemas/vocabulary.ts';
import { oncePer } from '../domain/memo.ts';
import { MAINTENANCE_STATUSES, maintenanceRows, maintenanceSummary, type MaintenanceRow, type MaintenanceSummary } from '../domain/maintenance.ts';
import { MAINTENANCE_PAGE_SIZE, paginate, type Page } from './paginate.ts';
import type { Site } from './site-index.ts';

/** Every year from the first to the last with a result, so a gap shows as an empty column. */
export function yearsBetween(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The rows as the year-by-unit chart reads them. */
export function chartRows(rows: readonly MaintenanceRow[]): { name: string; outcomeByYear: ReadonlyMap<number, Outcome> }[] {
  return rows.map((r) => ({ name: r.unit.name, outcomeByYear: r.outcomeByYear }));
}

/** The maintenance status of every recognised unit, summarised and split into pages; built once per site. */
export const maintenanceListing = oncePer((site: Site): { pages: Page<MaintenanceRow>[]; summary: MaintenanceSummary } => {
  const rows = maintenanceRows(site.units, site.historyByUnit, site.settings.currentYear);
  return { pages: paginate(rows, MAINTENANCE_PAGE_SIZE), summary: maintenanceSummary(rows) };
});

/** The summary's counts with their words (the statuses' labels, lower-cased), in the order the page reads them; merged units only when there are any. */
export function maintenanceSummaryParts(s: MaintenanceSummary): { count: number; words: string }[] {
  const words = (status: keyof typeof MAINTENANCE_STATUSES) => MAINTENANCE_STATUSES[status].toLowerCase();
  const parts = [
    { count: s.standing, words: words('standing') },
    { count: s.lapsed, words: words('lapsed') },
    { count: s.revoked, words: words('revoked') },
  ];
  if (s.merged > 0) parts.push({ count: s.merged, words: `${words('merged')} vào đơn vị khác` });
  return parts;
}

/** The summary as one sentence part: "3 đơn vị đang giữ công nhận, 1 không duy trì, 0 bị thu hồi". */
export function maintenanceSummaryText(s: MaintenanceSummary): string {
  return maintenanceSummaryParts(s).map((p, i) => (i === 0 ? `${p.count} đơn vị ${p.words}` : `${p.count} ${p.words}`)).join(', ');
}

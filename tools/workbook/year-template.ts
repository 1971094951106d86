import type { Dataset } from '../../src/lib/validation/dataset.ts';
import { isInForce, setInForce } from '../../src/lib/domain/criteria-in-force.ts';
import { unitHistory } from '../../src/lib/domain/recognition.ts';
import type { ExpectedRow, TemplateOptions } from './results-template.ts';

/** What the template of a year is made from: the units holding a recognition, and the sets in force. */
export function yearTemplateOptions(d: Dataset, year: number, itemised = true): TemplateOptions {
  const byUnit = Map.groupBy(
    d.results.filter((r) => r.year < year),
    (r) => r.unitId,
  );
  const setOf = (u: Dataset['units'][number]) => setInForce(d.criteriaSets, u.kind, year);
  // A unit merged into another by then reports through its successor.
  const units = d.units.filter((u) => u.mergedIn === null || u.mergedIn > year);
  const expected: ExpectedRow[] = units.filter((u) => unitHistory(byUnit.get(u.id) ?? []).standing === 'standing').map((unit) => ({ unit, stage: 'duy_tri', set: setOf(unit) }));
  // Communes' set first: it is the larger, and the one a province has most rows of.
  const sets = d.criteriaSets.filter((s) => s.groups.length > 0 && isInForce(s, year)).sort((a, b) => (a.track === 'dia_ban' ? 0 : 1) - (b.track === 'dia_ban' ? 0 : 1));
  const others = units.length - expected.length;
  // Room for the year's registrations: every other unit, within reason (rows can be inserted too).
  const blankRows = Math.min(2000, Math.max(30, others));
  return { year, units, setOf, expected, sets, itemised, blankRows };
}

/**
 * Last year's targets and calendar for a new year, never silently: each copied row's source says it
 * was copied and must be checked against the new plan (its number and date are last year's).
 */
export function copiedPlanRows(d: Dataset, year: number): { targets: Record<string, string>[]; calendar: Record<string, string>[] } {
  const lastYear = (years: number[]) => Math.max(...years.filter((y) => y < year), -Infinity);
  const targetYear = lastYear(d.targets.map((t) => t.year));
  const calendarYear = lastYear(d.calendar.map((s) => s.year));
  const mark = (from: number, source: string) => `CẦN KIỂM TRA: chép từ kế hoạch năm ${from} (${source})`;
  const shift = (iso: string | null) => (iso === null ? '' : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${Number(iso.slice(0, 4)) + (year - calendarYear)}`);
  return {
    targets: d.targets.some((t) => t.year === year)
      ? []
      : d.targets.filter((t) => t.year === targetYear).map((t) => ({ nam: String(year), nhom: t.group, loai_don_vi: t.kinds.join('/'), chi_tieu: String(t.count), loai_chi_tieu: t.measure, pham_vi: t.scope, nguon: mark(targetYear, t.source) })),
    calendar: d.calendar.some((s) => s.year === year)
      ? []
      : d.calendar.filter((s) => s.year === calendarYear).map((s) => ({ nam: String(year), buoc: s.step, noi_dung: s.text, han: shift(s.due), thoi_han: s.period ?? '', chu_tri: s.actor ?? '', cap: s.level ?? '', nguon: mark(calendarYear, s.source) })),
  };
}

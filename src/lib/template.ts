import type { Dataset } from './dataset.ts';
import { unitHistory } from './history.ts';
import { collator } from './format.ts';
import { toCsv, type Cell } from './open-data.ts';

export interface YearTemplate {
  /** `ket-qua/<year>.csv`: every unit that must report maintenance, ready to fill. */
  results: string;
  /** Rows to append to chi-tieu.csv and lich.csv: last year's, moved to the new year. */
  targetRows: string[][];
  calendarRows: string[][];
  maintenanceUnits: number;
}

/**
 * The files an editor starts a year with: units holding a recognition are listed as maintenance
 * rows "in progress" (so the file validates as it is), with the score columns of the criteria set
 * in force; registered units are added as the year's registrations come in.
 */
export function yearTemplate(d: Dataset, year: number): YearTemplate {
  const byUnit = new Map<string, Dataset['results']>();
  for (const r of d.results) {
    if (r.year >= year) continue;
    let list = byUnit.get(r.unitId);
    if (!list) byUnit.set(r.unitId, (list = []));
    list.push(r);
  }
  const standing = d.units
    .filter((u) => unitHistory(byUnit.get(u.id) ?? []).standing === 'standing')
    .sort((a, b) => collator.compare(a.name, b.name));
  const inForce = d.criteriaSets.filter((s) => s.fromYear <= year && (s.toYear === null || year <= s.toYear));
  const maxCriterion = Math.max(0, ...inForce.flatMap((s) => s.groups.flatMap((g) => g.criteria.map((c) => c.no))));
  const header = ['nam', 'ma_don_vi', 'dang_ky', 'giai_doan', 'an_toan_antt', 'xep_loai', 'ket_qua', 'so_quyet_dinh', 'ngay_quyet_dinh', 'co_quan_quyet_dinh', 'bo_tieu_chi', 'tong_tu_cham', 'tong_tham_dinh'];
  for (let c = 1; c <= maxCriterion; c++) header.push(`tc${String(c).padStart(2, '0')}_tu_cham`, `tc${String(c).padStart(2, '0')}_tham_dinh`);
  header.push('ghi_chu');
  const rows: Cell[][] = standing.map((u) => {
    const set = inForce.find((s) => s.kinds.includes(u.kind));
    const row: Cell[] = [year, u.id, 'không', 'duy_tri', null, null, 'dang_thuc_hien', null, null, null, set && set.groups.length > 0 ? set.id : null, null, null];
    for (let c = 1; c <= maxCriterion; c++) row.push(null, null);
    row.push(null);
    return row;
  });
  const lastYear = (years: number[]) => Math.max(...years.filter((y) => y < year), -Infinity);
  const targetYear = lastYear(d.targets.map((t) => t.year));
  const calendarYear = lastYear(d.calendar.map((s) => s.year));
  const shift = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${Number(iso.slice(0, 4)) + (year - calendarYear)}`;
  return {
    results: toCsv(header, rows),
    targetRows: d.targets.some((t) => t.year === year) ? [] : d.targets.filter((t) => t.year === targetYear).map((t) => [String(year), t.group, t.kinds.join('/'), String(t.count), t.source]),
    calendarRows: d.calendar.some((s) => s.year === year) ? [] : d.calendar.filter((s) => s.year === calendarYear).map((s) => [String(year), s.step, s.text, shift(s.due), s.source]),
    maintenanceUnits: standing.length,
  };
}

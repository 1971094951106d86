import { awardTable } from '../../schemas/award.ts';
import { calendarTable } from '../../schemas/calendar.ts';
import { dossierTable } from '../../schemas/dossier.ts';
import { modelTable } from '../../schemas/model.ts';
import { planTable } from '../../schemas/plan.ts';
import { targetTable } from '../../schemas/target.ts';
import { oncePerPair } from '../domain/memo.ts';
import { unpackScores } from '../domain/packed-scores.ts';
import type { Site } from '../site/site-index.ts';
import { criterionStats } from '../site/criterion-stats.ts';
import { historyTable, reportTables, type ReportTable } from '../site/report-tables.ts';
import { reportHistory, reportYears, yearReport } from '../site/year-report.ts';
import { UNIT_COLUMNS, criteriaSetJson, modelRows, resultColumns, resultRows, toCsv, unitRows, type Cell } from './open-data.ts';

export interface OpenDataFile {
  /** File name under /du-lieu/. */
  name: string;
  title: string;
  mediaType: 'text/csv' | 'application/json';
  body: string;
  /** Field types of a CSV, when its columns say them (the report tables); else guessed from the names. */
  fields?: { name: string; type: string }[];
}

const filesAt = oncePerPair((site: Site, address: string) => {
  const { origin, pathname } = new URL(address);
  return makeOpenDataFiles(site, origin, pathname);
});

/**
 * Every download of /du-lieu/ with its stable name; datapackage.json describes the CSV ones.
 * Made once per site and address: the list page and the downloads both ask (a second or more nationally).
 */
export function openDataFiles(site: Site, origin: string, base: string): OpenDataFile[] {
  return filesAt(site, new URL(base, origin).href);
}

function makeOpenDataFiles(site: Site, origin: string, base: string): OpenDataFile[] {
  const files: OpenDataFile[] = [];
  const both = (name: string, title: string, header: readonly string[], rows: Cell[][], json: unknown) => {
    files.push({ name: `${name}.csv`, title, mediaType: 'text/csv', body: toCsv(header, rows) });
    files.push({ name: `${name}.json`, title, mediaType: 'application/json', body: JSON.stringify(json, null, 1) });
  };
  both('don-vi', 'Danh sách đơn vị', UNIT_COLUMNS, unitRows(site.units), site.units.map(({ results: _r, ...u }) => u));
  both('mo-hinh', 'Mô hình', modelTable.columns, modelRows(site.models), site.models);
  for (const year of site.years) {
    // Downloads carry the scores in full, as editors keep them.
    const results = site.yearSummaries.get(year)!.lines.map(({ result: { packedScores, ...r } }) => ({ ...r, scores: unpackScores(packedScores) }));
    const columns = resultColumns(results);
    both(`ket-qua-${year}`, `Kết quả năm ${year}`, columns, resultRows(results, columns), results);
  }
  // The plans' own data: targets, calendar, plans, dossier and awards, as editors keep them: the columns of their schemas, each row's cells in that order.
  both('chi-tieu', 'Chỉ tiêu từng năm', targetTable.columns, site.targets.map((t) => [t.year, t.group, t.kinds.join('/'), t.count, t.measure, t.scope, t.source]), site.targets);
  both('lich', 'Lịch thực hiện từng năm', calendarTable.columns, site.calendar.map((s) => [s.year, s.step, s.text, s.due, s.period, s.actor, s.level, s.source]), site.calendar);
  both('ke-hoach', 'Kế hoạch từng năm: điều kiện đăng ký, thẩm quyền công nhận', planTable.columns, [...site.plansByYear.values()].map((p) => [p.year, p.name, p.minClassification, p.safetyRequired, p.eligibilityYear, p.severity, p.authority, p.source]), [...site.plansByYear.values()]);
  const dossier = [...site.dossierByYear.values()].flat();
  both('ho-so', 'Hồ sơ đề nghị từng năm', dossierTable.columns, dossier.map((d) => [d.year, d.document, d.use, d.source]), dossier);
  const awards = [...site.awardsByYear.values()].flat();
  both('khen-thuong', 'Khen thưởng', awardTable.columns, awards.map((a) => [a.unitId, a.year, a.form, a.body, a.decisionNumber, a.decisionDate, a.reason]), awards);
  // The reports' tables, as their pages show them, with their field types.
  const typed = (t: ReportTable) => {
    files.push({ name: `${t.name}.csv`, title: t.title, mediaType: 'text/csv', body: toCsv(t.columns.map((c) => c.key), t.rows), fields: t.columns.map((c) => ({ name: c.key, type: c.type })) });
    files.push({ name: `${t.name}.json`, title: t.title, mediaType: 'application/json', body: JSON.stringify(t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.key, r[i]]))), null, 1) });
  };
  for (const year of reportYears(site)) for (const t of reportTables(yearReport(site, year), criterionStats(site, year))) typed(t);
  typed(historyTable(reportHistory(site)));
  files.push({ name: 'bo-tieu-chi.json', title: 'Các bộ tiêu chí', mediaType: 'application/json', body: JSON.stringify(site.criteriaSets.map(criteriaSetJson), null, 1) });
  files.push({ name: 'datapackage.json', title: 'Mô tả gói dữ liệu (Frictionless)', mediaType: 'application/json', body: JSON.stringify(dataPackage(site, files, new URL(`${base}du-lieu/`, origin).href), null, 2) });
  return files;
}

function dataPackage(site: Site, files: OpenDataFile[], base: string) {
  return {
    profile: 'tabular-data-package',
    name: 'antq-dien-hinh',
    title: `${site.settings.title} – ${site.settings.jurisdiction}`,
    description: site.settings.isSample ? 'Dữ liệu minh họa, hư cấu hoàn toàn.' : `Dữ liệu do ${site.settings.publisher} công bố.`,
    licenses: [{ name: 'custom', title: site.settings.licence }],
    resources: files
      .filter((f) => f.mediaType === 'text/csv')
      .map((f) => ({
        name: f.name.replace(/\.csv$/, ''),
        title: f.title,
        path: `${base}${f.name}`,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: { fields: f.fields ?? f.body.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',').map((name) => ({ name, type: fieldType(name) })) },
      })),
  };
}

function fieldType(name: string): string {
  if (/^(tong_|tc\d)/.test(name)) return 'number';
  if (/^(nam|nam_bat_dau|nam_ket_thuc|so_diem|so_to|chi_tieu|nam_sap_nhap)$/.test(name)) return 'integer';
  if (/^(ngay_quyet_dinh|han)$/.test(name)) return 'date';
  return 'string';
}

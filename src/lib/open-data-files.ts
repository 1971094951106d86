import { oncePer } from './memo.ts';
import { unpackScores } from './packed-scores.ts';
import type { Site } from './site-index.ts';
import { MODEL_COLUMNS, UNIT_COLUMNS, criteriaSetJson, modelRows, resultColumns, resultRows, toCsv, unitRows, type Cell } from './open-data.ts';

export interface OpenDataFile {
  /** File name under /du-lieu/. */
  name: string;
  title: string;
  mediaType: 'text/csv' | 'application/json';
  body: string;
}

const filesOf = oncePer((_site: Site) => new Map<string, OpenDataFile[]>());

/**
 * Every download of /du-lieu/ with its stable name; datapackage.json describes the CSV ones.
 * Made once per site and address: the list page and the downloads both ask (a second or more nationally).
 */
export function openDataFiles(site: Site, origin: string, base: string): OpenDataFile[] {
  const made = filesOf(site);
  const key = `${new URL(base, origin).href}`;
  let files = made.get(key);
  if (!files) made.set(key, (files = makeOpenDataFiles(site, origin, base)));
  return files;
}

function makeOpenDataFiles(site: Site, origin: string, base: string): OpenDataFile[] {
  const files: OpenDataFile[] = [];
  const both = (name: string, title: string, header: readonly string[], rows: Cell[][], json: unknown) => {
    files.push({ name: `${name}.csv`, title, mediaType: 'text/csv', body: toCsv(header, rows) });
    files.push({ name: `${name}.json`, title, mediaType: 'application/json', body: JSON.stringify(json, null, 1) });
  };
  both('don-vi', 'Danh sách đơn vị', UNIT_COLUMNS, unitRows(site.units), site.units.map(({ results: _r, ...u }) => u));
  both('mo-hinh', 'Mô hình', MODEL_COLUMNS, modelRows(site.models), site.models);
  for (const year of site.years) {
    // Downloads carry the scores in full, as editors keep them.
    const results = site.yearSummaries.get(year)!.lines.map(({ result: { packedScores, ...r } }) => ({ ...r, scores: unpackScores(packedScores) }));
    const columns = resultColumns(results);
    both(`ket-qua-${year}`, `Kết quả năm ${year}`, columns, resultRows(results, columns), results);
  }
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
        schema: { fields: f.body.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',').map((name) => ({ name, type: fieldType(name) })) },
      })),
  };
}

function fieldType(name: string): string {
  if (/^(tong_|tc\d)/.test(name)) return 'number';
  if (/^(nam|nam_bat_dau|nam_ket_thuc|so_diem|so_to)$/.test(name)) return 'integer';
  if (name === 'ngay_quyet_dinh') return 'date';
  return 'string';
}

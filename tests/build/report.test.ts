import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/build.ts';
import { libreOffice, SOFFICE } from '../helpers/libreoffice.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { tempDir } from '../helpers/temp.ts';

/*
 * Every figure of the report, recomputed from the sample fixture's files by a plain route that
 * shares no code with the site (papaparse on the editors' CSV, loops and sums), then compared with
 * what the build published: the CSV downloads, the page's tables and charts, the workbook read
 * back by exceljs and by LibreOffice.
 */

const DIST = builtSite('sample');
const DATA = path.join(FIXTURES.sample, 'data');
const MEASURES = ['dang_ky', 'chon_xay_dung', 'cong_nhan', 'duy_tri', 'khong_duy_tri', 'thu_hoi', 'khong_cong_nhan'] as const;
type Row = Record<string, string>;

const readCsv = (file: string): Row[] => Papa.parse<Row>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const units = new Map(readCsv(path.join(DATA, 'don-vi.csv')).map((u) => [u.ma_don_vi!, u]));
const YEARS = readdirSync(path.join(DATA, 'ket-qua')).filter((f) => f.endsWith('.csv')).map((f) => Number(f.slice(0, 4))).sort();
const results = new Map(YEARS.map((y) => [y, readCsv(path.join(DATA, 'ket-qua', `${y}.csv`))]));
const TRACK: Record<string, string> = { xa: 'dia_ban', phuong: 'dia_ban', dac_khu: 'dia_ban', thi_tran: 'dia_ban', khu_dan_cu: 'dia_ban', co_quan: 'co_quan', doanh_nghiep: 'co_quan', co_so_giao_duc: 'co_quan' };
const yes = (v: string | undefined) => /^(có|co|x|1|true)$/i.test((v ?? '').trim());

function counts(rows: readonly Row[]): Record<string, number> {
  const c: Record<string, number> = Object.fromEntries(MEASURES.map((m) => [m, 0]));
  for (const r of rows) {
    if (yes(r.dang_ky)) c.dang_ky!++;
    if (yes(r.dang_ky) && r.giai_doan === 'xay_dung') c.chon_xay_dung!++;
    if (r.ket_qua! in c) c[r.ket_qua!]!++;
  }
  return c;
}

/** The expected rows of the by-kind CSV for a year, key → counts then the year before's counts. */
function expectedByKind(year: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const rowsOf = (y: number, pick: (u: Row) => boolean) => (results.get(y) ?? []).filter((r) => pick(units.get(r.ma_don_vi!)!));
  const hasPrev = results.has(year - 1);
  const line = (pick: (u: Row) => boolean) => [...Object.values(counts(rowsOf(year, pick))), ...(hasPrev ? Object.values(counts(rowsOf(year - 1, pick))) : [])];
  const kinds = new Set([...(results.get(year) ?? []), ...(results.get(year - 1) ?? [])].map((r) => units.get(r.ma_don_vi!)!.loai!));
  for (const k of kinds) out.set(`loai:${k}`, line((u) => u.loai === k));
  for (const t of new Set([...kinds].map((k) => TRACK[k]!))) out.set(`khoi:${t}`, line((u) => TRACK[u.loai!] === t));
  out.set('tong', line(() => true));
  return out;
}

function expectedByPlace(year: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const hasPrev = results.has(year - 1);
  const several = new Set([...units.values()].map((u) => u.ma_tinh)).size > 1;
  const keyOf = (u: Row) => (several ? `tinh:${u.ma_tinh}` : `xa:${u.ma_xa}`);
  const rowsOf = (y: number, key: string) => (results.get(y) ?? []).filter((r) => keyOf(units.get(r.ma_don_vi!)!) === key);
  const keys = new Set([...(results.get(year) ?? []), ...(results.get(year - 1) ?? [])].map((r) => keyOf(units.get(r.ma_don_vi!)!)));
  for (const k of keys) out.set(k, [...Object.values(counts(rowsOf(year, k))), ...(hasPrev ? Object.values(counts(rowsOf(year - 1, k))) : [])]);
  out.set('tong', expectedByKind(year).get('tong')!);
  return out;
}

function expectedTargets(year: number): { group: string; achieved: number; goal: number; kinds: string }[] {
  return readCsv(path.join(DATA, 'chi-tieu.csv'))
    .filter((t) => Number(t.nam) === year)
    .map((t) => {
      expect(t.pham_vi ?? '', 'this check counts targets across the whole site only').toMatch(/^(chung)?$/);
      const kinds = t.loai_don_vi!.split('/');
      const measure = t.loai_chi_tieu || 'cong_nhan_moi';
      const mine = (results.get(year) ?? []).filter((r) => kinds.includes(units.get(r.ma_don_vi!)!.loai!));
      const achieved = mine.filter((r) =>
        measure === 'cong_nhan_moi' ? r.ket_qua === 'cong_nhan' : measure === 'duy_tri' ? r.ket_qua === 'duy_tri' : measure === 'dang_ky' ? yes(r.dang_ky) : yes(r.dang_ky) && r.giai_doan === 'xay_dung',
      ).length;
      return { group: t.nhom!, achieved, goal: Number(t.chi_tieu), kinds: kinds.map((k) => (k === 'thi_tran' ? 'dac_khu' : k)).sort().join('/') };
    });
}

/** The criteria of each set the fixture itemises: criterion → its group and maximum. */
function setCriteria(id: string): Map<number, { group: number; max: number }> | null {
  const file = path.join(DATA, 'bo-tieu-chi', `${id}.csv`);
  if (!existsSync(file)) return null;
  const out = new Map<number, { group: number; max: number }>();
  for (const r of readCsv(file)) {
    const c = out.get(Number(r.tieu_chi)) ?? { group: Number(r.nhom), max: 0 };
    c.max += Number(String(r.diem).replace(',', '.'));
    out.set(Number(r.tieu_chi), c);
  }
  return out;
}

const num = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : Number(v.replace(',', '.')));

/** A row's score of a criterion and side: its own cell, else the sum of its sub-items' cells. */
function score(r: Row, criterion: number, side: 'tu_cham' | 'tham_dinh'): number | null {
  const own = num(r[`tc${String(criterion).padStart(2, '0')}_${side}`]);
  if (own !== null) return own;
  const items = Object.keys(r).filter((k) => new RegExp(`^tc${String(criterion).padStart(2, '0')}\\.\\d+_${side}$`).test(k)).map((k) => num(r[k])).filter((v): v is number => v !== null);
  return items.length === 0 ? null : items.reduce((a, b) => a + b, 0);
}

interface Stat { max: number; scored: number; avg: number | null; share: number | null; below: number; gap: number | null }
function stat(max: number, pairs: readonly { self: number | null; appraised: number | null }[]): Stat {
  const scored = pairs.filter((p) => p.appraised !== null);
  const both = scored.filter((p) => p.self !== null);
  const sum = scored.reduce((t, p) => t + p.appraised!, 0);
  return {
    max,
    scored: scored.length,
    avg: scored.length ? sum / scored.length : null,
    share: scored.length ? (sum / scored.length / max) * 100 : null,
    below: scored.filter((p) => p.appraised! < max).length,
    gap: both.length ? both.reduce((t, p) => t + p.self! - p.appraised!, 0) / both.length : null,
  };
}

/** Expected rows of the criteria CSV for a year: set, group, criterion (null for the group) → stat. */
function expectedCriteria(year: number): Map<string, Stat> {
  const out = new Map<string, Stat>();
  const bySet = Map.groupBy((results.get(year) ?? []).filter((r) => r.bo_tieu_chi), (r) => r.bo_tieu_chi!);
  for (const [id, rows] of bySet) {
    const criteria = setCriteria(id);
    if (!criteria) continue;
    const scoredRows = rows.filter((r) => [...criteria.keys()].some((c) => score(r, c, 'tu_cham') !== null || score(r, c, 'tham_dinh') !== null));
    // A set nobody was appraised against yet is left out: nothing to say where points are lost.
    if (!scoredRows.some((r) => [...criteria.keys()].some((c) => score(r, c, 'tham_dinh') !== null))) continue;
    const groups = Map.groupBy([...criteria], ([, c]) => c.group);
    for (const [g, list] of groups) {
      const sumOf = (r: Row, side: 'tu_cham' | 'tham_dinh') => {
        const v = list.map(([c]) => score(r, c, side));
        return v.includes(null) ? null : v.reduce((a, b) => a! + b!, 0);
      };
      out.set(`${id}|${g}|`, stat(list.reduce((t, [, c]) => t + c.max, 0), scoredRows.map((r) => ({ self: sumOf(r, 'tu_cham'), appraised: sumOf(r, 'tham_dinh') }))));
      for (const [c, { max }] of list) out.set(`${id}|${g}|${c}`, stat(max, scoredRows.map((r) => ({ self: score(r, c, 'tu_cham'), appraised: score(r, c, 'tham_dinh') }))));
    }
  }
  return out;
}

const close = (actual: number | null | undefined, expected: number | null, digits: number, where: string) => {
  if (expected === null) expect(actual ?? null, where).toBeNull();
  else expect(Math.abs((actual as number) - expected), `${where}: ${actual} vs ${expected}`).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9);
};

const published = (name: string) => readCsv(path.join(DIST, 'du-lieu', `${name}.csv`));
const page = (year: number) => readFileSync(path.join(DIST, 'bao-cao', String(year), 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').trim();
/** "1.234" → 1234, "4,5" → 4.5, "−0,5" → -0.5, "—" → null. */
const vi = (s: string) => (/^[—-]?$/.test(s.trim()) ? null : Number(s.trim().replace(/\./g, '').replace(',', '.').replace('−', '-').replace(/^\+/, '')));

/** A count table of the page: data-key → the numbers shown, this year's then (in brackets) the year before's. */
function pageCounts(html: string, id: string): Map<string, number[]> {
  const table = html.slice(html.indexOf(`id="${id}"`), html.indexOf('</table>', html.indexOf(`id="${id}"`)));
  const out = new Map<string, number[]>();
  for (const m of table.matchAll(/<tr[^>]*data-key="([^"]+)"[^>]*>(.*?)<\/tr>/gs)) {
    const cells = [...m[2]!.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((c) => text(c[1]!));
    const now = cells.map((c) => vi(c.replace(/\(.*\)/, ''))!);
    const prev = cells.map((c) => /\(([^)]*)\)/.exec(c)?.[1]).filter((v) => v !== undefined).map((v) => vi(v)!);
    out.set(m[1]!, [...now, ...prev]);
  }
  return out;
}

describe('the yearly report, recomputed from the fixture files', () => {
  it.each(YEARS)('publishes %i by kind and by place as the fixture counts them, in the CSV and on the page', (year) => {
    for (const [name, expected, tableId] of [
      [`bao-cao-${year}-theo-loai`, expectedByKind(year), 'bang-theo-loai'],
      [`bao-cao-${year}-theo-dia-ban`, expectedByPlace(year), 'bang-theo-dia-ban'],
    ] as const) {
      const csv = published(name);
      const numbers = (r: Row) => Object.entries(r).filter(([k]) => MEASURES.some((m) => k === m || k === `${m}_nam_truoc`)).map(([, v]) => Number(v));
      expect(new Map(csv.map((r) => [r.ma!, numbers(r)])), name).toEqual(expected);
      expect(pageCounts(page(year), tableId), `${tableId} ${year}`).toEqual(expected);
    }
  });

  it.each(YEARS)('publishes the targets of %i with what was achieved, the year before beside them', (year) => {
    const byGroup = (a: { group: string | undefined }, b: { group: string | undefined }) => a.group!.localeCompare(b.group!);
    const expected = expectedTargets(year).sort(byGroup);
    const csv = published(`bao-cao-${year}-chi-tieu`);
    expect(csv.map((r) => ({ group: r.nhom, achieved: Number(r.dat_duoc), goal: Number(r.muc_tieu) })).sort(byGroup)).toEqual(expected.map(({ kinds: _k, ...t }) => t));
    // The year before's target: the same group, or the same kinds under a new name (thị trấn became đặc khu).
    const before = expectedTargets(year - 1);
    for (const r of csv) {
      const mine = expected.find((e) => e.group === r.nhom)!;
      const prev = before.find((b) => b.group === r.nhom) ?? before.find((b) => b.kinds === mine.kinds);
      if (results.has(year - 1)) expect(r.dat_duoc_nam_truoc === '' ? null : Number(r.dat_duoc_nam_truoc), r.nhom).toBe(prev?.achieved ?? null);
    }
    const shown = [...page(year).matchAll(/<tr[^>]* data-achieved="\d+" data-goal="\d+">\s*<th[^>]*>(.*?)<\/th>.*?<td[^>]* class="num"[^>]*>(.*?)<\/td>/gs)].map((m) => ({ group: text(m[1]!), shown: text(m[2]!).replace(/\s*\(.*\)/, '') }));
    expect(shown.sort(byGroup)).toEqual(expected.map((t) => ({ group: t.group, shown: `${t.achieved}/${t.goal}` })));
  });

  it.each(YEARS)('publishes where points are lost in %i as the fixture scores say, in the CSV, the tables and the charts', (year) => {
    const expected = expectedCriteria(year);
    const csv = published(`bao-cao-${year}-tieu-chi`);
    expect(csv.map((r) => `${r.bo_tieu_chi}|${r.nhom}|${r.tieu_chi}`).sort()).toEqual([...expected.keys()].sort());
    for (const r of csv) {
      const key = `${r.bo_tieu_chi}|${r.nhom}|${r.tieu_chi}`;
      const e = expected.get(key)!;
      expect(Number(r.diem_toi_da), key).toBe(e.max);
      expect(Number(r.so_don_vi), key).toBe(e.scored);
      expect(Number(r.so_duoi_toi_da), key).toBe(e.below);
      close(num(r.diem_tham_dinh_tb), e.avg, 2, `${key} avg`);
      close(num(r.ty_le_tb), e.share, 1, `${key} share`);
      close(num(r.chenh_lech_tb), e.gap, 2, `${key} gap`);
    }
    // The page: each set's table and chart.
    const html = page(year);
    for (const section of html.split('<section class="loss-set"').slice(1)) {
      const set = /data-set="([^"]+)"/.exec(section)![1]!;
      for (const m of section.matchAll(/<tr class="(?:track|kind)" data-(group|criterion)="(\d+)"[^>]*>(.*?)<\/tr>/gs)) {
        const cells = [...m[3]!.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((c) => text(c[1]!));
        const e = [...expected].find(([k]) => (m[1] === 'group' ? k.startsWith(`${set}|${m[2]}|`) && k.endsWith('|') : k.startsWith(`${set}|`) && k.endsWith(`|${m[2]}`)))![1];
        const where = `${year} ${set} ${m[1]} ${m[2]}`;
        close(vi(cells[0]!.split('/')[0]!), e.avg, 2, `${where} avg`);
        if (e.avg !== null) expect(vi(cells[0]!.split('/')[1]!), where).toBe(e.max);
        close(vi(cells[1]!.replace('%', '')), e.share, 1, `${where} share`);
        expect(cells[2], where).toBe(`${e.below}/${e.scored}`);
        close(vi(cells[3]!), e.gap, 2, `${where} gap`);
      }
      const bars = [...section.matchAll(/<title>Tiêu chí (\d+): điểm thẩm định trung bình ([\d,]+) % điểm tối đa; (\d+)\/(\d+) đơn vị/g)];
      expect(bars.length, `${year} ${set} chart bars`).toBe([...expected.keys()].filter((k) => k.startsWith(`${set}|`) && !k.endsWith('|')).length);
      for (const b of bars) {
        const e = [...expected].find(([k]) => k.startsWith(`${set}|`) && k.endsWith(`|${b[1]}`))![1];
        close(vi(b[2]!), e.share, 1, `${year} ${set} bar ${b[1]}`);
        expect(`${b[3]}/${b[4]}`).toBe(`${e.below}/${e.scored}`);
      }
    }
  });

  it('sets each criterion of a unit page beside the year\'s average of its criteria set', () => {
    const expected = expectedCriteria(2025);
    const html = readFileSync(path.join(DIST, 'don-vi/phuong-song-may/index.html'), 'utf8');
    const table = html.slice(html.indexOf('<caption>Điểm năm 2025'), html.indexOf('</table>', html.indexOf('<caption>Điểm năm 2025')));
    const rows = [...table.matchAll(/<tr>\s*<th scope="row"><a href="[^"]*-tieu-chi-(\d+)">.*?<td class="num avg"[^>]*>(.*?)<\/td>/gs)];
    expect(rows.length).toBe(20);
    for (const [, no, cell] of rows) {
      const e = [...expected].find(([k]) => k.startsWith('3554-2025-dia-ban|') && k.endsWith(`|${no}`))![1];
      close(vi(text(cell!).split('/')[0]!), e.avg, 2, `tiêu chí ${no}`);
    }
  });

  it('publishes the years by track, in the CSV, the table and the chart of /bao-cao/', () => {
    const expected = YEARS.flatMap((y) =>
      ['dia_ban', 'co_quan'].flatMap((t) => {
        const rows = results.get(y)!.filter((r) => TRACK[units.get(r.ma_don_vi!)!.loai!] === t);
        if (rows.length === 0) return [];
        const c = counts(rows);
        return [[y, t, c.cong_nhan, c.duy_tri, c.khong_duy_tri, c.thu_hoi]];
      }),
    );
    const csv = published('bao-cao-cac-nam');
    expect(csv.map((r) => [Number(r.nam), r.khoi!.startsWith('Xã') ? 'dia_ban' : 'co_quan', Number(r.cong_nhan), Number(r.duy_tri), Number(r.khong_duy_tri), Number(r.thu_hoi)])).toEqual(expected);
    const html = readFileSync(path.join(DIST, 'bao-cao/index.html'), 'utf8');
    const rows = [...html.matchAll(/<tr[^>]* data-year="(\d+)" data-track="(\w+)">(.*?)<\/tr>/gs)].map((m) => [Number(m[1]), m[2], ...[...m[3]!.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((c) => vi(text(c[1]!)))]);
    expect(rows).toEqual(expected);
    const bars = [...html.matchAll(/<title>(Xã|Cơ quan)[^<]*, năm (\d+): (Công nhận mới|Duy trì|Không duy trì|Thu hồi) (\d+)<\/title>/g)];
    const col = { 'Công nhận mới': 2, 'Duy trì': 3, 'Không duy trì': 4, 'Thu hồi': 5 } as const;
    expect(bars.length).toBe(expected.length * 4);
    for (const b of bars) {
      const e = expected.find((r) => r[0] === Number(b[2]) && r[1] === (b[1] === 'Xã' ? 'dia_ban' : 'co_quan'))!;
      expect(Number(b[4]), b[0]).toBe(e[col[b[3] as keyof typeof col]]);
    }
  });

  it('lists the report tables in datapackage.json with their field types, beside targets, calendar and awards', () => {
    const pkg = JSON.parse(readFileSync(path.join(DIST, 'du-lieu/datapackage.json'), 'utf8')) as { resources: { name: string; schema: { fields: { name: string; type: string }[] } }[] };
    const byName = new Map(pkg.resources.map((r) => [r.name, r.schema.fields]));
    for (const name of ['chi-tieu', 'lich', 'khen-thuong', 'bao-cao-cac-nam', ...YEARS.flatMap((y) => [`bao-cao-${y}-theo-loai`, `bao-cao-${y}-theo-dia-ban`, `bao-cao-${y}-chi-tieu`, `bao-cao-${y}-tieu-chi`])]) {
      expect(byName.has(name), name).toBe(true);
      expect(existsSync(path.join(DIST, 'du-lieu', `${name}.csv`)), name).toBe(true);
    }
    const fields = Object.fromEntries(byName.get('bao-cao-2025-tieu-chi')!.map((f) => [f.name, f.type]));
    expect(fields).toMatchObject({ nam: 'integer', so_don_vi: 'integer', ty_le_tb: 'number', bo_tieu_chi: 'string' });
    expect(Object.fromEntries(byName.get('bao-cao-2025-theo-loai')!.map((f) => [f.name, f.type]))).toMatchObject({ cong_nhan: 'integer', cong_nhan_nam_truoc: 'integer', ten: 'string' });
    expect(Object.fromEntries(byName.get('chi-tieu')!.map((f) => [f.name, f.type]))).toMatchObject({ nam: 'integer', chi_tieu: 'integer' });
    expect(Object.fromEntries(byName.get('lich')!.map((f) => [f.name, f.type]))).toMatchObject({ han: 'date' });
  });
});

/** A sheet's rows as values, header first. */
function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    out.push(Array.from({ length: ws.columnCount }, (_, i) => values[i + 1] ?? null));
  });
  return out;
}

/** A published CSV as the workbook should hold it: numbers where the datapackage says number or integer. */
function csvAsValues(name: string): unknown[][] {
  const pkg = JSON.parse(readFileSync(path.join(DIST, 'du-lieu/datapackage.json'), 'utf8')) as { resources: { name: string; schema: { fields: { name: string; type: string }[] } }[] };
  const fields = pkg.resources.find((r) => r.name === name)!.schema.fields;
  const rows = Papa.parse<string[]>(readFileSync(path.join(DIST, 'du-lieu', `${name}.csv`), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.slice(1);
  return rows.map((r) => r.map((v, i) => (v === '' ? null : fields[i]!.type === 'string' ? v : Number(v))));
}

describe('the report workbook', () => {
  const year = 2025;
  const file = path.join(DIST, `bao-cao/${year}/bao-cao-${year}.xlsx`);
  const names = [`bao-cao-${year}-theo-loai`, `bao-cao-${year}-theo-dia-ban`, `bao-cao-${year}-chi-tieu`, `bao-cao-${year}-tieu-chi`];

  it('reads back with exceljs as the CSV downloads: one sheet per table, numbers as numbers, header frozen', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Theo loại đơn vị', 'Theo địa bàn', 'Chỉ tiêu', 'Điểm theo tiêu chí']);
    wb.worksheets.forEach((ws, i) => {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      const [, ...body] = sheetRows(ws);
      expect(body, ws.name).toEqual(csvAsValues(names[i]!));
    });
    const kinds = wb.getWorksheet('Theo loại đơn vị')!;
    expect(typeof kinds.getCell('E2').value).toBe('number');
  });

  it.skipIf(!existsSync(SOFFICE))('converts in LibreOffice headless to the same tables, sheet by sheet', () => {
    const work = tempDir('antq-report-lo-');
    // Every sheet to its own CSV (token 12 = -1), values as stored (token 9 = false).
    libreOffice(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', work, path.join(work, 'profile'));
    const sheets = ['Theo loại đơn vị', 'Theo địa bàn', 'Chỉ tiêu', 'Điểm theo tiêu chí'];
    sheets.forEach((sheet, i) => {
      const csv = readdirSync(work).find((f) => f.normalize('NFC').endsWith(`-${sheet}.csv`));
      expect(csv, sheet).toBeDefined();
      const rows = Papa.parse<string[]>(readFileSync(path.join(work, csv!), 'utf8'), { skipEmptyLines: true }).data.slice(1);
      const values = rows.map((r) => r.map((v) => (v === '' ? null : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)));
      expect(values, sheet).toEqual(csvAsValues(names[i]!).map((r) => r.map((v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v))));
    });
  }, 300_000);
});

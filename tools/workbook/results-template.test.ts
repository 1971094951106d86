import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../src/lib/validation/dataset.ts';
import { criterionScores } from '../../src/lib/domain/scores.ts';
import { fixture, summary } from '../../tests/helpers/fixture.ts';
import { DATA_SHEET, GUIDE_SHEET, resultsWorkbook, scoreColumns } from './results-template.ts';
import { yearTemplateOptions } from './year-template.ts';

// The year after each fixture's last: the sample's results end in 2026, the real data's in 2027.
const YEAR = 2027;
const NEXT = 2028;

async function templateFor(f: ReturnType<typeof fixture>, itemised = true, year = YEAR) {
  const before = loadDataset({ dataDir: f.dataDir, contentDir: path.join(f.root, 'content') });
  if (!before.ok) throw new Error(summary(before.problems).join('\n'));
  const options = yearTemplateOptions(before.dataset, year, itemised);
  const bytes = await resultsWorkbook(options);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { bytes, wb, ws: wb.getWorksheet(DATA_SHEET(year))!, options, dataset: before.dataset };
}

/** The keys row of the data sheet: the header validation reads. */
function keyRowOf(ws: ExcelJS.Worksheet): { row: number; keys: string[] } {
  for (let r = 1; r <= 15; r++) {
    const values = (ws.getRow(r).values as unknown[]).slice(1).map((v) => String(v ?? ''));
    if (values[0] === 'nam' && values[1] === 'ma_don_vi') return { row: r, keys: values };
  }
  throw new Error('no keys row');
}

/** The sample's template, made once: several tests only read it (exceljs takes about a second a workbook). */
let sampleTemplate: ReturnType<typeof templateFor> | undefined;
const sample = () => (sampleTemplate ??= templateFor(fixture('sample')));

const load = (f: ReturnType<typeof fixture>) => loadDataset({ dataDir: f.dataDir, contentDir: path.join(f.root, 'content') });
const resultsOf = (d: Dataset, year: number) =>
  d.results.filter((r) => r.year === year).map(({ scores, ...r }) => ({ ...r, scores: criterionScores(scores) })).sort((a, b) => a.unitId.localeCompare(b.unitId));

describe('the year template workbook', () => {
  it('read back unchanged, validates with no problem, with a ready row for every unit holding a recognition', async () => {
    const f = fixture('sample');
    const t = await templateFor(f);
    f.write(`data/ket-qua/${YEAR}.xlsx`, t.bytes);
    const outcome = load(f);
    expect(summary(outcome.problems)).toEqual([]);
    const rows = outcome.ok ? outcome.dataset.results.filter((r) => r.year === YEAR) : [];
    expect(rows.map((r) => r.unitId).sort()).toEqual(t.options.expected.map((e) => e.unit.id).sort());
    expect(rows.length).toBeGreaterThan(5);
    // Units in maintenance keep dang_ky = có.
    expect(rows.every((r) => r.registered && r.stage === 'duy_tri' && r.outcome === 'dang_thuc_hien')).toBe(true);
  });

  it('filled in and read back, validates exactly as the same data in CSV does', async () => {
    const f = fixture('real');
    const t = await templateFor(f, true, NEXT);
    const { row: keyRow, keys } = keyRowOf(t.ws);
    const at = (key: string) => keys.indexOf(key) + 1;
    // Two rows an editor fills: a maintained ward with every appraised score, and a new registration.
    const ward = t.options.expected.findIndex((e) => e.unit.id === 'ngoc-ha');
    let wardRow = 0;
    t.ws.eachRow((row, n) => {
      if (n > keyRow && row.getCell(at('ma_don_vi')).value === 'ngoc-ha') wardRow = n;
    });
    expect(ward).toBeGreaterThanOrEqual(0);
    expect(wardRow).toBeGreaterThan(keyRow);
    const set = t.options.expected[ward]!.set!;
    const columns = scoreColumns(t.options.sets, true).filter((c) => c.bySet.has(set.id));
    for (const c of columns) t.ws.getRow(wardRow).getCell(at(c.key)).value = c.key === 'tc14.1_tu_cham' ? 5.5 : c.bySet.get(set.id)!.max;
    const w = t.ws.getRow(wardRow);
    w.getCell(at('ket_qua')).value = 'Duy trì';
    w.getCell(at('an_toan_antt')).value = 'Đạt';
    w.getCell(at('xep_loai')).value = 'Xuất sắc';
    w.getCell(at('so_quyet_dinh')).value = '77/QĐ-UBND';
    w.getCell(at('ngay_quyet_dinh')).value = new Date(Date.UTC(NEXT, 11, 15));
    w.getCell(at('co_quan_quyet_dinh')).value = 'UBND thành phố Hà Nội';
    let blank = wardRow + 1;
    while (t.ws.getRow(blank).getCell(at('ma_don_vi')).value) blank++;
    const n = t.ws.getRow(blank);
    n.getCell(at('ma_don_vi')).value = 'soc-son';
    n.getCell(at('dang_ky')).value = 'Có';
    n.getCell(at('giai_doan')).value = 'Năm xây dựng';
    n.getCell(at('ket_qua')).value = 'Đang thực hiện';
    // As Excel leaves it once it has recalculated the row's formula: the set looked up from the unit.
    const setCell = n.getCell(at('bo_tieu_chi'));
    setCell.value = { formula: (setCell.value as ExcelJS.CellFormulaValue).formula, result: '3554-2025-dia-ban' };
    f.write(`data/ket-qua/${NEXT}.xlsx`, Buffer.from(await t.wb.xlsx.writeBuffer()));
    const fromWorkbook = load(f);
    expect(summary(fromWorkbook.problems)).toEqual([]);

    // The same rows typed in a CSV file.
    const g = fixture('real');
    const csvHeader = ['nam', 'ma_don_vi', 'dang_ky', 'giai_doan', 'an_toan_antt', 'xep_loai', 'ket_qua', 'so_quyet_dinh', 'ngay_quyet_dinh', 'co_quan_quyet_dinh', 'bo_tieu_chi', ...columns.map((c) => c.key)];
    const line = (cells: (string | number)[]) => cells.map((c) => String(c).replace('.', ',')).join(';');
    const others = t.options.expected.filter((e) => e.unit.id !== 'ngoc-ha').map((e) => line([NEXT, e.unit.id, 'có', 'duy_tri', '', '', 'dang_thuc_hien', '', '', '', e.set?.id ?? '', ...columns.map(() => '')]));
    const wardLine = line([NEXT, 'ngoc-ha', 'có', 'duy_tri', 'dat', 'xuat_sac', 'duy_tri', '77/QĐ-UBND', `15/12/${NEXT}`, 'UBND thành phố Hà Nội', set.id, ...columns.map((c) => (c.key === 'tc14.1_tu_cham' ? 5.5 : c.bySet.get(set.id)!.max))]);
    const newLine = line(['', 'soc-son', 'có', 'xay_dung', '', '', 'dang_thuc_hien', '', '', '', '3554-2025-dia-ban', ...columns.map(() => '')]);
    rmSync(path.join(g.dataDir, `ket-qua/${NEXT}.csv`), { force: true });
    writeFileSync(path.join(g.dataDir, `ket-qua/${NEXT}.csv`), [csvHeader.join(';'), ...others, wardLine, newLine].join('\r\n'));
    const fromCsv = load(g);
    expect(summary(fromCsv.problems)).toEqual([]);
    if (!fromWorkbook.ok || !fromCsv.ok) return;
    expect(resultsOf(fromWorkbook.dataset, NEXT)).toEqual(resultsOf(fromCsv.dataset, NEXT));
    expect(resultsOf(fromWorkbook.dataset, NEXT).find((r) => r.unitId === 'ngoc-ha')).toMatchObject({ selfTotal: 99.5, appraisedTotal: 100 });
  });

  it('says in frozen header rows what each column is, with every criterion\'s wording and maximum under each set', async () => {
    const t = await sample();
    const { row: keyRow, keys } = keyRowOf(t.ws);
    expect(t.ws.views[0]).toMatchObject({ state: 'frozen', ySplit: keyRow, xSplit: 3 });
    const header = (key: string) => Array.from({ length: keyRow - 1 }, (_, r) => String(t.ws.getRow(r + 1).getCell(keys.indexOf(key) + 1).value ?? ''));
    expect(header('ma_don_vi')).toContain('Mã đơn vị');
    // Criterion 14, item 1 of the communes' set: "An toàn về ANTT", 6 points; the organisations' set has no item 14.1.
    const tc141 = header('tc14.1_tu_cham');
    expect(tc141[1]).toBe('TC 14.1');
    expect(tc141).toContain('Tối đa 6: Đạt tiêu chí “An toàn về ANTT”');
    expect(tc141.some((h) => h === '— không áp dụng')).toBe(true);
    // Every column is explained on the guide sheet.
    const guide = t.wb.getWorksheet(GUIDE_SHEET)!;
    const explained = new Set<string>();
    guide.eachRow((row) => explained.add(String(row.getCell(1).value ?? '')));
    for (const k of keys.filter((k) => !/^tc\d/.test(k) && !k.startsWith('#'))) expect(explained, k).toContain(k);
  });

  it('offers a drop-down for every coded column and checks every score against its maximum', async () => {
    const t = await sample();
    const { row: keyRow, keys } = keyRowOf(t.ws);
    // exceljs reads a range's validation back as one entry per cell: the first and last data rows carry it.
    const model = (t.ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const lastRow = keyRow + t.options.expected.length + t.options.blankRows;
    const ofColumn = (key: string) => {
      const letter = t.ws.getColumn(keys.indexOf(key) + 1).letter;
      const first = model[`${letter}${keyRow + 1}`];
      expect(model[`${letter}${lastRow}`], key).toEqual(first);
      return first;
    };
    for (const key of ['ma_don_vi', 'dang_ky', 'giai_doan', 'an_toan_antt', 'xep_loai', 'ket_qua']) expect(ofColumn(key)?.type, key).toBe('list');
    expect(ofColumn('ngay_quyet_dinh')?.type).toBe('date');
    for (const key of keys.filter((k) => /^tc\d/.test(k))) {
      expect(ofColumn(key)?.type, key).toBe('custom');
      expect(ofColumn(key)?.formulae?.[0], key).toContain('<=');
    }
  });

  it('greys and locks the cells a ready row\'s criteria set does not have, and the row\'s fixed cells', async () => {
    const t = await sample();
    const { row: keyRow, keys } = keyRowOf(t.ws);
    let schoolRow = 0;
    t.ws.eachRow((row, n) => {
      if (n > keyRow && row.getCell(2).value === 'truong-thpt-le-loi') schoolRow = n;
    });
    const cell = (key: string) => t.ws.getRow(schoolRow).getCell(keys.indexOf(key) + 1);
    // Organisations are scored on 12 criteria: criterion 19 is not theirs. (A cell is locked unless its style says not.)
    const locked = (key: string) => cell(key).protection?.locked !== false;
    expect(locked('tc19.1_tham_dinh')).toBe(true);
    expect((cell('tc19.1_tham_dinh').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9D9D9');
    expect(locked('tc01.1_tham_dinh')).toBe(false);
    expect(locked('ma_don_vi')).toBe(true);
    expect(locked('ket_qua')).toBe(false);
    expect((t.ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  });

  it('has one column per criterion when asked not to itemise', async () => {
    const t = await templateFor(fixture('sample'), false);
    const { keys } = keyRowOf(t.ws);
    expect(keys.filter((k) => /^tc\d.*_tu_cham$/.test(k))).toEqual(Array.from({ length: 20 }, (_, i) => `tc${String(i + 1).padStart(2, '0')}_tu_cham`));
  });
});

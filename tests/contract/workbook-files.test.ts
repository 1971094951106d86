// Issue 12, point 1: any data file may be an .xlsx instead of a .csv, validated with the same rules and
// messages, naming sheet, Excel row and column letter; cells read by their type; what a workbook may
// hold that a CSV cannot (merges, formulas, several sheets, hidden sheets and rows) accepted or refused
// in Vietnamese. Workbooks written here with exceljs, the kept library (README, stack notes).
import { rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/validation/dataset.ts';
import { fixture, summary } from '../helpers/fixture.ts';

type F = ReturnType<typeof fixture>;
type Cell = ExcelJS.CellValue;

/** The rows of one of the fixture's CSV files, header first. */
function rowsOf(f: F, rel: string): string[][] {
  return Papa.parse<string[]>(f.read(rel), { skipEmptyLines: true }).data;
}

/**
 * Writes rows as the data sheet of a workbook (every cell as text unless `cell` gives it another
 * value), with `more` to add sheets, merges or hidden rows, and returns its bytes.
 */
async function workbook(rows: string[][], cell: (row: number, key: string, text: string) => Cell = (_r, _k, t) => t, more: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void = () => {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  const header = rows[0]!;
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((text, c) => {
      const v = i === 0 ? text : cell(i + 1, header[c]!, text);
      if (v !== '' && v !== null && v !== undefined) row.getCell(c + 1).value = v;
    });
  });
  more(wb, ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Replaces a CSV table of the fixture by a workbook. */
async function asWorkbook(f: F, rel: string, ...args: Parameters<typeof workbook> extends [unknown, ...infer R] ? R : never): Promise<void> {
  const bytes = await workbook(rowsOf(f, rel), ...args);
  f.write(rel.replace(/\.csv$/, '.xlsx'), bytes);
  // Only the workbook is the table now.
  rmSync(path.join(f.root, rel));
}

const load = (f: F) => loadDataset({ dataDir: f.dataDir, contentDir: path.join(f.root, 'content') });
const letterOf = (rows: string[][], key: string) => String.fromCharCode(65 + rows[0]!.indexOf(key));

describe('a data file kept as an Excel workbook', () => {
  it('validates like the same table as CSV: numbers, real dates and text by their cell type, "9,5" typed as text equal to 9.5', async () => {
    const csv = fixture();
    const viaCsv = load(csv);
    expect(summary(viaCsv.problems)).toEqual([]);

    const f = fixture();
    const rows = rowsOf(f, 'data/ket-qua/2025.csv');
    await asWorkbook(f, 'data/ket-qua/2025.csv', (row, key, text) => {
      if (text === '') return text;
      // Years and scores as numbers, a decision date as a real Excel date on one row and typed as text on another.
      if (key === 'nam' || /^(tong|tc)\d*_/.test(key) || /^tong_/.test(key)) return Number(text.replace(',', '.'));
      if (key === 'ngay_quyet_dinh' && row === 3) {
        const [d, m, y] = text.split('/').map(Number);
        return new Date(Date.UTC(y!, m! - 1, d!));
      }
      return text;
    });
    const viaXlsx = load(f);
    expect(summary(viaXlsx.problems)).toEqual([]);
    if (!viaCsv.ok || !viaXlsx.ok) throw new Error('not valid');
    const year = (o: typeof viaCsv) => (o.ok ? o.dataset.results.filter((r) => r.year === 2025).map(({ scores: _s, ...r }) => r) : []);
    expect(year(viaXlsx)).toEqual(year(viaCsv));
    expect(year(viaXlsx).find((r) => r.unitId === 'xa-b')?.decision?.date).toBe('2025-12-16');
    expect(rows[2]![rows[0]!.indexOf('ngay_quyet_dinh')]).toBe('16/12/2025');

    // A self-assessed score of 4.5 written as a number and typed as the text "4,5" read the same.
    const selfScore = async (value: Cell) => {
      const g = fixture();
      await asWorkbook(g, 'data/ket-qua/2025.csv', (row, key, text) => (row === 3 && key === 'tc04_tu_cham' ? value : row === 3 && key === 'tong_tu_cham' ? 99.5 : text));
      const o = load(g);
      expect(summary(o.problems)).toEqual([]);
      return o.ok ? o.dataset.results.find((r) => r.year === 2025 && r.unitId === 'xa-b')!.selfTotal : undefined;
    };
    expect(await selfScore(4.5)).toBe(99.5);
    expect(await selfScore('4,5')).toBe(99.5);
  });

  it('keeps the leading zeros of a code kept as text, and names the right code, the sheet, the Excel row and the column letter when Excel made it a number', async () => {
    const f = fixture();
    const rows = rowsOf(f, 'data/don-vi.csv');
    await asWorkbook(f, 'data/don-vi.csv', (row, key, text) => (row === 3 && key === 'ma_xa' ? Number(text) : text));
    const problems = f.validate();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: 'Dữ liệu', row: 3, column: letterOf(rows, 'ma_xa') });
    expect(problems[0]!.file).toMatch(/data\/don-vi\.xlsx$/);
    expect(`${problems[0]!.message} ${problems[0]!.hint}`).toContain('00102');
  });

  it('refuses a table kept both as .csv and as .xlsx, once', async () => {
    const f = fixture();
    f.write('data/don-vi.xlsx', await workbook(rowsOf(f, 'data/don-vi.csv')));
    const problems = f.validate();
    expect(summary(problems)).toEqual([expect.stringContaining('Có cả don-vi.csv và don-vi.xlsx')]);
    expect(problems[0]!.scope).toBe('file');
  });

  it('takes a formula by the value it last computed, and refuses one saved without a value, in a row with data', async () => {
    const f = fixture();
    await asWorkbook(f, 'data/don-vi.csv', (row, key, text) => (row === 2 && key === 'ten' ? { formula: '"Phường "&"A"', result: text } : text));
    expect(summary(f.validate())).toEqual([]);
    const g = fixture();
    const rows = rowsOf(g, 'data/don-vi.csv');
    await asWorkbook(g, 'data/don-vi.csv', (row, key, text) => (row === 2 && key === 'ten' ? ({ formula: '"Phường "&"A"' } as Cell) : text));
    const problems = g.validate();
    // One problem, the cause: not also "required but empty", nor a shifted row for its empty last cells.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: 'Dữ liệu', row: 2, column: letterOf(rows, 'ten') });
    expect(problems[0]!.message).toContain('công thức nhưng tệp không lưu giá trị');
  });

  it('refuses merged cells in the data, naming the range, and accepts them in description rows above the header', async () => {
    const f = fixture();
    await asWorkbook(f, 'data/don-vi.csv', undefined, (_wb, ws) => ws.mergeCells('E3:F3'));
    const problems = f.validate();
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('Vùng ô gộp E3:F3'));
    expect(problems.find((p) => p.message.includes('E3:F3'))).toMatchObject({ sheet: 'Dữ liệu', row: 3, column: 'E' });

    const g = fixture();
    const rows = rowsOf(g, 'data/don-vi.csv');
    await asWorkbook(g, 'data/don-vi.csv', undefined, (_wb, ws) => {
      ws.spliceRows(1, 0, ['Danh sách đơn vị (dòng mô tả)'], []);
      ws.mergeCells('A1:F1');
    });
    const o = load(g);
    expect(summary(o.problems)).toEqual([]);
    expect(o.ok && o.dataset.units.length).toBe(rows.length - 1);
  });

  it('reads the one visible sheet with a header row: a guide sheet is left alone, hidden rows are read, a hidden data sheet or two data sheets are refused', async () => {
    const f = fixture();
    const rows = rowsOf(f, 'data/don-vi.csv');
    await asWorkbook(f, 'data/don-vi.csv', undefined, (wb, ws) => {
      wb.addWorksheet('Hướng dẫn').addRow(['Ghi mã xã 5 chữ số, định dạng Văn bản.']);
      ws.getRow(3).hidden = true;
    });
    const o = load(f);
    expect(summary(o.problems)).toEqual([]);
    expect(o.ok && o.dataset.units.map((u) => u.id)).toEqual(rows.slice(1).map((r) => r[0]));

    const hidden = fixture();
    await asWorkbook(hidden, 'data/don-vi.csv', undefined, (wb, ws) => {
      wb.addWorksheet('Hướng dẫn').addRow(['Ghi chú']);
      ws.state = 'hidden';
    });
    expect(hidden.validate().map((p) => p.message)).toContainEqual('Trang tính dữ liệu “Dữ liệu” đang bị ẩn.');

    const two = fixture();
    await asWorkbook(two, 'data/don-vi.csv', undefined, (wb) => {
      const copy = wb.addWorksheet('Bản sao');
      for (const r of rows) copy.addRow(r);
    });
    expect(two.validate().map((p) => p.message)).toContainEqual(expect.stringContaining('Có 2 trang tính chứa dữ liệu'));
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportWorkbook } from './report-workbook.ts';
import type { ReportTable } from '../site/report-tables.ts';

const TABLE: ReportTable = {
  name: 't',
  sheet: 'Theo loại đơn vị',
  title: 'Thử',
  columns: [
    { key: 'ten', label: 'Khối, loại đơn vị', type: 'string' },
    { key: 'cong_nhan', label: 'Công nhận mới', type: 'integer' },
    { key: 'ty_le', label: 'Tỷ lệ', type: 'number' },
  ],
  rows: [['Xã', 3, 87.5], ['=cmd', 0, null]],
};
const META = { title: 'Báo cáo', publisher: 'Ban Chỉ đạo', date: '2025-12-19' };

describe('the report workbook', () => {
  it('gives the same bytes for the same tables, whenever it is written', async () => {
    const a = await reportWorkbook([TABLE], META);
    await new Promise((r) => setTimeout(r, 2100));
    const b = await reportWorkbook([TABLE], META);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('reads back with numbers as numbers, the header frozen, one sheet per table', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await reportWorkbook([TABLE, { ...TABLE, sheet: 'Theo địa bàn' }], META)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Theo loại đơn vị', 'Theo địa bàn']);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).values).toEqual([undefined, 'Khối, loại đơn vị', 'Công nhận mới', 'Tỷ lệ']);
    expect(ws.getCell('B2').value).toBe(3);
    expect(ws.getCell('C2').value).toBe(87.5);
    expect(ws.getCell('A3').value).toBe('=cmd');
    expect(ws.getCell('A3').formula).toBeUndefined();
  });
});

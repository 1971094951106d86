import ExcelJS from 'exceljs';
import type { ReportTable } from '../site/report-tables.ts';

/**
 * Sets every entry of a zip (an .xlsx) to one DOS time, in its local header and in the central
 * directory: exceljs stamps entries with the moment of writing, and the build must give the same
 * bytes for the same data.
 */
export function stampZip<T extends Uint8Array>(bytes: T, isoDate: string): T {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const dosDate = ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d;
  let eocd = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 65_535); p--) {
    if (view.getUint32(p, true) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new Error('Tệp nén không có mục lục (end of central directory).');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('Mục lục tệp nén hỏng.');
    view.setUint16(p + 12, 0, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('Tệp nén hỏng.');
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return bytes;
}

export interface WorkbookMeta {
  title: string;
  publisher: string;
  /** ISO date the workbook is dated by (the date of the data): the same data gives the same bytes. */
  date: string;
}

/**
 * The report as a workbook: one sheet per table, the header row frozen, numbers as numbers (a
 * count is a number cell, not text), a column of labels wide enough to read.
 */
export async function reportWorkbook(tables: readonly ReportTable[], meta: WorkbookMeta): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const when = new Date(`${meta.date}T00:00:00Z`);
  wb.creator = meta.publisher;
  wb.lastModifiedBy = meta.publisher;
  wb.title = meta.title;
  wb.created = when;
  wb.modified = when;
  for (const t of tables) {
    const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(t.columns.map((c) => c.label));
    for (const row of t.rows) ws.addRow(row.map((v) => (typeof v === 'boolean' ? (v ? 'có' : 'không') : v)));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { wrapText: true, vertical: 'top' };
    t.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.width = c.type === 'string' ? Math.min(48, Math.max(12, ...t.rows.map((r) => String(r[i] ?? '').length + 2))) : 14;
      if (c.type === 'number') col.numFmt = '0.0#';
    });
  }
  const buffer = new Uint8Array(await wb.xlsx.writeBuffer());
  return stampZip(buffer, meta.date);
}

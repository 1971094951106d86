import ExcelJS from 'exceljs';
import { positionsIn } from '../../src/lib/publish/csv-write.ts';

/** A column of a simple table workbook: its key (what validation reads) and a line for the editor. */
export interface TableColumn {
  key: string;
  label: string;
  /** Codes with leading zeros: the column is formatted as text so Excel keeps them. */
  text?: boolean;
  width?: number;
}

export const TABLE_SHEET = 'Dữ liệu';

/**
 * A data table as a workbook an editor keeps in Excel: a row saying what each column is, the keys row
 * validation reads as the header, then the rows. Code columns are formatted as text, so a commune code
 * typed as 00004 keeps its zeros (in a CSV opened by Excel it would become 4).
 */
export async function tableWorkbook(columns: readonly TableColumn[], rows: readonly (readonly (string | number | null)[])[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'antq-dien-hinh';
  const ws = wb.addWorksheet(TABLE_SHEET);
  ws.addRow(columns.map((c) => c.label));
  ws.addRow(columns.map((c) => c.key));
  for (const r of rows) ws.addRow([...r]);
  for (const [i, c] of columns.entries()) {
    const col = ws.getColumn(i + 1);
    col.width = c.width ?? 18;
    if (c.text) col.numFmt = '@';
  }
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  head.height = 48;
  ws.getRow(2).font = { color: { argb: 'FF555555' }, size: 9 };
  for (const r of [1, 2]) ws.getRow(r).eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } }));
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rows added at the end of a table workbook's data sheet, as text typed by an editor, each value under its column's key. */
export async function appendWorkbookRows(bytes: Uint8Array, records: readonly Readonly<Record<string, string>>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.state === 'visible') ?? wb.worksheets[0]!;
  const keys = Object.keys(records[0] ?? {});
  // The keys row: among the first rows, the one naming the most of the records' keys.
  let header: string[] = [];
  for (let r = 1; r <= 13; r++) {
    const cells = ((ws.getRow(r).values as unknown[]) ?? []).slice(1).map((v) => String(v ?? ''));
    if (positionsIn(cells, keys).filter((p) => p >= 0).length > positionsIn(header, keys).filter((p) => p >= 0).length) header = cells;
  }
  const positions = positionsIn(header, keys);
  for (const rec of records) {
    const cells = new Array<string | null>(header.length).fill(null);
    keys.forEach((k, i) => {
      if (positions[i]! >= 0 && rec[k]) cells[positions[i]!] = rec[k]!;
    });
    ws.addRow(cells);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

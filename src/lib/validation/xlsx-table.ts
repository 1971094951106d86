import { MAX_DESCRIPTION_ROWS } from './csv.ts';
import { plainDecimal } from './coerce.ts';
import type { RecordSource } from './table.ts';
import { cleanText, columnLetter } from '../text/strings.ts';
import { CELL, openWorkbook, serialToIsoDate, XlsxError, type XlsxRowCells, type XlsxSheet } from './xlsx.ts';

export type WorkbookTable = { ok: true; source: RecordSource } | { ok: false; message: string; hint: string; sheet?: string | undefined };

/** Thrown to stop reading a sheet once its header is found. */
const FOUND = Symbol('header found');

/** A number as an editor would type it: 12, 4.5 (never 4.499999999999999 from a formula). */
function numberText(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
}

/** The header row of a sheet: among its first rows, the one naming the most column keys (at least 2); null when none does. */
function findHeader(sheet: XlsxSheet, headerScore: (cells: readonly string[]) => number): { row: number; cells: string[]; score: number } | null {
  let found: { row: number; cells: string[]; score: number } | null = null;
  try {
    sheet.forEachRow((row, _hidden, c) => {
      if (row > MAX_DESCRIPTION_ROWS + 1) throw FOUND;
      const cells: string[] = [];
      for (let i = 0; i < c.width; i++) cells.push(c.kind[i] === CELL.text ? cleanText(c.text[i]!) : c.kind[i] === CELL.number ? numberText(c.number[i]!) : '');
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      const score = headerScore(cells);
      if (score >= 2 && score > (found?.score ?? 0)) found = { row, cells, score };
    });
  } catch (e) {
    if (e !== FOUND) throw e;
  }
  return found;
}

const REFORMULA = 'Mở tệp bằng Excel hoặc LibreOffice Calc rồi lưu lại (phần mềm bảng tính sẽ tính lại công thức), hoặc thay công thức bằng giá trị.';

/**
 * The data sheet of a workbook as a record source, read by the same table reader as a CSV file: cells
 * by their type (numbers as numbers, real Excel dates as dates, text as text, a formula by the value
 * it last computed). The data sheet is the visible sheet with a header row among its first rows;
 * other sheets (a guide, lists for drop-downs, an editor's notes) are left alone.
 */
export function openWorkbookTable(bytes: Uint8Array, headerScore: (cells: readonly string[]) => number): WorkbookTable {
  const opened = openWorkbook(bytes);
  if (!opened.ok) return opened;
  const { workbook } = opened;
  const withHeader: { sheet: XlsxSheet; header: { row: number; cells: string[] } }[] = [];
  try {
    for (const sheet of workbook.sheets) {
      const header = findHeader(sheet, headerScore);
      if (header) withHeader.push({ sheet, header });
    }
  } catch (e) {
    if (e instanceof XlsxError) return { ok: false, message: e.message, hint: e.hint };
    throw e;
  }
  const visible = withHeader.filter((s) => s.sheet.state === 'visible');
  if (visible.length === 0) {
    const hidden = withHeader[0];
    if (hidden) return { ok: false, sheet: hidden.sheet.name, message: `Trang tính dữ liệu “${hidden.sheet.name}” đang bị ẩn.`, hint: 'Hiện trang tính (chuột phải vào tên trang tính › Bỏ ẩn / Unhide) để kiểm tra trước khi công bố.' };
    return {
      ok: false,
      message: `Không trang tính nào có dòng tiêu đề (dòng ghi mã cột) trong ${MAX_DESCRIPTION_ROWS + 1} dòng đầu (các trang tính: ${workbook.sheets.map((s) => `“${s.name}”`).join(', ')}).`,
      hint: 'Dòng tiêu đề ghi mã các cột như trong data/README.md (ví dụ ma_don_vi, ten, loai…); tạo lại tệp từ mẫu nếu đã lỡ xóa.',
    };
  }
  if (visible.length > 1) {
    return { ok: false, sheet: visible[1]!.sheet.name, message: `Có ${visible.length} trang tính chứa dữ liệu (${visible.map((s) => `“${s.sheet.name}”`).join(', ')}): không biết dùng trang nào.`, hint: 'Giữ dữ liệu trong một trang tính; xóa trang kia, hoặc xóa dòng tiêu đề (mã cột) của nó nếu chỉ để ghi chép.' };
  }
  const { sheet, header } = visible[0]!;
  const errors: RecordSource['errors'] = [];
  for (const m of sheet.merges) {
    if (m.bottom < header.row) continue;
    errors.push({ row: Math.max(m.top, header.row), cell: m.left, message: `Vùng ô gộp ${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom} nằm trong bảng dữ liệu: chỉ ô đầu có giá trị, các ô còn lại bị coi là trống.`, hint: 'Chọn vùng đó, bỏ gộp ô (Merge & Center › Unmerge Cells) rồi ghi giá trị vào từng ô.' });
  }
  const source: RecordSource = {
    header: header.cells,
    headerRow: header.row,
    sheet: sheet.name,
    errors,
    // Unknown until read: the score table grows as rows come.
    remainingRecords: () => 1024,
    forEachRecord(numericAt, numbers, onRecord) {
      const cells: string[] = [];
      const onRow = (row: number, _hidden: boolean, c: XlsxRowCells) => {
        if (row <= header.row || c.width === 0) return;
        for (let k = 0; k < numbers.length; k++) numbers[k] = NaN;
        let empty = true;
        // A formula's missing or failed value matters only in a row that holds data (the template's
        // empty rows keep lookup formulas that some writers save without a value).
        const rowErrors: RecordSource['errors'] = [];
        for (let i = 0; i < c.width; i++) {
          const slot = i < numericAt.length ? numericAt[i]! : -1;
          let text = '';
          switch (c.kind[i]) {
            case CELL.number: {
              const v = c.number[i]!;
              if (slot >= 0 && v >= 0 && Number.isFinite(v)) numbers[slot] = Number.isInteger(v) ? v : Number(v.toPrecision(15));
              else text = numberText(v);
              empty = false;
              break;
            }
            case CELL.text: {
              text = cleanText(c.text[i]!);
              if (slot >= 0 && text !== '') {
                const v = plainDecimal(text);
                if (v === v) {
                  numbers[slot] = v;
                  text = '';
                  empty = false;
                }
              }
              break;
            }
            case CELL.date:
              text = serialToIsoDate(c.number[i]!, workbook.date1904);
              break;
            case CELL.boolean:
              text = c.number[i] ? 'TRUE' : 'FALSE';
              break;
            case CELL.error:
              rowErrors.push({ row, cell: i, message: `Ô có lỗi công thức ${c.text[i]}.`, hint: 'Sửa công thức của ô (hoặc ô nó tham chiếu), hoặc ghi thẳng giá trị.' });
              break;
            case CELL.formulaWithoutValue:
              rowErrors.push({ row, cell: i, message: 'Ô có công thức nhưng tệp không lưu giá trị đã tính của nó.', hint: REFORMULA });
              break;
          }
          if (text !== '') empty = false;
          cells[i] = text;
        }
        cells.length = c.width;
        // Cells after the last filled one of a row are empty, not missing: a workbook addresses
        // every cell, so nothing can shift left as in a CSV line that lost a separator.
        for (let i = c.width; i < header.cells.length; i++) cells.push('');
        if (empty) return;
        errors.push(...rowErrors);
        onRecord(row, cells, numbers);
      };
      try {
        sheet.forEachRow(onRow);
      } catch (e) {
        if (!(e instanceof XlsxError)) throw e;
        errors.push({ row: header.row, cell: 0, message: e.message, hint: e.hint });
      }
    },
  };
  return { ok: true, source };
}

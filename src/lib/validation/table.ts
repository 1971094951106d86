import type { TableSchema } from '../../schemas/cell.ts';
import { CsvReader, decodeCsv } from './csv.ts';
import { openWorkbookTable } from './xlsx-table.ts';
import type { ProblemList } from './problem.ts';
import { closest, columnLetter, toKey } from '../text/strings.ts';

/** Largest CSV accepted: a national year of results is about 5 MB; far beyond that is a mistake or an attack. */
export const MAX_FILE_BYTES = 64 * 1048576;

/** A typed row and where it came from. */
export interface Located<T> {
  value: T;
  row: number;
}

/** Column key → where it is in the file, to point an editor at the right cell. */
export interface ColumnMap {
  file: string;
  /** The sheet of a workbook the table was read from. */
  sheet?: string | undefined;
  /** Excel row of the header. */
  headerRow: number;
  index: Map<string, number>;
  header: string[];
  /**
   * Columns the header seems to have misnamed (the likely intended key → the header as written):
   * one problem is reported for the header, and nothing that merely follows from the missing column.
   */
  misnamed: Map<string, string>;
}

export function cellAt(map: ColumnMap, row: number, key: string) {
  const i = map.index.get(key);
  return i === undefined
    ? { file: map.file, sheet: map.sheet, row, columnName: key }
    : { file: map.file, sheet: map.sheet, row, column: columnLetter(i), columnName: map.header[i] };
}

/** A row with a problem: its cells as text (by column key) and the typed values of the cells that read. */
export interface FailedRow {
  row: number;
  cells: Record<string, string>;
  typed: Record<string, unknown>;
  /** Column keys whose cell has a problem. */
  bad: Set<string>;
}

/** The id cells of rejected rows that did read (the row has a problem elsewhere): the row exists under that id. */
export function rejectedIds(failed: readonly FailedRow[], column: string): Located<string>[] {
  return failed.flatMap((f) => (f.bad.has(column) || !f.cells[column] ? [] : [{ value: f.cells[column], row: f.row }]));
}

export interface TableRead<T> {
  rows: Located<T>[];
  columns: ColumnMap;
  /** Rows rejected for a problem, so later rules know the row exists and can check what did read. */
  failed: FailedRow[];
  /**
   * The file could not be read at all (missing, wrong encoding, no header, a required column
   * missing): the problem is reported once, and rules report nothing that follows from its rows
   * being absent.
   */
  unreadable: boolean;
}

export function emptyRead<T>(file: string, unreadable = true): TableRead<T> {
  return { rows: [], failed: [], columns: { file, headerRow: 1, index: new Map(), header: [], misnamed: new Map() }, unreadable };
}

function isColumnKey(key: string, schema: TableSchema<unknown>, extra: ExtraColumns | undefined): boolean {
  return schema.columns.includes(key) || (extra?.column.test(key) ?? false);
}

/** A header cell starting with "#" marks an editor's own helper column (a name beside a code, a note): validation skips it. */
export const HELPER_COLUMN = /^#/;

/**
 * Numeric columns a table schema does not fix (the score columns of a results file), read by
 * their own reader: `open` is called once the header is known (`rows`: about how many data rows
 * follow), and its reader then sees every data row, rejected or not, while the row is at hand:
 * `numbers[k]` holds the plain number of the k-th key's cell (NaN when empty or not a plain
 * number, its text then in `cells`).
 */
export interface ExtraColumns {
  column: RegExp;
  /** Keys a file usually has, offered as the likely intended name of an unknown column. */
  expected?: readonly string[];
  /** The column an unknown header most likely means, when the pattern knows better than spelling (tc5_… → tc05_…). */
  likely?: (key: string) => string | undefined;
  open(keys: string[], columns: ColumnMap, rows: number): (row: number, cells: readonly string[], numbers: Float64Array) => void;
}

/**
 * The rows of a table file as text cells, by Excel row: a CSV file, or the data sheet of a workbook
 * (`xlsx-table.ts`). `CsvReader` is one.
 */
export interface RecordSource {
  /** The header cells, trailing empty ones dropped. */
  header: string[];
  /** Excel row of the header (description rows may sit above it). */
  headerRow: number;
  /** The sheet the rows come from, for a workbook. */
  sheet?: string | undefined;
  /** Problems of the file's form met while reading, by row and cell position; `hint` says how to fix. */
  errors: { row: number; cell: number; message: string; hint?: string | undefined }[];
  remainingRecords(): number;
  forEachRecord(numericAt: Int32Array, numbers: Float64Array, onRecord: (row: number, cells: string[], numbers: Float64Array) => void): void;
}

const QUOTE_HINT = 'Kiểm tra dấu ngoặc kép (") trong các ô: mỗi ô mở ngoặc phải đóng ngoặc, và dấu ngoặc kép trong nội dung phải viết đôi ("").';

/**
 * Reads one table file (CSV, or a workbook's data sheet) against its table schema. Every problem of
 * every row is reported; a row with any problem is left out of `rows` so no rule downstream sees a
 * half-read value.
 */
export function readTable<T>(
  file: string,
  bytes: Uint8Array,
  schema: TableSchema<T>,
  problems: ProblemList,
  extra?: ExtraColumns,
): TableRead<T> {
  if (bytes.length > MAX_FILE_BYTES) {
    problems.add({ file, scope: 'file', message: `Tệp nặng ${Math.round(bytes.length / 1048576)} MB, quá giới hạn ${MAX_FILE_BYTES / 1048576} MB.`, hint: 'Kiểm tra tệp có bị chép lặp dữ liệu không; mỗi năm một tệp kết quả riêng.' });
    return emptyRead(file);
  }
  // The header is the row naming the most of the file's columns (at least two) among the first rows: a
  // template has description rows above it, whose labels may fold to a key or two ("Mã đơn vị").
  const headerScore = (cells: readonly string[]) => new Set(cells.map(toKey).filter((k) => isColumnKey(k, schema, extra))).size;
  if (/\.xlsx$/i.test(file)) {
    const opened = openWorkbookTable(bytes, headerScore);
    if (!opened.ok) {
      problems.add({ file, scope: 'file', sheet: opened.sheet, message: opened.message, hint: opened.hint });
      return emptyRead(file);
    }
    return readRecords(file, opened.source, schema, problems, extra);
  }
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) {
    problems.add({ file, scope: 'file', row: decoded.row, message: decoded.message, hint: decoded.hint });
    return emptyRead(file);
  }
  return readRecords(file, new CsvReader(decoded.text, headerScore), schema, problems, extra);
}

function readRecords<T>(file: string, source: RecordSource, schema: TableSchema<T>, problems: ProblemList, extra: ExtraColumns | undefined): TableRead<T> {
  const { sheet, headerRow } = source;
  let reported = 0;
  const helperAt = new Set<number>();
  const reportSourceErrors = () => {
    for (const e of source.errors.slice(reported)) {
      // A formula or an error in the editor's own helper column (a name looked up) is not the data's problem.
      if (helperAt.has(e.cell)) continue;
      problems.add({ file, sheet, row: e.row, column: columnLetter(e.cell), columnName: source.header[e.cell], message: e.message, hint: e.hint ?? QUOTE_HINT });
    }
    reported = source.errors.length;
  };
  const header = source.header;
  if (header.length === 0) {
    reportSourceErrors();
    problems.add({ file, sheet, scope: 'file', row: headerRow, message: 'Tệp trống, không có dòng tiêu đề.', hint: `Dòng 1 phải là tiêu đề cột: ${schema.columns.join(', ')}.` });
    return emptyRead(file);
  }
  if (header.length === 1 && schema.columns.length > 1) {
    // One header cell holding several column names: the file is separated by something else than , ; or tab.
    const names = toKey(header[0]!).split(/[^a-z0-9_.]+/).filter((k) => schema.columns.includes(k));
    if (names.length >= 2) {
      problems.add({ file, sheet, scope: 'file', row: headerRow, message: `Không nhận ra dấu phân cách cột: cả dòng tiêu đề nằm trong một ô ("${header[0]!.slice(0, 60)}").`, hint: 'Lưu lại tệp bằng Excel kiểu "CSV UTF-8 (Phân cách bằng dấu phẩy)"; dấu phân cách phải là dấu phẩy (,), chấm phẩy (;) hoặc tab.' });
      return emptyRead(file);
    }
  }

  const index = new Map<string, number>();
  const extraIndex = new Map<string, number>();
  const misnamed = new Map<string, string>();
  const expected = [...schema.columns, ...(extra?.expected ?? [])];
  header.forEach((text, i) => {
    const key = toKey(text);
    const at = { file, sheet, scope: 'file' as const, row: headerRow, column: columnLetter(i), columnName: text };
    if (key === '') {
      problems.add({ ...at, message: 'Cột không có tiêu đề.', hint: 'Điền tiêu đề cho cột hoặc xóa cột nếu thừa.' });
    } else if (HELPER_COLUMN.test(text) || schema.helperColumns?.includes(key)) {
      // An editor's helper column: kept in the file, not read.
      helperAt.add(i);
    } else if (index.has(key) || extraIndex.has(key)) {
      problems.add({ ...at, message: `Cột "${text}" bị lặp lại.`, hint: 'Xóa một trong hai cột trùng tên.' });
    } else if (schema.columns.includes(key)) {
      index.set(key, i);
    } else if (extra?.column.test(key)) {
      extraIndex.set(key, i);
    } else if (schema.retiredColumns?.[key]) {
      problems.add({ ...at, message: `Cột "${text}" không còn dùng.`, hint: schema.retiredColumns[key] });
    } else {
      const guess = extra?.likely?.(key) ?? closest(key, expected);
      if (guess && !header.some((h) => toKey(h) === guess)) misnamed.set(guess, text);
      problems.add({
        ...at,
        message: guess ? `Cột "${text}" không có trong mẫu của tệp này; có phải là "${guess}"?` : `Cột "${text}" không có trong mẫu của tệp này.`,
        hint: guess
          ? `Sửa tiêu đề thành "${guess}".`
          : `Xóa cột, hoặc nếu đây là cột ghi chép riêng của cán bộ, thêm dấu # vào đầu tiêu đề (ví dụ "#${text}") để phần mềm bỏ qua. Các cột của tệp: ${schema.columns.join(', ')}.`,
      });
    }
  });
  // A required column that is only misnamed is already reported, with its fix.
  const missing = schema.requiredColumns.filter((c) => !index.has(c));
  for (const c of missing) {
    if (misnamed.has(c)) continue;
    problems.add({ file, sheet, scope: 'file', row: headerRow, columnName: c, message: `Thiếu cột bắt buộc "${c}".`, hint: `Thêm cột có tiêu đề "${c}" ở dòng tiêu đề (xem data/README.md).` });
  }
  reportSourceErrors();
  const columns: ColumnMap = { file, sheet, headerRow, index, header, misnamed };
  if (missing.length > 0) return { ...emptyRead<T>(file), columns };

  const rows: Located<T>[] = [];
  const failed: FailedRow[] = [];
  // Where each schema column sits in the file (-1: optional column left out, read as empty).
  const positions = schema.columns.map((c) => index.get(c) ?? -1);
  for (const [key, i] of extraIndex) index.set(key, i);
  const readExtra = extra?.open([...extraIndex.keys()], columns, source.remainingRecords());
  // The extra columns are numbers: the reader puts them in `numbers`, in the order of their keys.
  const numericAt = new Int32Array(header.length).fill(-1);
  [...extraIndex.values()].forEach((position, k) => (numericAt[position] = k));
  // A row with nothing but helper cells (a name looked up for an empty code) is an empty row.
  const onlyHelpers = (cells: readonly string[], numbers: Float64Array) => {
    for (let i = 0; i < cells.length; i++) if (cells[i] !== '' && !helperAt.has(i)) return false;
    for (let k = 0; k < numbers.length; k++) if (numbers[k] === numbers[k]) return false;
    return true;
  };
  /** Whether the source reported the cell at this row (its errors for a row come right before the row). */
  const sourceErrorAt = (row: number, cell: number) => {
    for (let k = source.errors.length - 1; k >= reported && source.errors[k]!.row === row; k--) if (source.errors[k]!.cell === cell) return true;
    return false;
  };
  source.forEachRecord(numericAt, new Float64Array(extraIndex.size), (row, recordCells, numbers) => {
    if (helperAt.size > 0 && onlyHelpers(recordCells, numbers)) return;
    for (let i = header.length; i < recordCells.length; i++) {
      if (recordCells[i] !== '') {
        problems.add({ file, sheet, row, column: columnLetter(i), message: 'Ô có giá trị nằm ngoài các cột có tiêu đề (dòng bị lệch cột?).', hint: 'Kiểm tra dấu phân cách trong dòng này; giá trị có dấu phẩy phải đặt trong ngoặc kép.' });
      }
    }
    const read = schema.read(recordCells, positions);
    if (read.ok) rows.push({ value: read.value, row });
    else {
      const input: Record<string, string> = {};
      schema.columns.forEach((c, k) => (input[c] = positions[k]! < 0 ? '' : (recordCells[positions[k]!] ?? '')));
      failed.push({ row, cells: input, typed: read.typed, bad: new Set(read.issues.map((i) => i.column)) });
      if (recordCells.length < header.length) {
        problems.add({ file, sheet, row, message: `Dòng có ${recordCells.length} ô nhưng dòng tiêu đề có ${header.length} cột: các giá trị có thể đã bị lệch cột.`, hint: 'So từng ô của dòng với tiêu đề; một ô bị xóa (không phải để trống) làm các ô sau dồn sang trái.' });
      }
      for (const issue of read.issues) {
        // A cell the source already reported (a formula without a value, an error value) reads as
        // empty: "required but empty" there would only follow from that cause.
        if (sourceErrorAt(row, positions[schema.columns.indexOf(issue.column)] ?? -1)) continue;
        problems.add({ ...cellAt(columns, row, issue.column), message: issue.message, hint: issue.hint });
      }
    }
    readExtra?.(row, recordCells, numbers);
  });
  reportSourceErrors();
  return { rows, failed, columns, unreadable: false };
}

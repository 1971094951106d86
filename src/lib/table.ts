import type { TableSchema } from '../schemas/cell.ts';
import { CsvReader, decodeCsv } from './csv.ts';
import type { ProblemList } from './problem.ts';
import { closest, columnLetter, toKey } from './text.ts';

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
  index: Map<string, number>;
  header: string[];
}

export function cellAt(map: ColumnMap, row: number, key: string) {
  const i = map.index.get(key);
  return i === undefined
    ? { file: map.file, row, columnName: key }
    : { file: map.file, row, column: columnLetter(i), columnName: map.header[i] };
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
}

export function emptyRead<T>(file: string): TableRead<T> {
  return { rows: [], failed: [], columns: { file, index: new Map(), header: [] } };
}

/**
 * Numeric columns a table schema does not fix (the score columns of a results file), read by
 * their own reader: `open` is called once the header is known (`rows`: about how many data rows
 * follow), and its reader then sees every data row, rejected or not, while the row is at hand:
 * `numbers[k]` holds the plain number of the k-th key's cell (NaN when empty or not a plain
 * number, its text then in `cells`).
 */
export interface ExtraColumns {
  column: RegExp;
  open(keys: string[], columns: ColumnMap, rows: number): (row: number, cells: readonly string[], numbers: Float64Array) => void;
}

/**
 * Reads one CSV file against its table schema. Every problem of every row is reported; a row
 * with any problem is left out of `rows` so no rule downstream sees a half-read value.
 */
export function readTable<T>(
  file: string,
  bytes: Uint8Array,
  schema: TableSchema<T>,
  problems: ProblemList,
  extra?: ExtraColumns,
): TableRead<T> {
  if (bytes.length > MAX_FILE_BYTES) {
    problems.add({ file, message: `Tệp nặng ${Math.round(bytes.length / 1048576)} MB, quá giới hạn ${MAX_FILE_BYTES / 1048576} MB.`, hint: 'Kiểm tra tệp có bị chép lặp dữ liệu không; mỗi năm một tệp kết quả riêng.' });
    return emptyRead(file);
  }
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) {
    problems.add({ file, row: decoded.row, message: decoded.message, hint: decoded.hint });
    return emptyRead(file);
  }
  const csv = new CsvReader(decoded.text);
  let reported = 0;
  const reportCsvErrors = () => {
    for (const e of csv.errors.slice(reported)) {
      problems.add({ file, row: e.row, column: columnLetter(e.cell), columnName: csv.header[e.cell], message: e.message, hint: 'Kiểm tra dấu ngoặc kép (") trong các ô: mỗi ô mở ngoặc phải đóng ngoặc, và dấu ngoặc kép trong nội dung phải viết đôi ("").' });
    }
    reported = csv.errors.length;
  };
  reportCsvErrors();
  const header = csv.header;
  if (header.length === 0) {
    problems.add({ file, row: 1, message: 'Tệp trống, không có dòng tiêu đề.', hint: `Dòng 1 phải là tiêu đề cột: ${schema.columns.join(', ')}.` });
    return emptyRead(file);
  }

  const index = new Map<string, number>();
  const extraIndex = new Map<string, number>();
  header.forEach((text, i) => {
    const key = toKey(text);
    const at = { file, row: 1, column: columnLetter(i), columnName: text };
    if (key === '') {
      problems.add({ ...at, message: 'Cột không có tiêu đề.', hint: 'Điền tiêu đề cho cột hoặc xóa cột nếu thừa.' });
    } else if (index.has(key) || extraIndex.has(key)) {
      problems.add({ ...at, message: `Cột "${text}" bị lặp lại.`, hint: 'Xóa một trong hai cột trùng tên.' });
    } else if (schema.columns.includes(key)) {
      index.set(key, i);
    } else if (extra?.column.test(key)) {
      extraIndex.set(key, i);
    } else {
      const guess = closest(key, schema.columns);
      problems.add({
        ...at,
        message: `Cột "${text}" không có trong mẫu của tệp này.`,
        hint: guess ? `Có phải là "${guess}"? Sửa tiêu đề cho đúng.` : `Các cột hợp lệ: ${schema.columns.join(', ')}. Xóa cột thừa hoặc sửa tiêu đề.`,
      });
    }
  });
  const missing = schema.requiredColumns.filter((c) => !index.has(c));
  for (const c of missing) {
    problems.add({ file, row: 1, columnName: c, message: `Thiếu cột bắt buộc "${c}".`, hint: `Thêm cột có tiêu đề "${c}" ở dòng 1 (xem data/README.md).` });
  }
  const columns: ColumnMap = { file, index, header };
  if (missing.length > 0) return { ...emptyRead<T>(file), columns };

  const rows: Located<T>[] = [];
  const failed: FailedRow[] = [];
  // Where each schema column sits in the file (-1: optional column left out, read as empty).
  const positions = schema.columns.map((c) => index.get(c) ?? -1);
  for (const [key, i] of extraIndex) index.set(key, i);
  const readExtra = extra?.open([...extraIndex.keys()], columns, csv.remainingRecords());
  // The extra columns are numbers: the reader puts them in `numbers`, in the order of their keys.
  const numericAt = new Int32Array(header.length).fill(-1);
  [...extraIndex.values()].forEach((position, k) => (numericAt[position] = k));
  csv.forEachRecord(numericAt, new Float64Array(extraIndex.size), (row, recordCells, numbers) => {
    for (let i = header.length; i < recordCells.length; i++) {
      if (recordCells[i] !== '') {
        problems.add({ file, row, column: columnLetter(i), message: 'Ô có giá trị nằm ngoài các cột có tiêu đề (dòng bị lệch cột?).', hint: 'Kiểm tra dấu phân cách trong dòng này; giá trị có dấu phẩy phải đặt trong ngoặc kép.' });
      }
    }
    const read = schema.read(recordCells, positions);
    if (read.ok) rows.push({ value: read.value, row });
    else {
      const input: Record<string, string> = {};
      schema.columns.forEach((c, k) => (input[c] = positions[k]! < 0 ? '' : (recordCells[positions[k]!] ?? '')));
      failed.push({ row, cells: input, typed: read.typed, bad: new Set(read.issues.map((i) => i.column)) });
      if (recordCells.length < header.length) {
        problems.add({ file, row, message: `Dòng có ${recordCells.length} ô nhưng dòng tiêu đề có ${header.length} cột: các giá trị có thể đã bị lệch cột.`, hint: 'So từng ô của dòng với tiêu đề; một ô bị xóa (không phải để trống) làm các ô sau dồn sang trái.' });
      }
      for (const issue of read.issues) problems.add({ ...cellAt(columns, row, issue.column), message: issue.message, hint: issue.hint });
    }
    readExtra?.(row, recordCells, numbers);
  });
  reportCsvErrors();
  return { rows, failed, columns };
}

import { isCommuneKind } from '../../../schemas/vocabulary.ts';
import { cellAt, rejectedIds, type ColumnMap, type FailedRow, type Located } from '../table.ts';
import type { ResultsFile, RuleContext } from './context.ts';

const DUPLICATE_HINT = 'Mỗi giá trị chỉ được xuất hiện một lần: xóa dòng lặp hoặc sửa mã cho đúng.';

function unique<T>(rows: Located<T>[], columns: ColumnMap, key: (v: T) => string | null, column: string, what: string, ctx: RuleContext): void {
  const seen = new Map<string, number>();
  for (const { value, row } of rows) {
    const k = key(value);
    if (k === null) continue;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, row);
    else ctx.problems.add({ ...cellAt(columns, row, column), message: `${what} "${k}" trùng với dòng ${first}.`, hint: DUPLICATE_HINT });
  }
}

/**
 * The id cells of a table's rows in file order, rejected rows included when their id cell read:
 * a duplicate is reported in the same run as the other problem of its row.
 */
function ids<T>(rows: Located<T>[], failed: readonly FailedRow[], id: (v: T) => string, column: string): Located<string>[] {
  const read = rows.map(({ value, row }) => ({ value: id(value), row }));
  const rejected = rejectedIds(failed, column);
  return rejected.length === 0 ? read : [...read, ...rejected].sort((a, b) => a.row - b.row);
}

/**
 * A unit appears once in a year's results. The rows' units are already looked up (see the rule
 * context), so a national year (40,000 rows and more) is checked by position, not by id.
 */
function uniqueUnitsOfYear({ source, rows }: ResultsFile, ctx: RuleContext): void {
  const firstRow = new Int32Array(ctx.units.length); // 0: not seen yet (data rows start at 2)
  const others = new Map<string, number>();
  const check = (id: string, unitNo: number, row: number) => {
    const first = unitNo >= 0 ? firstRow[unitNo]! : (others.get(id) ?? 0);
    if (first === 0) {
      if (unitNo >= 0) firstRow[unitNo] = row;
      else others.set(id, row);
    } else ctx.problems.add({ ...cellAt(source.columns, row, 'ma_don_vi'), message: `Đơn vị "${id}" trùng với dòng ${first}.`, hint: DUPLICATE_HINT });
  };
  // Rejected rows whose id read count too, in file order with the others.
  const rejected = rejectedIds(source.failed, 'ma_don_vi');
  let j = 0;
  const rejectedUpTo = (row: number) => {
    for (; j < rejected.length && rejected[j]!.row < row; j++) check(rejected[j]!.value, ctx.unitNos.get(rejected[j]!.value) ?? -1, rejected[j]!.row);
  };
  for (const { value, row, unitNo } of rows) {
    rejectedUpTo(row);
    check(value.unitId, unitNo, row);
  }
  rejectedUpTo(Infinity);
}

const itself = (s: string) => s;

/** Ids are unique, so a duplicated row never silently replaces an earlier one. */
export function uniqueIds(ctx: RuleContext): void {
  const { units, models, targets, criteriaSets } = ctx.sources;
  unique(ids(units.rows, units.failed, (u) => u.id, 'ma_don_vi'), units.columns, itself, 'ma_don_vi', 'Mã đơn vị', ctx);
  // A commune is one unit; agencies, schools and residential areas share the commune they are in.
  unique(units.rows, units.columns, (u) => (isCommuneKind(u.kind) ? u.communeCode : null), 'ma_xa', 'Mã xã, phường, đặc khu', ctx);
  unique(ids(models.rows, models.failed, (m) => m.slug, 'ma_mo_hinh'), models.columns, itself, 'ma_mo_hinh', 'Mã mô hình', ctx);
  unique(targets.rows, targets.columns, (t) => `${t.year} · ${t.group}`, 'nhom', 'Chỉ tiêu', ctx);
  for (const file of ctx.results) uniqueUnitsOfYear(file, ctx);
  const setFiles = new Map<string, string>();
  for (const s of criteriaSets) {
    const expected = s.file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (s.value.id !== expected) {
      ctx.problems.add({ file: s.file, columnName: 'ma', message: `Mã bộ tiêu chí "${s.value.id}" khác tên tệp "${expected}".`, hint: `Đặt "ma": "${expected}" hoặc đổi tên tệp cho khớp.` });
    }
    const other = setFiles.get(s.value.id);
    if (other) ctx.problems.add({ file: s.file, columnName: 'ma', message: `Mã bộ tiêu chí "${s.value.id}" đã dùng ở ${other}.`, hint: 'Mỗi bộ tiêu chí một mã riêng.' });
    setFiles.set(s.value.id, s.file);
  }
}

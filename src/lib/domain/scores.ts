import { NO_SCORES, parseScoreColumn, SCORE_COLUMN, scoreColumn, type CriterionScore, type CriterionSlots, type RowScores, type ScoreTable, type Side } from '../../schemas/result.ts';
import { decimal } from '../validation/coerce.ts';
import { cellAt, type ColumnMap, type ExtraColumns } from '../validation/table.ts';
import type { ProblemList } from '../validation/problem.ts';

/** A score slot's value, or null when nothing was given. */
export function slot(scores: RowScores, at: number): number | null {
  if (at < 0) return null;
  const v = scores.table.values[scores.offset + at]!;
  return v === v ? v : null;
}

/**
 * Whether the row gives any score for this criterion, on either side. A sub-item given counts too:
 * its criterion's slot holds the items' sum when the criterion's own cell is empty.
 */
export function hasCriterion(scores: RowScores, c: CriterionSlots): boolean {
  return slot(scores, c.self) !== null || slot(scores, c.appraised) !== null;
}

/** Whether the row gives any score at all. */
export function hasScores(scores: RowScores): boolean {
  return scores.table.criteria.some((c) => hasCriterion(scores, c));
}

/** Sum of the criterion-level scores of one side, or null when none is given. */
export function scoreTotal(scores: RowScores, side: Side): number | null {
  const { table, offset } = scores;
  let total = 0;
  let any = false;
  for (const c of table.criteria) {
    const at = c[side];
    if (at < 0) continue;
    const v = table.values[offset + at]!;
    if (v === v) {
      total += v;
      any = true;
    }
  }
  return any ? round(total) : null;
}

/** The row's scores as objects, criteria that have any score only, as `unpackScores` gives them back: for tests and tools that compare them. */
export function criterionScores(scores: RowScores): CriterionScore[] {
  const out: CriterionScore[] = [];
  for (const c of scores.table.criteria) {
    if (!hasCriterion(scores, c)) continue;
    const items = c.items
      .map((i) => ({ item: i.item, self: slot(scores, i.self), appraised: slot(scores, i.appraised) }))
      .filter((i) => i.self !== null || i.appraised !== null);
    out.push({ criterion: c.criterion, self: slot(scores, c.self), appraised: slot(scores, c.appraised), items });
  }
  return out;
}

/** Rows a score table is first sized for at most: a national year is ~50,000; more rows grow it. */
const MAX_INITIAL_ROWS = 131_072;

/** A score column of a file: where its cells are in a row, and which slot of the table they fill. */
interface ScoreCell {
  key: string;
  position: number;
  slot: number;
}

/**
 * Reads the `tcNN_*` cells of a results file, row by row, into its score table. Bad numbers are
 * reported and left empty, so the row's other checks still run.
 */
export class ScoreReader {
  readonly table: ScoreTable;
  private readonly cells: ScoreCell[];
  /** Criteria that have sub-item columns: their criterion score is the items' sum when left empty. */
  private readonly itemised: CriterionSlots[];
  /** Row number of each table row, ascending (rows arrive in file order): `scoresOf` finds a row by halving. */
  private rowNumbers: Int32Array;
  /** Slot of each score column, and where its cell is in a row of the file, in key order. */
  private readonly slots: Int32Array;
  private readonly positions: Int32Array;
  private readonly columns: ColumnMap;
  private readonly problems: ProblemList;
  private rows = 0;

  /** `keys`: the file's score columns, in the order `read` gets their numbers; `rows`: about how many data rows the file has (more are made room for). */
  constructor(keys: readonly string[], columns: ColumnMap, rows: number, problems: ProblemList) {
    this.columns = columns;
    this.problems = problems;
    const byCriterion = new Map<number, CriterionSlots>();
    const criterion = (no: number) => {
      let c = byCriterion.get(no);
      if (!c) byCriterion.set(no, (c = { criterion: no, self: -1, appraised: -1, items: [] }));
      return c;
    };
    this.cells = keys.map((key, slot) => {
      const { criterion: no, item: itemNo, side } = parseScoreColumn(key)!;
      const c = criterion(no);
      if (itemNo === null) c[side] = slot;
      else {
        let item = c.items.find((i) => i.item === itemNo);
        if (!item) c.items.push((item = { item: itemNo, self: -1, appraised: -1 }));
        // "tc14.1" and "tc14.01" name the same sub-item: one of them would be silently ignored.
        if (item[side] >= 0) {
          problems.add({ ...cellAt(columns, columns.headerRow, key), message: `Cột "${key}" trùng với cột "${keys[item[side]]}": cùng tiêu chí ${c.criterion}, nội dung ${itemNo}.`, hint: 'Xóa một trong hai cột (chép điểm sang cột còn lại nếu cần).' });
        } else item[side] = slot;
      }
      return { key, position: columns.index.get(key)!, slot };
    });
    let width = keys.length;
    for (const c of byCriterion.values()) {
      c.items.sort((a, b) => a.item - b.item);
      // A side given only by sub-items gets a slot of its own for their sum.
      for (const side of ['self', 'appraised'] as const) if (c[side] < 0 && c.items.some((i) => i[side] >= 0)) c[side] = width++;
    }
    this.slots = Int32Array.from(this.cells, (c) => c.slot);
    this.positions = Int32Array.from(this.cells, (c) => c.position);
    const criteria = [...byCriterion.values()].sort((a, b) => a.criterion - b.criterion);
    this.itemised = criteria.filter((c) => c.items.length > 0);
    // Sized once for a file of the usual size (every slot of a row is written when the row is read);
    // capped, since a file of a million blank lines would otherwise ask for hundreds of MB up front.
    const capacity = Math.min(rows, MAX_INITIAL_ROWS);
    this.table = { criteria, width, values: new Float64Array(width * capacity) };
    this.rowNumbers = new Int32Array(capacity);
  }

  /** Reads one data row: its cells as in the file, and the plain numbers of its score cells (NaN: see the cell). */
  read(row: number, cells: readonly string[], numbers: Float64Array): void {
    const { width } = this.table;
    if (this.rows === this.rowNumbers.length) this.grow();
    const base = this.rows * width;
    this.rowNumbers[this.rows++] = row;
    const values = this.table.values;
    const slots = this.slots;
    for (let k = 0; k < slots.length; k++) {
      const value = numbers[k]!;
      values[base + slots[k]!] = value;
      if (value !== value) {
        const raw = cells[this.positions[k]!];
        if (raw !== undefined && raw !== '') this.readText(row, k, raw, base);
      }
    }
    for (let at = slots.length; at < width; at++) values[base + at] = NaN;
    for (const c of this.itemised) {
      // Only sub-items given: the criterion's score is their sum (a rule checks it when both are given).
      for (const side of ['self', 'appraised'] as const) {
        if (c[side] < 0 || values[base + c[side]] === values[base + c[side]]) continue;
        let sum = 0;
        let any = false;
        for (const i of c.items) {
          const v = i[side] < 0 ? NaN : values[base + i[side]]!;
          if (v === v) {
            sum += v;
            any = true;
          }
        }
        if (any) values[base + c[side]] = round(sum);
      }
    }
  }

  /** A score cell that is not a plain number: negative, or not a number at all. */
  private readText(row: number, k: number, raw: string, base: number): void {
    const { key, slot } = this.cells[k]!;
    const parsed = decimal(raw);
    if (!parsed.ok) this.problems.add({ ...cellAt(this.columns, row, key), message: parsed.message, hint: parsed.hint });
    else if (parsed.value < 0) this.problems.add({ ...cellAt(this.columns, row, key), message: `Điểm ${raw} là số âm.`, hint: 'Điểm từ 0 đến điểm tối đa của tiêu chí.' });
    else this.table.values[base + slot] = parsed.value;
  }

  /** Room for more rows than the file was thought to have (the estimate counts line breaks, so this is a safety net). */
  private grow(): void {
    const values = new Float64Array(this.table.values.length * 2 + this.table.width);
    values.set(this.table.values);
    this.table.values = values;
    const rowNumbers = new Int32Array(this.rowNumbers.length * 2 + 1);
    rowNumbers.set(this.rowNumbers);
    this.rowNumbers = rowNumbers;
  }

  /** Drops the room kept for more rows, once the file is read. */
  finish(): void {
    const used = this.rows * this.table.width;
    // Empty lines and line breaks inside quotes were counted as rows: the table keeps only the rows read.
    if (this.table.values.length !== used) this.table.values = this.table.values.slice(0, used);
  }

  /** The scores read for a data row (by its row number in the file). */
  scoresOf(row: number): RowScores {
    let low = 0;
    let high = this.rows - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = this.rowNumbers[mid]!;
      if (at === row) return { table: this.table, offset: mid * this.table.width };
      if (at < row) low = mid + 1;
      else high = mid - 1;
    }
    return NO_SCORES;
  }
}

/** Scores carry at most two decimals; rounding keeps 0.1 + 0.2 from failing an equality check. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The score columns a results file usually has (criteria 1–20, both sides): what an unknown column is compared with. */
export const EXPECTED_SCORE_COLUMNS: readonly string[] = Array.from({ length: 20 }, (_, i) => [scoreColumn(i + 1, null, 'self'), scoreColumn(i + 1, null, 'appraised')]).flat();

/**
 * The score column an unknown header means when only its spelling of the numbers is off:
 * "tc5_tham_dinh", "tc_05_tham_dinh", "TC5 tự chấm" or "tc14_2_tu_cham" → "tc05_tham_dinh"…
 */
export function likelyScoreColumn(key: string): string | undefined {
  const m = /^tc_?0*(\d{1,2})(?:[._]0*(\d{1,2}))?_?(tu_?cham|tham_?dinh)$/.exec(key);
  if (!m) return undefined;
  return scoreColumn(Number(m[1]), m[2] === undefined ? null : Number(m[2]), m[3]!.startsWith('tu') ? 'self' : 'appraised');
}

/**
 * How a results file's `tcNN_*` cells are read, for a table reader: the columns to hand over, and once
 * the file is read, the score reader that holds every row's scores (none when the file had no such cell).
 */
export function scoreColumns(problems: ProblemList): { extra: ExtraColumns; finish(): ScoreReader | undefined } {
  let scores: ScoreReader | undefined;
  return {
    extra: {
      column: SCORE_COLUMN,
      expected: EXPECTED_SCORE_COLUMNS,
      likely: likelyScoreColumn,
      open: (keys, columns, rows) => {
        const reader = (scores = new ScoreReader(keys, columns, rows, problems));
        return (row, cells, numbers) => reader.read(row, cells, numbers);
      },
    },
    finish() {
      scores?.finish();
      return scores;
    },
  };
}

import type { z } from 'astro/zod';
import { cell, table, type TableSchema } from './cell.ts';
import { CLASSIFICATIONS, OUTCOMES, SAFETY, STAGES, type Classification, type Outcome, type Stage } from './vocabulary.ts';

/** A decision (quyết định) of recognition or revocation. Any part may be missing in the file; a rule checks. */
export interface Decision {
  number: string | null;
  /** ISO date. */
  date: string | null;
  body: string | null;
}

/** Self and appraised points of one criterion (tiêu chí), optionally with its sub-items (nội dung). */
export interface CriterionScore {
  criterion: number;
  self: number | null;
  appraised: number | null;
  items: { item: number; self: number | null; appraised: number | null }[];
}

/** Self-assessed (tự chấm) or appraised (thẩm định) points. */
export type Side = 'self' | 'appraised';

/** Where a sub-item's (nội dung) two scores sit in a row of a score table; -1 when the file has no such column. */
export interface ItemSlots {
  item: number;
  self: number;
  appraised: number;
}

/** Where a criterion's (tiêu chí) two scores sit in a row of a score table; -1 when the file has no cell for that side. */
export interface CriterionSlots {
  criterion: number;
  self: number;
  appraised: number;
  /** Sub-items with their own columns, in item order; nearly always none. */
  items: ItemSlots[];
}

/**
 * The score cells of one results file as numbers: `width` slots per data row, NaN where the cell
 * is empty or did not read. A criterion given only by its sub-items holds their sum.
 *
 * Why packed: kept as an object per criterion, a national year (200,000 rows × 20 criteria) was
 * four million objects: reading them and collecting them afterwards were the largest costs of
 * validating a national dataset.
 */
export interface ScoreTable {
  /** Criteria with at least one column in the file, in criterion order. */
  criteria: CriterionSlots[];
  width: number;
  values: Float64Array;
}

/** One result's scores: its row of its file's score table. */
export interface RowScores {
  table: ScoreTable;
  offset: number;
}

/** The scores of a row with no score at all (and of files without score columns). */
export const NO_SCORES: RowScores = Object.freeze({ table: Object.freeze({ criteria: [], width: 0, values: new Float64Array(0) }), offset: 0 });

/** A unit's result (kết quả) for one year: one row of `data/ket-qua/<year>.csv`. */
export interface Result {
  year: number;
  unitId: string;
  /** Registered (đăng ký) at the start of the year. */
  registered: boolean;
  /** Building year or maintenance year (giai đoạn). */
  stage: Stage;
  /** "An toàn về ANTT" met the year before; null when not reported. */
  safe: boolean | null;
  /** Movement classification (xếp loại phong trào) of the year before. */
  classification: Classification | null;
  outcome: Outcome;
  decision: Decision | null;
  /** Criteria set the scores were given against (bo_tieu_chi). */
  criteriaSetId: string | null;
  /** Totals as written in the file, checked against the criteria. */
  selfTotal: number | null;
  appraisedTotal: number | null;
  /** Per-criterion scores from the `tcNN_*` columns: the row's slots in its file's score table (`lib/domain/scores.ts`). */
  scores: RowScores;
  note: string | null;
}

/**
 * A result as the site keeps it (in the one content entry per unit): the scores packed into one
 * string by `lib/domain/packed-scores.ts`, so a national dataset stays a small data store.
 */
export type StoredResult = Omit<Result, 'scores'> & {
  packedScores: string;
  /** Maximum points of the result's criteria set (100, 50): every score is shown with it, and lists compare by the share of it. */
  maxPoints: number | null;
};

/**
 * The fixed columns of a yearly results file, in the order files are written (`resultHeader`); the
 * `tcNN_*` score columns go before the note and are read by `lib/domain/scores.ts`.
 */
const resultColumns = {
  /** Optional: a row without it is of the year its file is named after (read-sources fills it in). */
  nam: cell.optionalYear(),
  ma_don_vi: cell.id(),
  dang_ky: cell.boolean(),
  giai_doan: cell.vocabulary(STAGES),
  an_toan_antt: cell.optionalVocabulary(SAFETY),
  xep_loai: cell.optionalVocabulary(CLASSIFICATIONS),
  ket_qua: cell.vocabulary(OUTCOMES),
  so_quyet_dinh: cell.optionalText(),
  ngay_quyet_dinh: cell.optionalDate(),
  co_quan_quyet_dinh: cell.optionalText(),
  bo_tieu_chi: cell.optionalId(),
  tong_tu_cham: cell.optionalDecimal(),
  tong_tham_dinh: cell.optionalDecimal(),
  ghi_chu: cell.optionalText(),
};

/** A result row's fixed cells as typed values, before they become a `Result`. */
export type ResultRowCells = z.output<z.ZodObject<typeof resultColumns>>;

const resultRows = table(
  resultColumns,
  ['nam', 'an_toan_antt', 'xep_loai', 'so_quyet_dinh', 'ngay_quyet_dinh', 'co_quan_quyet_dinh', 'bo_tieu_chi', 'tong_tu_cham', 'tong_tham_dinh', 'ghi_chu'],
  (r): Result => ({
    year: r.nam ?? NaN,
    unitId: r.ma_don_vi,
    registered: r.dang_ky,
    stage: r.giai_doan,
    safe: r.an_toan_antt === null ? null : r.an_toan_antt === 'dat',
    classification: r.xep_loai,
    outcome: r.ket_qua,
    decision:
      r.so_quyet_dinh || r.ngay_quyet_dinh || r.co_quan_quyet_dinh
        ? { number: r.so_quyet_dinh, date: r.ngay_quyet_dinh, body: r.co_quan_quyet_dinh }
        : null,
    criteriaSetId: r.bo_tieu_chi,
    selfTotal: r.tong_tu_cham,
    appraisedTotal: r.tong_tham_dinh,
    scores: NO_SCORES,
    note: r.ghi_chu,
  }),
);

/** Columns editors may keep for reading that validation skips: the unit's name beside its code, as the template writes it. */
export const RESULT_HELPER_COLUMNS: readonly string[] = ['ten_don_vi'];

/** `data/ket-qua/<year>.csv`; editors may keep the unit's name beside its code (`ten_don_vi`, as the template writes it). */
export const resultTable: TableSchema<Result> = { ...resultRows, helperColumns: RESULT_HELPER_COLUMNS };

/** A fixed column of a results file. */
export type ResultColumn = keyof typeof resultColumns;

/** The fixed columns in file order, taken from the schema; the last is the note (`ghi_chu`). */
export const RESULT_COLUMNS = Object.keys(resultColumns) as readonly ResultColumn[];

/** A results file's header: the fixed columns, with a year's score columns before the note, as editors' files and downloads have it. */
export function resultHeader(scoreColumns: readonly string[]): string[] {
  return [...RESULT_COLUMNS.slice(0, -1), ...scoreColumns, ...RESULT_COLUMNS.slice(-1)];
}

/** Score columns: `tc05_tham_dinh` (criterion 5) or `tc14.2_tu_cham` (criterion 14, item 2). */
export const SCORE_COLUMN = /^tc(\d{2})(?:\.(\d{1,2}))?_(tu_cham|tham_dinh)$/;

/** What a score column holds: a criterion, or one of its sub-items, on one side. */
export interface ScoreColumnKey {
  criterion: number;
  item: number | null;
  side: Side;
}

/** The name of a score column: `tc05_tu_cham`, `tc14.2_tham_dinh`. */
export function scoreColumn(criterion: number, item: number | null, side: Side): string {
  const tc = `tc${String(criterion).padStart(2, '0')}${item === null ? '' : `.${item}`}`;
  return `${tc}_${side === 'self' ? 'tu_cham' : 'tham_dinh'}`;
}

/** What a score column's name says (`tc14.2_tham_dinh` → criterion 14, item 2, appraised); null for any other column. */
export function parseScoreColumn(key: string): ScoreColumnKey | null {
  const m = SCORE_COLUMN.exec(key);
  if (!m) return null;
  return { criterion: Number(m[1]), item: m[2] === undefined ? null : Number(m[2]), side: m[3] === 'tu_cham' ? 'self' : 'appraised' };
}


import type { Outcome } from '../../schemas/vocabulary.ts';
import type { Decision } from '../../schemas/result.ts';
import { formatDate } from '../text/format.ts';
import { OUTCOME_RULES, unitHistory } from './recognition.ts';

type YearResult = { year: number; outcome: Outcome; decision: Decision | null };

/** Results that get a verification record: a recognition (công nhận) and each maintained year (duy trì), as `OUTCOME_RULES` says. */
export function hasRecord(outcome: Outcome): boolean {
  return OUTCOME_RULES[outcome].record;
}

/** What a record attests, and the recognition it belongs to. */
export interface RecordFacts {
  kind: 'recognition' | 'maintenance';
  year: number;
  /** Year of the recognition the record belongs to (its own year for a recognition). */
  recognisedIn: number;
  /** For a maintained year: which one since the recognition (1 = the first year after it). */
  maintenanceNo: number;
}

/**
 * Where a recorded decision stands now, from the unit's later years: still standing; superseded by
 * a later recognition; lapsed (not maintained) in a year; revoked by a decision.
 */
export type RecordStatus =
  | { state: 'standing'; /** Last year recognised or maintained. */ through: number; /** A later year still being assessed. */ pending: number | null }
  | { state: 'superseded'; by: number }
  | { state: 'lapsed'; year: number; /** A later new recognition of the unit. */ again: number | null }
  | { state: 'revoked'; year: number; decision: Decision | null; again: number | null }
  | { state: 'merged'; /** The year the unit became part of another. */ year: number; /** That unit's name. */ into: string };

/** A unit merged into another (a thị trấn into a xã in 2025): from that year it has no results of its own. */
export interface Merger {
  year: number;
  into: string;
}

/** The facts of the record of `year` in a unit's results (oldest first); null when that year has no record. */
export function recordFacts(results: readonly YearResult[], year: number): RecordFacts | null {
  const at = results.findIndex((r) => r.year === year);
  if (at < 0 || !hasRecord(results[at]!.outcome)) return null;
  // The recognition and the maintained years up to this one, as the unit's history counts them.
  const { recognisedIn, maintainedYears } = unitHistory(results.slice(0, at + 1));
  if (recognisedIn === null) return null;
  return OUTCOME_RULES[results[at]!.outcome].then === 'standing' ? { kind: 'recognition', year, recognisedIn, maintenanceNo: 0 } : { kind: 'maintenance', year, recognisedIn, maintenanceNo: maintainedYears };
}

/**
 * Where the record of `year` stands, from the years after it (results oldest first): the first later
 * year whose outcome moves the recognition's state (`OUTCOME_RULES`) ends it. A recognition
 * still standing when its unit was merged into another is not standing any more: the unit is gone.
 */
export function recordStatus(results: readonly YearResult[], year: number, merged: Merger | null = null): RecordStatus {
  let through = year;
  let pending: number | null = null;
  const later = results.filter((r) => r.year > year);
  const againAfter = (y: number) => later.find((r) => r.year > y && OUTCOME_RULES[r.outcome].then === 'standing')?.year ?? null;
  for (const r of later) {
    const rule = OUTCOME_RULES[r.outcome];
    switch (rule.then) {
      case 'standing':
        return { state: 'superseded', by: r.year };
      case 'lapsed':
        return { state: 'lapsed', year: r.year, again: againAfter(r.year) };
      case 'revoked':
        return { state: 'revoked', year: r.year, decision: r.decision, again: againAfter(r.year) };
      case 'never':
      case null:
        // A year that leaves the recognition standing: maintained (it has its own record), or still assessed.
        if (rule.record) {
          through = r.year;
          pending = null;
        } else if (!rule.decided) pending = r.year;
        break;
    }
  }
  if (merged && merged.year > year) return { state: 'merged', year: merged.year, into: merged.into };
  return { state: 'standing', through, pending };
}

/** How a record's status reads, printed and on screen: one place for the wording. */
export interface StatusWords {
  /** Short, capitals, for the banner on every printed page: "CÒN HIỆU LỰC", "ĐÃ THU HỒI". */
  label: string;
  /** What follows the label on the printed banner, short enough for one line: "theo Quyết định số … ngày …". */
  detail: string;
  /** The full sentence. */
  sentence: string;
  /** Whether the recognition still stands. */
  standing: boolean;
}

/** "Quyết định số 1876/QĐ-UBND ngày 18/08/2025 của UBND tỉnh Sông Mây", or what of it the data has. */
export function decisionText(d: Decision | null): string {
  if (!d || (!d.number && !d.date && !d.body)) return 'quyết định không được ghi trong dữ liệu';
  return ['Quyết định', d.number ? `số ${d.number}` : null, d.date ? `ngày ${formatDate(d.date)}` : null, d.body ? `của ${d.body}` : null].filter(Boolean).join(' ');
}

/** What the record attests, in one phrase: "Công nhận năm 2023", "Công nhận duy trì năm 2024 (…)". */
export function recordTitle(facts: RecordFacts): string {
  return facts.kind === 'recognition'
    ? `Công nhận đơn vị điển hình năm ${facts.year}`
    : `Công nhận duy trì năm ${facts.year} (năm duy trì thứ ${facts.maintenanceNo} sau lần công nhận năm ${facts.recognisedIn})`;
}

/** The one wording of a record's status: pages, print and tests all read it from here. */
export function statusWords(facts: RecordFacts, status: RecordStatus): StatusWords {
  const what = facts.kind === 'recognition' ? `Công nhận năm ${facts.year}` : `Công nhận năm ${facts.recognisedIn} (duy trì năm ${facts.year})`;
  const again = (y: number | null) => (y === null ? '' : ` Đơn vị được công nhận lại năm ${y}; lần công nhận đó có bản xác minh riêng.`);
  switch (status.state) {
    case 'standing': {
      const kept = status.through > facts.year ? `, được công nhận duy trì đến năm ${status.through}` : '';
      const pending = status.pending === null ? '' : `; năm ${status.pending} đang đánh giá duy trì`;
      return { label: 'CÒN HIỆU LỰC', standing: true, detail: status.through > facts.year ? `duy trì đến năm ${status.through}` : `công nhận năm ${facts.recognisedIn}`, sentence: `${what} còn hiệu lực${kept}${pending}.` };
    }
    case 'superseded':
      return { label: 'ĐÃ ĐƯỢC THAY THẾ', standing: false, detail: `bằng lần công nhận năm ${status.by}`, sentence: `${what} đã được thay thế bằng lần công nhận năm ${status.by}; lần công nhận đó có bản xác minh riêng.` };
    case 'lapsed':
      return { label: 'HẾT HIỆU LỰC', standing: false, detail: `không duy trì được năm ${status.year}`, sentence: `${what} đã hết hiệu lực: năm ${status.year} đơn vị không duy trì được kết quả.${again(status.again)}` };
    case 'merged':
      return { label: 'ĐƠN VỊ ĐÃ SÁP NHẬP', standing: false, detail: `vào ${status.into} từ năm ${status.year}`, sentence: `${what} không còn được đánh giá duy trì: từ năm ${status.year} đơn vị nhập vào ${status.into}, không còn là đơn vị riêng. Kết quả các năm sau ghi ở ${status.into}.` };
    case 'revoked':
      return { label: 'ĐÃ THU HỒI', standing: false, detail: `năm ${status.year} theo ${decisionText(status.decision && { ...status.decision, body: null })}`, sentence: `${what} đã bị thu hồi năm ${status.year} theo ${decisionText(status.decision)}.${again(status.again)}` };
  }
}

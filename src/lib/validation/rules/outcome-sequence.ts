import type { Result } from '../../../schemas/result.ts';
import { OUTCOMES } from '../../../schemas/vocabulary.ts';
import { cellAt, type ColumnMap } from '../table.ts';
import type { RuleContext } from './context.ts';
import { OUTCOME_RULES, step, type RecognitionState, type Step } from '../../domain/recognition.ts';

/** A result row and the columns of the file it is in (a row may sit in another year's file: the outcomes rule reports that). */
interface Row {
  r: Result;
  row: number;
  columns: ColumnMap;
}

/**
 * Across years, by the recognition state machine of `domain/recognition.ts`: "maintained", "not
 * maintained" and "revoked" only follow a recognition still standing; a standing recognition is not
 * recognised again; a year in progress carries the stage of its state; a recognised unit reports every year.
 */
export function history(ctx: RuleContext): void {
  const files = [...ctx.results].sort((a, b) => a.source.year - b.source.year);
  const fileOfYear = new Map(files.map((f, i) => [f.source.year, i]));
  // Each unit's row of each year, by file: found by the unit's position, or by id for a unit
  // data/don-vi.csv does not have (reported by the references rule; its history is still checked).
  const known: (Row | undefined)[][] = [];
  const unknown = new Map<string, (Row | undefined)[]>();
  for (const file of ctx.results) {
    for (const x of file.rows) {
      const f = fileOfYear.get(x.value.year);
      if (f === undefined) continue;
      let years = x.unitNo >= 0 ? known[x.unitNo] : unknown.get(x.value.unitId);
      if (!years) {
        years = new Array<Row | undefined>(files.length);
        if (x.unitNo >= 0) known[x.unitNo] = years;
        else unknown.set(x.value.unitId, years);
      }
      years[f] ??= { r: x.value, row: x.row, columns: file.source.columns }; // duplicates: uniqueness rule
    }
  }
  // A unit whose row of a year was rejected for a problem has that row: it is not reported missing too.
  const rejectedUnitIds = files.map((f) => new Set(f.source.failed.map((r) => r.cells.ma_don_vi ?? '')));
  const unitsWithRows: [string, (Row | undefined)[]][] = [];
  known.forEach((years, unitNo) => unitsWithRows.push([ctx.units[unitNo]!.id, years]));
  for (const entry of unknown) unitsWithRows.push(entry);
  for (const [unitId, rowOfYear] of unitsWithRows) {
    // A unit merged into another reports no year from its merger on: its successor does.
    const mergedIn = ctx.units[ctx.unitNos.get(unitId) ?? -1]?.mergedIn ?? Infinity;
    let state: RecognitionState = 'never';
    let standingSince: number | null = null;
    for (let f = 0; f < files.length; f++) {
      const file = files[f]!.source;
      const found = rowOfYear[f];
      // After a year whose file could not be read, whether a recognition stands is unknown: nothing that
      // depends on it is reported until a recognition makes it known again.
      if (file.unreadable) {
        state = 'unknown';
        continue;
      }
      if (!found) {
        if (state === 'standing' && file.year < mergedIn && !rejectedUnitIds[f]!.has(unitId)) {
          ctx.problems.add({ file: file.file, message: `Đơn vị "${unitId}" đang giữ công nhận (từ năm ${standingSince}) nhưng không có dòng kết quả năm ${file.year}.`, hint: 'Thêm dòng năm duy trì với kết quả duy_tri, khong_duy_tri hoặc dang_thuc_hien.' });
        }
        continue;
      }
      const { r, row, columns } = found;
      const at = (key: string) => cellAt(columns, row, key);
      const { next, fault }: Step<RecognitionState> = step(state, r.outcome, r.stage);
      if (fault?.kind === 'outcome' && fault.needs === 'none') ctx.problems.add({ ...at('ket_qua'), message: `Đơn vị đã được công nhận năm ${standingSince} và còn hiệu lực, năm ${r.year} là năm duy trì.`, hint: 'Ghi kết quả duy_tri hoặc khong_duy_tri, giai_doan duy_tri.' });
      if (fault?.kind === 'outcome' && fault.needs === 'standing') ctx.problems.add({ ...at('ket_qua'), message: `"${OUTCOMES[r.outcome]}" nhưng đơn vị chưa có lần công nhận nào còn hiệu lực trước năm ${r.year}.`, hint: 'Kiểm tra kết quả các năm trước (cong_nhan), hoặc sửa kết quả năm nay thành cong_nhan / khong_cong_nhan.' });
      if (fault?.kind === 'stage' && fault.expected === 'duy_tri') ctx.problems.add({ ...at('giai_doan'), message: `Đơn vị còn giữ công nhận từ năm ${standingSince}, năm ${r.year} là năm duy trì.`, hint: 'Ghi giai_doan duy_tri.' });
      if (fault?.kind === 'stage' && fault.expected === 'xay_dung') ctx.problems.add({ ...at('giai_doan'), message: 'Năm duy trì nhưng đơn vị chưa có lần công nhận nào còn hiệu lực.', hint: 'Ghi giai_doan xay_dung.' });
      if (OUTCOME_RULES[r.outcome].then === 'standing') standingSince = r.year;
      state = next;
    }
  }
}

import type { Result } from '../../schemas/result.ts';
import { OUTCOMES } from '../../i18n/vocabulary.ts';
import { cellAt, type ColumnMap } from '../table.ts';
import type { RuleContext } from './context.ts';

interface Row {
  r: Result;
  row: number;
  columns: ColumnMap;
}

/**
 * Across years: "maintained", "not maintained" and "revoked" only follow a recognition still
 * standing; a standing recognition is not recognised again; a recognised unit reports every year.
 */
export function history(ctx: RuleContext): void {
  const byUnit = new Map<string, Map<number, Row>>();
  for (const file of ctx.sources.results) {
    for (const { value: r, row } of file.rows) {
      let years = byUnit.get(r.unitId);
      if (!years) byUnit.set(r.unitId, (years = new Map()));
      if (!years.has(r.year)) years.set(r.year, { r, row, columns: file.columns }); // duplicates: uniqueness rule
    }
  }
  const files = [...ctx.sources.results].sort((a, b) => a.year - b.year);
  // A unit whose row of a year was rejected for a problem has that row: it is not reported missing too.
  const rejectedUnitIds = new Map(files.map((f) => [f, new Set(f.failed.map((r) => r.cells.ma_don_vi ?? ''))]));
  for (const [unitId, rowOfYear] of byUnit) {
    let standingSince: number | null = null;
    for (const file of files) {
      const found = rowOfYear.get(file.year);
      if (!found) {
        if (standingSince !== null && !rejectedUnitIds.get(file)!.has(unitId)) {
          ctx.problems.add({ file: file.file, message: `Đơn vị "${unitId}" đang giữ công nhận (từ năm ${standingSince}) nhưng không có dòng kết quả năm ${file.year}.`, hint: 'Thêm dòng năm duy trì với kết quả duy_tri, khong_duy_tri hoặc dang_thuc_hien.' });
        }
        continue;
      }
      const { r, row, columns } = found;
      const at = (key: string) => cellAt(columns, row, key);
      const standing = standingSince !== null;
      switch (r.outcome) {
        case 'cong_nhan':
        case 'khong_cong_nhan':
          if (standing) ctx.problems.add({ ...at('ket_qua'), message: `Đơn vị đã được công nhận năm ${standingSince} và còn hiệu lực, năm ${r.year} là năm duy trì.`, hint: 'Ghi kết quả duy_tri hoặc khong_duy_tri, giai_doan duy_tri.' });
          if (r.outcome === 'cong_nhan') standingSince = r.year;
          break;
        case 'duy_tri':
        case 'khong_duy_tri':
        case 'thu_hoi':
          if (!standing) ctx.problems.add({ ...at('ket_qua'), message: `"${OUTCOMES[r.outcome]}" nhưng đơn vị chưa có lần công nhận nào còn hiệu lực trước năm ${r.year}.`, hint: 'Kiểm tra kết quả các năm trước (cong_nhan), hoặc sửa kết quả năm nay thành cong_nhan / khong_cong_nhan.' });
          if (r.outcome !== 'duy_tri') standingSince = null;
          break;
        case 'dang_thuc_hien':
          if (standing && r.stage === 'xay_dung') ctx.problems.add({ ...at('giai_doan'), message: `Đơn vị còn giữ công nhận từ năm ${standingSince}, năm ${r.year} là năm duy trì.`, hint: 'Ghi giai_doan duy_tri.' });
          if (!standing && r.stage === 'duy_tri') ctx.problems.add({ ...at('giai_doan'), message: 'Năm duy trì nhưng đơn vị chưa có lần công nhận nào còn hiệu lực.', hint: 'Ghi giai_doan xay_dung.' });
          break;
      }
    }
  }
}

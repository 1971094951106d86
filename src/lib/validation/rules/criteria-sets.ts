import { OUTCOMES_WITH_RULE, passRuleFor } from '../../domain/pass-rule.ts';
import { round } from '../../domain/scores.ts';
import type { RuleContext } from './context.ts';
import { TRACK_OF_KIND } from '../../../schemas/vocabulary.ts';

/** Each criteria set adds up, fits its track, and no two sets claim the same kind in the same year. */
export function criteriaSets(ctx: RuleContext): void {
  const { sources, problems } = ctx;
  for (const { value: s, file, items } of sources.criteriaSets) {
    const sum = round(s.groups.reduce((t, g) => t + g.points, 0));
    if (items && s.maxPoints === null) problems.add({ file, columnName: 'tong_diem', message: 'Bộ tiêu chí có tệp nội dung nhưng "tong_diem" để null.', hint: `Ghi "tong_diem": ${sum}.` });
    if (items && s.maxPoints !== null && sum !== s.maxPoints) {
      problems.add({ file: items.columns.file, columnName: 'diem', message: `Tổng điểm các nội dung là ${sum}, khác "tong_diem" ${s.maxPoints} trong tệp ${file.replace(/^.*\//, '')}.`, hint: 'Kiểm tra điểm từng nội dung so với văn bản gốc.' });
    }
    if (!items && s.maxPoints !== null) problems.add({ file, columnName: 'tong_diem', message: 'Bộ tiêu chí ghi tổng điểm nhưng không có tệp nội dung (.csv) đi kèm.', hint: 'Thêm tệp .csv cùng tên, hoặc ghi "tong_diem": null nếu bộ chưa được số hóa.' });
    const criteria = new Map(s.groups.flatMap((g) => g.criteria).map((c) => [c.no, c]));
    for (const key of OUTCOMES_WITH_RULE) {
      const rule = passRuleFor(s, key);
      if (!rule) continue;
      if (rule.minTotal !== null && s.maxPoints !== null && rule.minTotal > s.maxPoints) {
        problems.add({ file, columnName: `${key}.tong_diem_toi_thieu`, message: `Ngưỡng ${rule.minTotal} điểm lớn hơn tổng điểm ${s.maxPoints}.`, hint: 'Sửa "tong_diem_toi_thieu".' });
      }
      for (const [no, v] of rule.required) {
        const c = criteria.get(no);
        if (!c) problems.add({ file, columnName: `${key}.diem_dat`, message: `Bộ không có tiêu chí ${no}.`, hint: `Bỏ "${no}" khỏi "diem_dat".` });
        else if (v > c.points) problems.add({ file, columnName: `${key}.diem_dat`, message: `Điểm đạt ${v} của tiêu chí ${no} lớn hơn điểm tối đa ${c.points}.`, hint: 'Sửa "diem_dat".' });
      }
    }
    for (const kind of s.kinds) {
      if (TRACK_OF_KIND[kind] !== s.track) problems.add({ file, columnName: 'loai_don_vi', message: `Loại "${kind}" không thuộc khối "${s.track}".`, hint: 'Bỏ loại này khỏi "loai_don_vi" hoặc sửa "khoi".' });
    }
    if (s.toYear !== null && s.toYear < s.fromYear) problems.add({ file, columnName: 'ap_dung_den_nam', message: 'Năm kết thúc áp dụng trước năm bắt đầu.', hint: 'Sửa "ap_dung_tu_nam" / "ap_dung_den_nam".' });
  }
  const all = sources.criteriaSets;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!.value;
      const b = all[j]!.value;
      const overlapYears = a.fromYear <= (b.toYear ?? Infinity) && b.fromYear <= (a.toYear ?? Infinity);
      const shared = a.kinds.filter((k) => b.kinds.includes(k));
      if (overlapYears && shared.length > 0) {
        problems.add({ file: all[j]!.file, columnName: 'ap_dung_tu_nam', message: `Bộ "${b.id}" và bộ "${a.id}" cùng áp dụng cho ${shared.join(', ')} trong cùng năm.`, hint: 'Đặt "ap_dung_den_nam" của bộ cũ là năm trước năm bộ mới bắt đầu áp dụng.' });
      }
    }
  }
}

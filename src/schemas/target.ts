import { z } from 'astro/zod';
import { cell, table } from './cell.ts';
import { KINDS, type Kind } from './vocabulary.ts';
import { vocabulary } from '../lib/validation/coerce.ts';

/** What a target counts, as plans write them: HCMC and An Giang count units selected to build, most plans new recognitions. */
export const TARGET_MEASURES = {
  cong_nhan_moi: 'Công nhận mới',
  chon_xay_dung: 'Chọn xây dựng',
  dang_ky: 'Đăng ký',
  duy_tri: 'Duy trì',
} as const;
export type TargetMeasure = keyof typeof TARGET_MEASURES;

/** Where the count applies: across the whole site, or in each commune (Huế: each commune registers one organisation) or each province. */
export const TARGET_SCOPES = {
  chung: 'Toàn địa bàn',
  moi_xa: 'Mỗi xã, phường, đặc khu',
  moi_tinh: 'Mỗi tỉnh, thành phố',
} as const;
export type TargetScope = keyof typeof TARGET_SCOPES;

/** A target (chỉ tiêu): at least `count` units of `kinds` counted by `measure`, across the site or in each place of `scope`. */
export interface Target {
  year: number;
  /** Label of the group, e.g. "Xã, phường, đặc khu". */
  group: string;
  kinds: Kind[];
  count: number;
  measure: TargetMeasure;
  scope: TargetScope;
  source: string;
}

/** "xa/phuong/dac_khu" → kinds; each part may also be typed as its label ("Xã/Phường"). */
const kindList = z.string().transform((raw, ctx): Kind[] => {
  const parts = raw.split(/[/|]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) ctx.addIssue({ code: 'custom', message: 'Thiếu loại đơn vị.', params: { hint: 'Ghi các loại cách nhau bởi "/", ví dụ xa/phuong/dac_khu.' } });
  const kinds: Kind[] = [];
  for (const p of parts) {
    const r = vocabulary(p, KINDS);
    if (r.ok) kinds.push(r.value);
    else ctx.addIssue({ code: 'custom', message: r.message, params: { hint: r.hint } });
  }
  return kinds;
});

/** `data/chi-tieu.csv`. */
export const targetTable = table(
  {
    nam: cell.year(),
    nhom: cell.text(),
    loai_don_vi: kindList,
    chi_tieu: cell.integer(0, 100000),
    loai_chi_tieu: cell.optionalVocabulary(TARGET_MEASURES),
    pham_vi: cell.optionalVocabulary(TARGET_SCOPES),
    nguon: cell.text(),
  },
  ['loai_chi_tieu', 'pham_vi'],
  (r): Target => ({ year: r.nam, group: r.nhom, kinds: r.loai_don_vi, count: r.chi_tieu, measure: r.loai_chi_tieu ?? 'cong_nhan_moi', scope: r.pham_vi ?? 'chung', source: r.nguon }),
);

import { cell, table } from './cell.ts';

/** Forms of award (hình thức khen thưởng) recognition is the basis for. */
export const AWARD_FORMS = {
  bang_khen: 'Bằng khen',
  giay_khen: 'Giấy khen',
  co_thi_dua: 'Cờ thi đua',
  khac: 'Hình thức khác',
} as const;
export type AwardForm = keyof typeof AWARD_FORMS;

/** An award (khen thưởng) to a unit, by decision of an awarding body. */
export interface Award {
  unitId: string;
  year: number;
  form: AwardForm;
  /** Who awards it: "Chủ tịch UBND tỉnh", "Bộ trưởng Bộ Công an". */
  body: string;
  decisionNumber: string;
  /** ISO date. */
  decisionDate: string;
  /** What it was for, as the decision says. */
  reason: string | null;
}

/** `data/khen-thuong.csv` (optional). */
export const awardTable = table(
  {
    ma_don_vi: cell.id(),
    nam: cell.year(),
    hinh_thuc: cell.vocabulary(AWARD_FORMS),
    co_quan: cell.text(),
    so_quyet_dinh: cell.text(),
    ngay_quyet_dinh: cell.date(),
    noi_dung: cell.optionalText(),
  },
  ['noi_dung'],
  (r): Award => ({ unitId: r.ma_don_vi, year: r.nam, form: r.hinh_thuc, body: r.co_quan, decisionNumber: r.so_quyet_dinh, decisionDate: r.ngay_quyet_dinh, reason: r.noi_dung }),
);

import { cell, table } from './cell.ts';
import { CLASSIFICATIONS, type Classification } from './vocabulary.ts';

/** Which year's results eligibility reads: the year before the assessed one (most plans), or the same year. */
export const ELIGIBILITY_YEARS = {
  nam_truoc: 'Năm liền kề trước',
  cung_nam: 'Cùng năm đánh giá',
} as const;
export type EligibilityYear = keyof typeof ELIGIBILITY_YEARS;

/** Whether a registration that misses the plan's conditions is an error or only a warning. */
export const SEVERITIES = {
  loi: 'Lỗi (chặn xuất bản)',
  canh_bao: 'Cảnh báo',
} as const;
export type Severity = keyof typeof SEVERITIES;

/**
 * A year's plan (kế hoạch): what the publishing body's plan for that year says about who may
 * register and who decides. Plans differ (Huế asks "Xuất sắc", Bỉm Sơn and An Giang "Khá" or
 * better, of the year before), so each year carries its own.
 */
export interface Plan {
  year: number;
  /** The plan as it is cited: "Kế hoạch số 52/KH-UBND ngày 09/01/2026 của UBND tỉnh …". */
  name: string;
  /** Lowest movement classification a unit may register with; null when the plan names none. */
  minClassification: Classification | null;
  /** The plan requires the "An toàn về ANTT" standard to register. */
  safetyRequired: boolean;
  /** Which year's classification and "An toàn về ANTT" the conditions read. */
  eligibilityYear: EligibilityYear;
  severity: Severity;
  /** Who decides recognition, at which level, as the plan says. */
  authority: string;
  source: string;
}

/** `data/ke-hoach.csv` (optional): one row per year. */
export const planTable = table(
  {
    nam: cell.year(),
    ten: cell.text(),
    xep_loai_toi_thieu: cell.optionalVocabulary(CLASSIFICATIONS),
    an_toan_antt: cell.boolean(),
    nam_dieu_kien: cell.optionalVocabulary(ELIGIBILITY_YEARS),
    muc_do: cell.optionalVocabulary(SEVERITIES),
    tham_quyen: cell.text(),
    nguon: cell.text(),
  },
  ['xep_loai_toi_thieu', 'an_toan_antt', 'nam_dieu_kien', 'muc_do'],
  (r): Plan => ({
    year: r.nam,
    name: r.ten,
    minClassification: r.xep_loai_toi_thieu,
    safetyRequired: r.an_toan_antt,
    eligibilityYear: r.nam_dieu_kien ?? 'nam_truoc',
    severity: r.muc_do ?? 'loi',
    authority: r.tham_quyen,
    source: r.nguon,
  }),
);

import { z } from 'astro/zod';
import { cell, table } from './cell.ts';
import { KINDS, TRACKS, type Kind, type Track } from './vocabulary.ts';
import { date as coerceDate } from '../lib/validation/coerce.ts';

/** A sub-item (nội dung) of a criterion with its points. */
export interface CriterionItem {
  no: number;
  text: string;
  points: number;
  /** The lighter wording that applies in maintenance years, when the decision gives one. */
  maintenanceText: string | null;
}

export interface Criterion {
  /** Criterion number (tiêu chí), unique across the set. */
  no: number;
  /** Sum of its items' points. */
  points: number;
  items: CriterionItem[];
}

export interface CriterionGroup {
  no: number;
  name: string;
  points: number;
  criteria: Criterion[];
}

/**
 * The rule a unit's appraised scores must meet to be recognised (or to keep a recognition), in the
 * forms plans use, all of whose conditions must hold; with where it comes from, and `assumption`
 * when the decision's text does not give it (the criteria page says so).
 */
export interface PassRule {
  /** Every criterion met: appraised at least its required score (its maximum unless `required` says otherwise). */
  everyCriterion: boolean;
  /** Criterion number → the score that counts as met, where it is not the maximum. */
  required: Map<number, number>;
  /** A minimum appraised total; null for none. */
  minTotal: number | null;
  /** No criterion appraised at zero. */
  noZero: boolean;
  source: string;
  assumption: boolean;
}

/** A criteria set (bộ tiêu chí) of one decision for one track. */
export interface CriteriaSet {
  id: string;
  name: string;
  decision: string;
  /** ISO date the decision was issued. */
  issuedOn: string;
  issuer: string;
  track: Track;
  kinds: Kind[];
  /** First and last assessment year it applies to (null = still in force). */
  fromYear: number;
  toYear: number | null;
  /** Maximum points; null when the set is not itemised in the data. */
  maxPoints: number | null;
  /** What recognition (công nhận) asks of the appraised scores; null when unknown. */
  recognition: PassRule | null;
  /** What keeping a recognition in a maintenance year (duy trì) asks. */
  maintenance: PassRule | null;
  source: string;
  /** Empty when the set is not itemised (only its metadata is in the data). */
  groups: CriterionGroup[];
}

const isoDate = z.string().transform((raw, ctx) => {
  const r = coerceDate(raw);
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: r.message, params: { hint: r.hint } });
  return z.NEVER;
});

const rule = z
  .object({
    /** Every criterion met ("đạt đủ tiêu chí"): appraised at least its required score. */
    moi_tieu_chi_dat: z.boolean().default(false),
    /** Criterion number → the score that counts as met, where it is not the criterion's maximum. */
    diem_dat: z.record(z.string().regex(/^\d{1,2}$/, 'Khóa là số tiêu chí, ví dụ "19".'), z.number().nonnegative()).default({}),
    /** Minimum appraised total. */
    tong_diem_toi_thieu: z.number().nonnegative().nullable().default(null),
    /** No criterion appraised at zero. */
    khong_tieu_chi_nao_0: z.boolean().default(false),
    /** Where the rule comes from. */
    nguon: z.string().min(1),
    /** True when the rule is an assumption of this data, not the decision's text. */
    gia_dinh: z.boolean(),
  })
  .strict()
  .refine((r) => r.moi_tieu_chi_dat || r.tong_diem_toi_thieu !== null || r.khong_tieu_chi_nao_0, {
    message: 'Quy tắc phải có ít nhất một điều kiện: "moi_tieu_chi_dat": true, "tong_diem_toi_thieu" hoặc "khong_tieu_chi_nao_0": true.',
  })
  .transform(
    (r): PassRule => ({
      everyCriterion: r.moi_tieu_chi_dat,
      required: new Map(Object.entries(r.diem_dat).map(([k, v]) => [Number(k), v])),
      minTotal: r.tong_diem_toi_thieu,
      noZero: r.khong_tieu_chi_nao_0,
      source: r.nguon,
      assumption: r.gia_dinh,
    }),
  );

/** `data/bo-tieu-chi/<ma>.json`: the set's metadata. Items come from the CSV beside it. */
export const criteriaSetMeta = z
  .object({
    ma: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    ten: z.string().min(1),
    quyet_dinh: z.string().min(1),
    ngay_ban_hanh: isoDate,
    co_quan_ban_hanh: z.string().min(1),
    khoi: z.enum(Object.keys(TRACKS) as [Track, ...Track[]]),
    loai_don_vi: z.array(z.enum(Object.keys(KINDS) as [Kind, ...Kind[]])).min(1),
    ap_dung_tu_nam: z.number().int().min(2000).max(2100),
    ap_dung_den_nam: z.number().int().min(2000).max(2100).nullable(),
    tong_diem: z.number().positive().nullable(),
    cong_nhan: rule.nullable(),
    duy_tri: rule.nullable(),
    nguon: z.string().min(1),
  })
  .strict()
  .transform(
    (r): CriteriaSet => ({
      id: r.ma,
      name: r.ten,
      decision: r.quyet_dinh,
      issuedOn: r.ngay_ban_hanh,
      issuer: r.co_quan_ban_hanh,
      track: r.khoi,
      kinds: r.loai_don_vi,
      fromYear: r.ap_dung_tu_nam,
      toYear: r.ap_dung_den_nam,
      maxPoints: r.tong_diem,
      recognition: r.cong_nhan,
      maintenance: r.duy_tri,
      source: r.nguon,
      groups: [],
    }),
  );

/** One row of `data/bo-tieu-chi/<ma>.csv`. */
export interface CriteriaRow {
  group: number;
  groupName: string;
  criterion: number;
  item: number;
  text: string;
  points: number;
  maintenanceText: string | null;
}

export const criteriaItemTable = table(
  {
    nhom: cell.integer(1, 20),
    ten_nhom: cell.text(),
    tieu_chi: cell.integer(1, 99),
    muc: cell.integer(1, 20),
    noi_dung: cell.text(),
    diem: cell.decimal(),
    noi_dung_duy_tri: cell.optionalText(),
  },
  ['noi_dung_duy_tri'],
  (r): CriteriaRow => ({
    group: r.nhom,
    groupName: r.ten_nhom,
    criterion: r.tieu_chi,
    item: r.muc,
    text: r.noi_dung,
    points: r.diem,
    maintenanceText: r.noi_dung_duy_tri,
  }),
);

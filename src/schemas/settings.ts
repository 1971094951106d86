import { z } from 'astro/zod';
import { CLASSIFICATIONS, type Classification } from '../i18n/vocabulary.ts';
import { vocabulary } from '../lib/coerce.ts';

/** Site settings (thiết lập trang), `data/cai-dat.json`. */
export interface Settings {
  title: string;
  publisher: string;
  /** The place the site covers, as its pages name it ("Thành phố Huế"). */
  jurisdiction: string;
  /** Province codes the site covers (ma_tinh); null for a national site (toan_quoc). */
  provinces: string[] | null;
  /** Origin the site is published at, without trailing slash. */
  siteUrl: string;
  /** Sub-path the site is served from, with leading and trailing slash ("/" at a domain root). */
  basePath: string;
  /** True while the bundled fictional sample is shown. */
  isSample: boolean;
  licence: string;
  currentYear: number;
  eligibility: { minClassification: Classification; source: string };
}

const classification = z.string().transform((raw, ctx) => {
  const r = vocabulary(raw, CLASSIFICATIONS);
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: r.message, params: { hint: r.hint } });
  return z.NEVER;
});

export const settingsSchema = z
  .object({
    ten_trang: z.string().min(1),
    co_quan_cong_bo: z.string().min(1),
    dia_ban: z.string().min(1),
    /** Provinces covered: a list of official two-digit codes, or "toan_quoc" for a national site. */
    ma_tinh: z.union([z.literal('toan_quoc'), z.array(z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm đúng 2 chữ số, ghi trong ngoặc kép, ví dụ "46".')).min(1)]),
    dia_chi_trang: z.url(),
    duong_dan_goc: z.string().regex(/^\/(?:[a-z0-9._-]+\/)*$/).default('/'),
    du_lieu_minh_hoa: z.boolean(),
    giay_phep: z.string().min(1),
    nam_hien_tai: z.number().int().min(2000).max(2100),
    dieu_kien: z.object({ xep_loai_toi_thieu: classification, nguon: z.string().min(1) }).strict(),
  })
  .strict()
  .transform(
    (r): Settings => ({
      title: r.ten_trang,
      publisher: r.co_quan_cong_bo,
      jurisdiction: r.dia_ban,
      provinces: r.ma_tinh === 'toan_quoc' ? null : r.ma_tinh,
      siteUrl: r.dia_chi_trang.replace(/\/+$/, ''),
      basePath: r.duong_dan_goc,
      isSample: r.du_lieu_minh_hoa,
      licence: r.giay_phep,
      currentYear: r.nam_hien_tai,
      eligibility: { minClassification: r.dieu_kien.xep_loai_toi_thieu, source: r.dieu_kien.nguon },
    }),
  );

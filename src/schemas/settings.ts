import { z } from 'astro/zod';
import { CLASSIFICATIONS, type Classification } from '../i18n/vocabulary.ts';
import { vocabulary } from '../lib/coerce.ts';

/** Site settings (thiết lập trang), `data/cai-dat.json`. */
export interface Settings {
  title: string;
  publisher: string;
  jurisdiction: string;
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
      siteUrl: r.dia_chi_trang.replace(/\/+$/, ''),
      basePath: r.duong_dan_goc,
      isSample: r.du_lieu_minh_hoa,
      licence: r.giay_phep,
      currentYear: r.nam_hien_tai,
      eligibility: { minClassification: r.dieu_kien.xep_loai_toi_thieu, source: r.dieu_kien.nguon },
    }),
  );

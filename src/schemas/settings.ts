import { z } from 'astro/zod';

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
}

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
    /** Moved to each year's plan (ke-hoach): plans differ in the level they ask and the year it reads. */
    dieu_kien: z
      .unknown()
      .optional()
      .refine((v) => v === undefined, { message: 'Không còn dùng: điều kiện đăng ký nay ghi theo từng năm trong ke-hoach.csv (cột xep_loai_toi_thieu, an_toan_antt, nam_dieu_kien).', params: { hint: 'Xóa khóa "dieu_kien" khỏi cai-dat.json và ghi điều kiện của kế hoạch từng năm vào ke-hoach.csv (xem data/README.md).' } }),
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
    }),
  );

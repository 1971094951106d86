import { z } from 'astro/zod';
import { cell, table } from './cell.ts';
import { KINDS, type Kind } from '../i18n/vocabulary.ts';
import { vocabulary } from '../lib/coerce.ts';

/** A target (chỉ tiêu): at least `count` new recognitions a year among units of `kinds`. */
export interface Target {
  year: number;
  /** Label of the group, e.g. "Xã, phường, đặc khu". */
  group: string;
  kinds: Kind[];
  count: number;
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
    nguon: cell.text(),
  },
  [],
  (r): Target => ({ year: r.nam, group: r.nhom, kinds: r.loai_don_vi, count: r.chi_tieu, source: r.nguon }),
);

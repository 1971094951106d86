import { z } from 'astro/zod';
import { STORY_KINDS, type StoryKind } from './vocabulary.ts';
import { date as coerceDate, safeText } from '../lib/validation/coerce.ts';
import { cleanText } from '../lib/text/strings.ts';
import { cell } from './cell.ts';

/** Front matter of a story (tin bài) in `content/tin-bai/*.mdx`. */
export interface StoryMeta {
  title: string;
  /** ISO date. */
  date: string;
  summary: string;
  kind: StoryKind;
  unitId: string | null;
}

/** Front matter is read with every value as the text the editor typed (`lib/validation/front-matter.ts`), so a date is text too. */
const dateField = z.string().transform((raw, ctx) => {
  const r = coerceDate(raw.trim());
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: r.message, params: { hint: r.hint } });
  return z.NEVER;
});

/** Front-matter text is data, held to the same rule as CSV cells: no formulas, no markup. */
const text = z.string().min(1).transform((raw, ctx) => {
  const r = safeText(cleanText(raw));
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: r.message, params: { hint: r.hint } });
  return z.NEVER;
});

export const storyFrontmatter = z
  .object({
    tieu_de: text,
    ngay: dateField,
    tom_tat: text,
    loai: cell.vocabulary(STORY_KINDS),
    ma_don_vi: cell.id().optional(),
  })
  .strict()
  .transform((r): StoryMeta => ({ title: r.tieu_de, date: r.ngay, summary: r.tom_tat, kind: r.loai, unitId: r.ma_don_vi ?? null }));

/** Photos a model's page shows as its gallery; the first is its lead photo (list card, share card). */
export const MAX_GALLERY_PHOTOS = 12;

/** One photo of a model's gallery (ảnh), as the site keeps it. */
export interface GalleryPhotoMeta {
  /** Path from the MDX file (tep), e.g. ./anh/to-tu-quan.jpg; checked by `lib/validation/content-images.ts`. */
  file: string;
  /** Alt text (mo_ta): what the photo shows, read aloud in its place. */
  alt: string;
  /** Caption under the photo (chu_thich). */
  caption: string | null;
  /** Who took it (tac_gia): shown as "Ảnh: …". */
  credit: string | null;
}

/** Front matter of a model's story, as the site keeps it. */
export interface ModelStoryMeta {
  /** Headline; the model's name is used when null. */
  title: string | null;
  /** The gallery, lead photo first; empty when the story has none. */
  photos: GalleryPhotoMeta[];
}

const MISSING_FILE = 'Ảnh chưa có tệp (tep), ví dụ tep: ./anh/ten-anh.jpg.';
const MISSING_ALT = 'Ảnh chưa có mô tả (mo_ta).';

const galleryPhoto = z
  .object({
    tep: z.string({ error: MISSING_FILE }).min(1, MISSING_FILE),
    mo_ta: z.string({ error: MISSING_ALT }).min(1, MISSING_ALT).pipe(text),
    chu_thich: text.optional(),
    tac_gia: text.optional(),
  })
  .strict()
  .transform((p): GalleryPhotoMeta => ({ file: p.tep, alt: p.mo_ta, caption: p.chu_thich ?? null, credit: p.tac_gia ?? null }));

/** Front matter of a model's story (`content/mo-hinh/<slug>.mdx`). */
export const modelStoryFrontmatter = z
  .object({
    /** Optional headline; the model's name is used otherwise. */
    tieu_de: text.optional(),
    /** The model's photos, first the lead photo. */
    anh: z.array(galleryPhoto).min(1).max(MAX_GALLERY_PHOTOS, `Tối đa ${MAX_GALLERY_PHOTOS} ảnh cho một mô hình.`).optional(),
  })
  .strict()
  .transform((r): ModelStoryMeta => ({ title: r.tieu_de ?? null, photos: r.anh ?? [] }));

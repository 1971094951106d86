import { z } from 'astro/zod';
import { STORY_KINDS, type StoryKind } from '../i18n/vocabulary.ts';
import { date as coerceDate, safeText } from '../lib/coerce.ts';

/** Front matter of a story (tin bài) in `content/tin-bai/*.mdx`. */
export interface StoryMeta {
  title: string;
  /** ISO date. */
  date: string;
  summary: string;
  kind: StoryKind;
  unitId: string | null;
}

const dateField = z.union([z.string(), z.date()]).transform((raw, ctx) => {
  // YAML turns an unquoted 2026-01-05 into a Date; dd/mm/yyyy stays text.
  const r = coerceDate(raw instanceof Date ? raw.toISOString().slice(0, 10) : raw);
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: r.message, params: { hint: r.hint } });
  return z.NEVER;
});

/** Front-matter text is data, held to the same rule as CSV cells: no formulas, no markup. */
const text = z.string().min(1).transform((raw, ctx) => {
  const r = safeText(raw.normalize('NFC').trim());
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: r.message, params: { hint: r.hint } });
  return z.NEVER;
});

export const storyFrontmatter = z
  .object({
    tieu_de: text,
    ngay: dateField,
    tom_tat: text,
    loai: z.enum(Object.keys(STORY_KINDS) as [StoryKind, ...StoryKind[]]),
    ma_don_vi: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
  })
  .strict()
  .transform((r): StoryMeta => ({ title: r.tieu_de, date: r.ngay, summary: r.tom_tat, kind: r.loai, unitId: r.ma_don_vi ?? null }));

/** Photos a model's page shows as its gallery; the first is its lead photo (list card, share card). */
export const MAX_GALLERY_PHOTOS = 12;

/**
 * One photo of a model's gallery. `file` is how the picture is named: a path the validator checks
 * (`z.string()`), or Astro's `image()` in the content collection, which makes it a resized image.
 */
function galleryPhoto<F extends z.ZodType>(file: F) {
  return z
    .object({
      /** Path from the MDX file, e.g. ./anh/to-tu-quan.jpg. */
      tep: file,
      /** Alt text: what the photo shows, read aloud in its place. */
      mo_ta: z.string({ error: 'Ảnh chưa có mô tả (mo_ta).' }).min(1, 'Ảnh chưa có mô tả (mo_ta).').pipe(text),
      /** Caption under the photo. */
      chu_thich: text.optional(),
      /** Who took it: shown as "Ảnh: …". */
      tac_gia: text.optional(),
    })
    .strict();
}

/** Front matter of a model's story (`content/mo-hinh/<slug>.mdx`), with the gallery's files given as `file`. */
export function modelStoryFrontmatterWith<F extends z.ZodType>(file: F) {
  return z
    .object({
      /** Optional headline; the model's name is used otherwise. */
      tieu_de: text.optional(),
      /** The model's photos, first the lead photo. */
      anh: z.array(galleryPhoto(file)).min(1).max(MAX_GALLERY_PHOTOS, `Tối đa ${MAX_GALLERY_PHOTOS} ảnh cho một mô hình.`).optional(),
    })
    .strict();
}

/** As the validator reads it: the gallery's files are paths, checked by `lib/content-images.ts`. */
const MISSING_FILE = 'Ảnh chưa có tệp (tep), ví dụ tep: ./anh/ten-anh.jpg.';
export const modelStoryFrontmatter = modelStoryFrontmatterWith(z.string({ error: MISSING_FILE }).min(1, MISSING_FILE));

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

/** Front matter of a model's story (`content/mo-hinh/<slug>.mdx`). */
export const modelStoryFrontmatter = z
  .object({
    /** Optional headline; the model's name is used otherwise. */
    tieu_de: text.optional(),
  })
  .strict();

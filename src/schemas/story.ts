import { z } from 'astro/zod';
import { STORY_KINDS, type StoryKind } from '../i18n/vocabulary.ts';
import { date as coerceDate, safeText } from '../lib/coerce.ts';
import { cleanText } from '../lib/text.ts';
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

/** Front matter is read with every value as the text the editor typed (`lib/front-matter.ts`), so a date is text too. */
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

/** Front matter of a model's story, as the site keeps it. */
export interface ModelStoryMeta {
  /** Headline; the model's name is used when null. */
  title: string | null;
}

/** Front matter of a model's story (`content/mo-hinh/<slug>.mdx`). */
export const modelStoryFrontmatter = z
  .object({
    /** Optional headline; the model's name is used otherwise. */
    tieu_de: text.optional(),
  })
  .strict()
  .transform((r): ModelStoryMeta => ({ title: r.tieu_de ?? null }));

import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { asImage, fromDataset, mdxFromDataset, unitEntries, type ModelStoryEntry, type UnitEntry } from './collections/loader.ts';
import type { CalendarStep } from './schemas/calendar.ts';
import type { Award } from './schemas/award.ts';
import type { DossierDocument } from './schemas/dossier.ts';
import type { Plan } from './schemas/plan.ts';
import type { CriteriaSet } from './schemas/criteria-set.ts';
import type { Model } from './schemas/model.ts';
import type { Settings } from './schemas/settings.ts';
import type { StoryMeta } from './schemas/story.ts';
import type { Target } from './schemas/target.ts';

export const collections = {
  settings: defineCollection({
    loader: fromDataset<Settings>('settings', (d) => [{ id: 'site', data: d.settings }]),
    schema: z.custom<Settings>(),
  }),
  criteriaSets: defineCollection({
    loader: fromDataset<CriteriaSet>('criteria-sets', (d) => d.criteriaSets.map((s) => ({ id: s.id, data: s }))),
    schema: z.custom<CriteriaSet>(),
  }),
  units: defineCollection({
    loader: fromDataset<UnitEntry>('units', unitEntries),
    schema: z.custom<UnitEntry>(),
  }),
  models: defineCollection({
    loader: fromDataset<Model>('models', (d) => d.models.map((m) => ({ id: m.slug, data: m }))),
    schema: z.custom<Model>(),
  }),
  targets: defineCollection({
    loader: fromDataset<Target>('targets', (d) => d.targets.map((t, i) => ({ id: `${t.year}-${i}`, data: t }))),
    schema: z.custom<Target>(),
  }),
  calendar: defineCollection({
    loader: fromDataset<CalendarStep>('calendar', (d) => d.calendar.map((s, i) => ({ id: `${s.year}-${i}`, data: s }))),
    schema: z.custom<CalendarStep>(),
  }),
  plans: defineCollection({
    loader: fromDataset<Plan>('plans', (d) => d.plans.map((p) => ({ id: String(p.year), data: p }))),
    schema: z.custom<Plan>(),
  }),
  dossier: defineCollection({
    loader: fromDataset<DossierDocument>('dossier', (d) => d.dossier.map((x, i) => ({ id: `${x.year}-${i}`, data: x }))),
    schema: z.custom<DossierDocument>(),
  }),
  awards: defineCollection({
    loader: fromDataset<Award>('awards', (d) => d.awards.map((a, i) => ({ id: `${a.year}-${i}`, data: a }))),
    schema: z.custom<Award>(),
  }),
  stories: defineCollection({
    loader: mdxFromDataset<StoryMeta>('stories', (d) => d.stories.map(({ slug, path, body, ...meta }) => ({ id: slug, data: meta, path, body }))),
    schema: z.custom<StoryMeta>(),
  }),
  modelStories: defineCollection({
    // Each gallery photo's file becomes an image Astro resizes (the validator has checked it can be read).
    loader: mdxFromDataset<ModelStoryEntry>('model-stories', (d) =>
      d.modelStories.map(({ slug, path, body, title, photos }) => ({ id: slug, data: { title, photos: photos.map((p) => ({ ...p, src: asImage(p.file) })) }, path, body })),
    ),
    schema: z.custom<ModelStoryEntry>(),
  }),
};

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
import type { Dataset } from './lib/validation/dataset.ts';

type Entries<T> = (d: Dataset) => { id: string; data: T }[];

/** A collection of one dataset's entries; the schema only names their type (the validator has checked them). */
function datasetCollection<T extends object>(name: string, entries: Entries<T>) {
  return defineCollection({ loader: fromDataset<T>(name, entries), schema: z.custom<T>() });
}

/** Rows with no key of their own: the year and the row's place in the file. */
const byYearAndRow = <T extends { year: number }>(rows: readonly T[]) => rows.map((data, i) => ({ id: `${data.year}-${i}`, data }));

export const collections = {
  settings: datasetCollection<Settings>('settings', (d) => [{ id: 'site', data: d.settings }]),
  criteriaSets: datasetCollection<CriteriaSet>('criteria-sets', (d) => d.criteriaSets.map((s) => ({ id: s.id, data: s }))),
  units: datasetCollection<UnitEntry>('units', unitEntries),
  models: datasetCollection<Model>('models', (d) => d.models.map((m) => ({ id: m.slug, data: m }))),
  targets: datasetCollection<Target>('targets', (d) => byYearAndRow(d.targets)),
  calendar: datasetCollection<CalendarStep>('calendar', (d) => byYearAndRow(d.calendar)),
  plans: datasetCollection<Plan>('plans', (d) => d.plans.map((p) => ({ id: String(p.year), data: p }))),
  dossier: datasetCollection<DossierDocument>('dossier', (d) => byYearAndRow(d.dossier)),
  awards: datasetCollection<Award>('awards', (d) => byYearAndRow(d.awards)),
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

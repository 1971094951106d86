import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';
import { fromDataset, unitEntries, type UnitEntry } from './data/loader.ts';
import { dataPaths } from './lib/dataset.ts';
import type { CalendarStep } from './schemas/calendar.ts';
import type { CriteriaSet } from './schemas/criteria-set.ts';
import type { Model } from './schemas/model.ts';
import type { Settings } from './schemas/settings.ts';
import { modelStoryFrontmatterWith, storyFrontmatter } from './schemas/story.ts';
import type { Target } from './schemas/target.ts';

const { contentDir } = dataPaths();

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
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: path.join(contentDir, 'tin-bai') }),
    schema: storyFrontmatter,
  }),
  modelStories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: path.join(contentDir, 'mo-hinh') }),
    // The gallery's files become images Astro resizes (the validator has checked they can be read).
    schema: ({ image }) => modelStoryFrontmatterWith(image()),
  }),
};

import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';
import { dataPaths, loadDataset, type Dataset } from './lib/dataset.ts';
import { formatProblems } from './lib/problem.ts';
import type { CalendarStep } from './schemas/calendar.ts';
import type { CriteriaSet } from './schemas/criteria-set.ts';
import type { Model } from './schemas/model.ts';
import type { Result } from './schemas/result.ts';
import type { Settings } from './schemas/settings.ts';
import { modelStoryFrontmatter, storyFrontmatter } from './schemas/story.ts';
import type { Target } from './schemas/target.ts';
import type { Unit } from './schemas/unit.ts';

const paths = dataPaths();

let loaded: Dataset | undefined;
/** One validation for all collections; any problem stops the build before a page is written. */
function dataset(): Dataset {
  if (loaded) return loaded;
  const outcome = loadDataset(paths);
  if (!outcome.ok) throw new Error(`\n${formatProblems(outcome.problems)}`);
  return (loaded = outcome.dataset);
}

/** A collection filled from the validated dataset; entries are already typed, so the schema only names the type. */
function fromDataset<T extends object>(name: string, entries: (d: Dataset) => { id: string; data: T }[]): Loader {
  return {
    name: `antq-${name}`,
    load: async ({ store }) => {
      store.clear();
      for (const e of entries(dataset())) store.set({ id: e.id, data: e.data as Record<string, unknown> });
    },
  };
}

/** A unit with its results, oldest first: one entry per unit keeps the data store linear in units. */
export type UnitEntry = Unit & { results: Result[] };

const collections = {
  settings: defineCollection({
    loader: fromDataset<Settings>('settings', (d) => [{ id: 'site', data: d.settings }]),
    schema: z.custom<Settings>(),
  }),
  criteriaSets: defineCollection({
    loader: fromDataset<CriteriaSet>('criteria-sets', (d) => d.criteriaSets.map((s) => ({ id: s.id, data: s }))),
    schema: z.custom<CriteriaSet>(),
  }),
  units: defineCollection({
    loader: fromDataset<UnitEntry>('units', (d) => {
      const byUnit = new Map<string, Result[]>();
      for (const r of d.results) {
        const list = byUnit.get(r.unitId);
        if (list) list.push(r);
        else byUnit.set(r.unitId, [r]);
      }
      return d.units.map((u) => ({ id: u.id, data: { ...u, results: byUnit.get(u.id) ?? [] } }));
    }),
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
    loader: glob({ pattern: '*.mdx', base: path.join(paths.contentDir, 'tin-bai') }),
    schema: storyFrontmatter,
  }),
  modelStories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: path.join(paths.contentDir, 'mo-hinh') }),
    schema: modelStoryFrontmatter,
  }),
};

export { collections };

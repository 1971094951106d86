import path from 'node:path';
import type { CalendarStep } from '../schemas/calendar.ts';
import type { CriteriaSet } from '../schemas/criteria-set.ts';
import type { Model } from '../schemas/model.ts';
import type { Result } from '../schemas/result.ts';
import type { Settings } from '../schemas/settings.ts';
import type { StoryMeta } from '../schemas/story.ts';
import type { Target } from '../schemas/target.ts';
import type { Unit } from '../schemas/unit.ts';
import { ProblemList, type Problem } from './problem.ts';
import { readSources } from './read-sources.ts';
import { createContext } from './rules/context.ts';
import { criteriaSets } from './rules/criteria-sets.ts';
import { history } from './rules/history.ts';
import { outcomes } from './rules/outcomes.ts';
import { plan } from './rules/plan.ts';
import { references } from './rules/references.ts';
import { scores } from './rules/scores.ts';
import { uniqueIds } from './rules/unique.ts';
import { scoreTotal } from './scores.ts';

/** Every cross-file rule, in the order an editor would fix things. */
export const RULES = [uniqueIds, references, criteriaSets, scores, outcomes, history, plan] as const;

export interface Story extends StoryMeta {
  slug: string;
  /** MDX body, rendered by Astro. */
  body: string;
}

export interface ModelStory {
  slug: string;
  title: string | null;
  body: string;
  /** The gallery's first photo, relative to the content folder (mo-hinh/anh/x.jpg): drawn into the model's share card. */
  leadPhoto: string | null;
}

/** The whole validated dataset: what the site is built from. */
export interface Dataset {
  settings: Settings;
  criteriaSets: CriteriaSet[];
  units: Unit[];
  /** All years, oldest first; totals filled in from the criteria when the file left them empty. */
  results: Result[];
  models: Model[];
  targets: Target[];
  calendar: CalendarStep[];
  stories: Story[];
  modelStories: ModelStory[];
}

export type LoadOutcome = { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

export interface DataPaths {
  dataDir: string;
  contentDir: string;
}

/** `DATA_DIR` points the validator and the build at another data folder; its content/ sits beside it. */
export function dataPaths(env: Record<string, string | undefined> = process.env): DataPaths {
  // An empty variable means "not set", never "the current folder".
  const dataDir = path.resolve(env.DATA_DIR || 'data');
  const contentDir = path.resolve(env.CONTENT_DIR || (env.DATA_DIR ? path.join(dataDir, '..', 'content') : 'content'));
  return { dataDir, contentDir };
}

/** Reads and validates a data folder; returns the dataset only when there is no problem at all. */
export function loadDataset(paths: DataPaths): LoadOutcome {
  const problems = new ProblemList();
  const sources = readSources(paths.dataDir, paths.contentDir, problems);
  const ctx = createContext(sources, problems);
  for (const rule of RULES) rule(ctx);
  if (problems.size > 0 || !sources.settings) return { ok: false, problems: problems.items };
  const results: Result[] = [];
  // Oldest year first; each row's totals are filled in place from its criteria when the file left them empty.
  for (const file of [...sources.results].sort((a, b) => a.year - b.year)) {
    for (const { value: r } of file.rows) {
      r.selfTotal ??= scoreTotal(r.scores, 'self');
      r.appraisedTotal ??= scoreTotal(r.scores, 'appraised');
      results.push(r);
    }
  }
  return {
    ok: true,
    problems: [],
    dataset: {
      settings: sources.settings.value,
      criteriaSets: sources.criteriaSets.map((s) => s.value),
      units: sources.units.rows.map((r) => r.value),
      results,
      models: sources.models.rows.map((r) => r.value),
      targets: sources.targets.rows.map((r) => r.value),
      calendar: sources.calendar.rows.map((r) => r.value),
      stories: sources.stories.map((s) => ({ ...s.meta, slug: s.slug, body: s.body })),
      modelStories: sources.modelStories.map(({ slug, title, body, leadPhoto }) => ({ slug, title, body, leadPhoto })),
    },
  };
}

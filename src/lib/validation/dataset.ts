import path from 'node:path';
import type { CalendarStep } from '../../schemas/calendar.ts';
import type { CriteriaSet } from '../../schemas/criteria-set.ts';
import type { Model } from '../../schemas/model.ts';
import type { ModelType } from '../../schemas/model-type.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { DossierDocument } from '../../schemas/dossier.ts';
import type { Award } from '../../schemas/award.ts';
import type { Result } from '../../schemas/result.ts';
import type { Settings } from '../../schemas/settings.ts';
import type { ModelStoryMeta, StoryMeta } from '../../schemas/story.ts';
import type { Target } from '../../schemas/target.ts';
import type { Unit } from '../../schemas/unit.ts';
import { ProblemList, type Problem } from './problem.ts';
import type { Registry } from './registry.ts';
import { isCommuneKind } from '../../schemas/vocabulary.ts';
import { readSources } from './read-sources.ts';
import { createContext } from './rules/context.ts';
import { criteriaSets } from './rules/criteria-sets.ts';
import { eligibility } from './rules/eligibility.ts';
import { history } from './rules/outcome-sequence.ts';
import { localities } from './rules/localities.ts';
import { modelTypes } from './rules/model-types.ts';
import { modelTypeIndex } from './model-types.ts';
import { outcomes } from './rules/outcomes.ts';
import { plan } from './rules/plan-deadlines.ts';
import { references } from './rules/references.ts';
import { scores } from './rules/scores.ts';
import { uniqueIds } from './rules/unique.ts';
import { scoreTotal } from '../domain/scores.ts';

/** Every cross-file rule, in the order an editor would fix things. */
export const RULES = [uniqueIds, references, modelTypes, localities, criteriaSets, scores, outcomes, eligibility, history, plan] as const;

export interface Story extends StoryMeta {
  slug: string;
  /** Absolute path of the MDX file. */
  path: string;
  /** MDX body, rendered by Astro. */
  body: string;
}

export interface ModelStory extends ModelStoryMeta {
  slug: string;
  path: string;
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
  /** Models with their type named as data/loai-mo-hinh.csv names it, and what they count as. */
  models: Model[];
  modelTypes: ModelType[];
  targets: Target[];
  /** Each year's plan, by year (optional data). */
  plans: Plan[];
  /** Each year's dossier documents (optional data). */
  dossier: DossierDocument[];
  /** Awards to units (optional data). */
  awards: Award[];
  calendar: CalendarStep[];
  stories: Story[];
  modelStories: ModelStory[];
}

/** A folder read: the dataset when nothing blocks it; warnings either way (they never block). */
export type LoadOutcome = { ok: true; dataset: Dataset; problems: []; warnings: Problem[] } | { ok: false; problems: Problem[]; warnings: Problem[] };

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

/** A unit with its province and commune named from the registry (its codes are checked by then). */
function withPlace(u: Unit, registry: Registry): Unit {
  const province = registry.provinces.get(u.provinceCode)!.fullName;
  const commune = registry.communes.get(u.communeCode)!.fullName;
  return { ...u, province, commune, locality: isCommuneKind(u.kind) ? province : commune };
}

/** Models with their type as the vocabulary writes it ("camera an ninh" → "Camera an ninh"), so a type is one group everywhere. */
function withTypes(models: Model[], types: ReturnType<typeof modelTypeIndex>): Model[] {
  return models.map((m) => {
    const t = types.find(m.type)!;
    return { ...m, type: t.name, countsAs: t.countsAs };
  });
}

/** Reads and validates a data folder; returns the dataset only when there is no problem at all. */
export function loadDataset(paths: DataPaths): LoadOutcome {
  const problems = new ProblemList();
  const sources = readSources(paths.dataDir, paths.contentDir, problems);
  const ctx = createContext(sources, problems);
  for (const rule of RULES) rule(ctx);
  if (problems.size > 0 || !sources.settings || !sources.registry) return { ok: false, problems: problems.items, warnings: problems.warnings };
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
    warnings: problems.warnings,
    dataset: {
      settings: sources.settings.value,
      criteriaSets: sources.criteriaSets.map((s) => s.value),
      units: sources.units.rows.map((r) => withPlace(r.value, sources.registry!.value)),
      results,
      models: withTypes(sources.models.rows.map((r) => r.value), modelTypeIndex(sources.modelTypes.rows.map((r) => r.value))),
      modelTypes: sources.modelTypes.rows.map((r) => r.value),
      targets: sources.targets.rows.map((r) => r.value),
      plans: sources.plans.rows.map((r) => r.value),
      dossier: sources.dossier.rows.map((r) => r.value),
      awards: sources.awards.rows.map((r) => r.value),
      calendar: sources.calendar.rows.map((r) => r.value),
      stories: sources.stories.map((s) => ({ ...s.meta, slug: s.slug, path: s.path, body: s.body })),
      modelStories: sources.modelStories.map(({ slug, path, title, photos, body, leadPhoto }) => ({ slug, path, title, photos, body, leadPhoto })),
    },
  };
}

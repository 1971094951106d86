import type { CalendarStep } from '../../schemas/calendar.ts';
import type { CriteriaRow, CriteriaSet } from '../../schemas/criteria-set.ts';
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
import type { Registry } from './registry.ts';
import type { ColumnMap, FailedRow, Located, TableRead } from './table.ts';

/** A criteria set as read: its metadata file, and its items' CSV when the set is itemised. */
export interface CriteriaSource {
  value: CriteriaSet;
  file: string;
  items: TableRead<CriteriaRow> | null;
}

/** What the scores rule needs of a result row. */
export type ScoredRow = Pick<Result, 'year' | 'unitId' | 'criteriaSetId' | 'selfTotal' | 'appraisedTotal' | 'scores'>;

/** One yearly results file. */
export interface ResultsSource {
  /** Year from the file name (ket-qua/2026.csv → 2026). */
  year: number;
  file: string;
  rows: Located<Result>[];
  columns: ColumnMap;
  /** Rows rejected for a problem: they exist, so no rule reports them missing. */
  failed: FailedRow[];
  /**
   * Rows rejected for a problem in a column the scores do not depend on (a bad date, say): their
   * scores are still checked, so an editor sees every problem of the row in one run.
   */
  scoredFailedRows: Located<ScoredRow>[];
  /** The file could not be read at all: its problem is reported, and nothing that follows from its rows being absent. */
  unreadable: boolean;
}

export interface StorySource {
  slug: string;
  /** As shown to editors. */
  file: string;
  /** Absolute path, for the build to render. */
  path: string;
  meta: StoryMeta;
  body: string;
}

/** Everything read from a data folder, with locations, before the cross-file rules run. */
export interface Sources {
  settings: { value: Settings; file: string } | null;
  /** Provinces and communes the codes are checked against; `own` when the folder brings its invented list (sample data only). */
  registry: { value: Registry; file: string; own: boolean } | null;
  criteriaSets: CriteriaSource[];
  /** Ids (file names) of criteria sets whose metadata file could not be read: rows naming them are not checked against a guess. */
  unreadableSetIds: Set<string>;
  units: TableRead<Unit>;
  results: ResultsSource[];
  models: TableRead<Model>;
  /** The model types (data/loai-mo-hinh.csv) models are held to. */
  modelTypes: TableRead<ModelType>;
  targets: TableRead<Target>;
  /** Each year's plan (ke-hoach, optional): eligibility and who decides. */
  plans: TableRead<Plan>;
  /** Each year's dossier documents (ho-so, optional). */
  dossier: TableRead<DossierDocument>;
  /** Awards to units (khen-thuong, optional). */
  awards: TableRead<Award>;
  calendar: TableRead<CalendarStep>;
  stories: StorySource[];
  /** `leadPhoto`: the gallery's first photo, relative to the content folder, for the share card. */
  modelStories: ({ slug: string; file: string; path: string; body: string; leadPhoto: string | null } & ModelStoryMeta)[];
}

import type { CalendarStep } from '../schemas/calendar.ts';
import type { CriteriaRow, CriteriaSet } from '../schemas/criteria-set.ts';
import type { Model } from '../schemas/model.ts';
import type { Result } from '../schemas/result.ts';
import type { Settings } from '../schemas/settings.ts';
import type { StoryMeta } from '../schemas/story.ts';
import type { Target } from '../schemas/target.ts';
import type { Unit } from '../schemas/unit.ts';
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
}

export interface StorySource {
  slug: string;
  file: string;
  meta: StoryMeta;
  body: string;
}

/** Everything read from a data folder, with locations, before the cross-file rules run. */
export interface Sources {
  settings: { value: Settings; file: string } | null;
  criteriaSets: CriteriaSource[];
  units: TableRead<Unit>;
  results: ResultsSource[];
  models: TableRead<Model>;
  targets: TableRead<Target>;
  calendar: TableRead<CalendarStep>;
  stories: StorySource[];
  /** `leadPhoto`: the gallery's first photo, relative to the content folder, for the share card. */
  modelStories: { slug: string; file: string; title: string | null; body: string; leadPhoto: string | null }[];
}

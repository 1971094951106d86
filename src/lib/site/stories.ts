import type { StoryMeta } from '../../schemas/story.ts';
import { collator } from '../text/format.ts';

/** Stories newest first; on the same day, by title in Vietnamese order so the list is stable. */
export function newestFirst<T extends { data: Pick<StoryMeta, 'date' | 'title'> }>(stories: readonly T[]): T[] {
  return [...stories].sort((a, b) => b.data.date.localeCompare(a.data.date) || collator.compare(a.data.title, b.data.title));
}

/** Stories by the unit they are about, each unit's newest first: the unit pages list them. */
export function storiesByUnit<T extends { data: Pick<StoryMeta, 'date' | 'title' | 'unitId'> }>(stories: readonly T[]): Map<string, T[]> {
  return Map.groupBy(
    newestFirst(stories).filter((s) => s.data.unitId !== null),
    (s) => s.data.unitId!,
  );
}

import type { StoryMeta } from '../schemas/story.ts';
import { collator } from './format.ts';

/** Stories newest first; on the same day, by title in Vietnamese order so the list is stable. */
export function newestFirst<T extends { data: Pick<StoryMeta, 'date' | 'title'> }>(stories: readonly T[]): T[] {
  return [...stories].sort((a, b) => b.data.date.localeCompare(a.data.date) || collator.compare(a.data.title, b.data.title));
}

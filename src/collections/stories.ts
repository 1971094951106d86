import { getCollection, type CollectionEntry } from 'astro:content';
import { storiesByUnit } from '../lib/site/stories.ts';

let byUnit: Promise<Map<string, CollectionEntry<'stories'>[]>> | undefined;

/** Stories by unit, newest first, indexed once per build: every unit page asks. */
export function getStoriesByUnit(): Promise<Map<string, CollectionEntry<'stories'>[]>> {
  return (byUnit ??= getCollection('stories').then(storiesByUnit));
}

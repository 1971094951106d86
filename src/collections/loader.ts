import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImageMetadata } from 'astro';
import type { Loader } from 'astro/loaders';
import { dataPaths, loadDataset, type Dataset } from '../lib/validation/dataset.ts';
import { formatProblems } from '../lib/validation/problem.ts';
import { packScores } from '../lib/domain/packed-scores.ts';
import type { StoredResult } from '../schemas/result.ts';
import type { GalleryPhotoMeta } from '../schemas/story.ts';
import type { Unit } from '../schemas/unit.ts';

let loaded: Dataset | undefined;
/** One validation for all collections; any problem stops the build before a page is written. */
export function dataset(): Dataset {
  if (loaded) return loaded;
  const outcome = loadDataset(dataPaths());
  if (!outcome.ok) throw new Error(`\n${formatProblems(outcome.problems)}`);
  return (loaded = outcome.dataset);
}

/** A collection filled from the validated dataset; entries are already typed, so the schema only names the type. */
export function fromDataset<T extends object>(name: string, entries: (d: Dataset) => { id: string; data: T }[]): Loader {
  return {
    name: `antq-${name}`,
    load: async ({ store }) => {
      store.clear();
      for (const e of entries(dataset())) store.set({ id: e.id, data: e.data as Record<string, unknown> });
    },
  };
}

/** A unit with its results, oldest first: one entry per unit keeps the data store linear in units. */
export type UnitEntry = Unit & { results: StoredResult[] };

export function unitEntries(d: Dataset): { id: string; data: UnitEntry }[] {
  const maxOf = new Map(d.criteriaSets.map((s) => [s.id, s.maxPoints]));
  const stored = d.results.map(({ scores, ...rest }): StoredResult => ({ ...rest, packedScores: packScores(scores), maxPoints: rest.criteriaSetId === null ? null : (maxOf.get(rest.criteriaSetId) ?? null) }));
  const byUnit = Map.groupBy(stored, (r) => r.unitId);
  return d.units.map((u) => ({ id: u.id, data: { ...u, results: byUnit.get(u.id) ?? [] } }));
}

/** An MDX file of the dataset: its validated front matter as `data`, rendered by Astro from the file itself. */
export interface MdxEntry<T> {
  id: string;
  data: T;
  /** Absolute path of the MDX file. */
  path: string;
  body: string;
}

/**
 * MDX stories from the validated dataset instead of Astro's `glob()` loader. Two reasons: the front
 * matter is read once, by the validator's parser (the editor's `00004` stays text); and `glob()`
 * keeps a stored entry whose bytes are unchanged even when it came from another folder, so a build
 * with another DATA_DIR could render the first folder's file (or fail once that folder is gone).
 * Here the store is emptied on every load and each entry names the file of this build's folder;
 * nothing is rendered at load time (`deferredRender`), so emptying costs nothing.
 */
export function mdxFromDataset<T extends object>(name: string, entries: (d: Dataset) => MdxEntry<T>[]): Loader {
  return {
    name: `antq-${name}`,
    load: async ({ store, config, generateDigest }) => {
      store.clear();
      const root = fileURLToPath(config.root);
      for (const e of entries(dataset())) {
        const filePath = path.relative(root, e.path).split(path.sep).join('/');
        store.set({ id: e.id, data: e.data as Record<string, unknown>, body: e.body, filePath, digest: generateDigest(`${filePath}\0${e.body}`), deferredRender: true });
      }
    },
  };
}

/** A model's story as its page reads it: each gallery photo with the image Astro made of its file. */
export interface ModelStoryEntry {
  title: string | null;
  photos: (GalleryPhotoMeta & { src: ImageMetadata })[];
}

/**
 * A picture file named in front matter, relative to the MDX file, marked the way Astro's `image()`
 * marks it: the data store turns the mark into an import of the file (resolved from the entry's
 * `filePath`), and `getCollection` gives the page that import's image metadata.
 */
export function asImage(file: string): ImageMetadata {
  const relative = file.startsWith('.') || file.startsWith('/') ? file : `./${file}`;
  return `__ASTRO_IMAGE_${relative}` as unknown as ImageMetadata;
}

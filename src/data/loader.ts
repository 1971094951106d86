import type { Loader } from 'astro/loaders';
import { dataPaths, loadDataset, type Dataset } from '../lib/dataset.ts';
import { formatProblems } from '../lib/problem.ts';
import { packScores } from '../lib/packed-scores.ts';
import type { StoredResult } from '../schemas/result.ts';
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
  const byUnit = new Map<string, StoredResult[]>();
  for (const { scores, ...rest } of d.results) {
    const r = { ...rest, packedScores: packScores(scores) };
    const list = byUnit.get(r.unitId);
    if (list) list.push(r);
    else byUnit.set(r.unitId, [r]);
  }
  return d.units.map((u) => ({ id: u.id, data: { ...u, results: byUnit.get(u.id) ?? [] } }));
}

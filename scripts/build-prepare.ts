// The first step of the build, run in a worker thread by scripts/build.ts: validates the data and
// prepares what the steps around Astro need (the cards to draw, the embed pages, the unit search entries). A worker's
// memory is given back when it ends, so the dataset is not held while Astro loads its own copy.
import { parentPort } from 'node:worker_threads';
import { unitEntries } from '../src/data/loader.ts';
import { dataPaths, loadDataset } from '../src/lib/dataset.ts';
import { embedPages } from '../src/lib/embed.ts';
import { shareCards } from '../src/lib/og-cards.ts';
import { cardJobs, type CardJob } from '../src/lib/og-render.ts';
import { formatAnnotations, formatProblems } from '../src/lib/problem.ts';
import { unitSearchRecords, type SearchRecord } from '../src/lib/search-records.ts';
import { siteLocation } from '../src/lib/site-config.ts';
import { buildSite } from '../src/lib/site-index.ts';

export type Prepared =
  | { ok: true; jobs: CardJob[]; embeds: [string, string][]; searchRecords: SearchRecord[]; site: string; base: string }
  | { ok: false; report: string; annotations: string };

parentPort!.once('message', ({ cacheDir }: { cacheDir: string }) => {
  const paths = dataPaths();
  const outcome = loadDataset(paths);
  let prepared: Prepared;
  if (!outcome.ok) prepared = { ok: false, report: formatProblems(outcome.problems), annotations: formatAnnotations(outcome.problems) };
  else {
    const d = outcome.dataset;
    const siteIndex = buildSite({ ...d, units: unitEntries(d).map((e) => e.data) });
    // Where the site is served (settings, or SITE_URL / BASE_PATH): the same place Astro is told.
    const { site, base } = siteLocation(paths.dataDir);
    prepared = { ok: true, jobs: cardJobs(shareCards(siteIndex), cacheDir), embeds: [...embedPages(siteIndex, site, base)], searchRecords: unitSearchRecords(siteIndex, base), site, base };
  }
  parentPort!.postMessage(prepared);
});

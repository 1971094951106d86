// The build's first two steps, run in a worker thread by build() (./build.ts): `validate` reads and
// checks the data, `prepare` works out what the steps around Astro need (the cards to draw, the unit
// search entries) and writes the embed pages to a staging folder. A worker's memory is given back
// when it ends, so the dataset is not held while Astro loads its own copy, and the embed pages
// (100 MB nationally) are not held at all.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { unitEntries } from '../../../collections/loader.ts';
import { verificationRecords, verificationUrl } from '../../site/verification-records.ts';
import { loadDataset } from '../../validation/dataset.ts';
import { embedPages } from '../embed.ts';
import { shareCards } from '../../cards/share-cards.ts';
import { cardJobs, type CardJob } from '../../cards/render.ts';
import { formatWarnings, problemOutput } from '../../validation/problem.ts';
import { unitSearchRecords, type SearchRecord } from '../../site/search-records.ts';
import { buildSite } from '../../site/site-index.ts';

/** What the worker is given: where the data is, where the site is served, where to write. */
export interface PrepareRequest {
  dataDir: string;
  contentDir: string;
  site: string;
  base: string;
  cacheDir: string;
  embedDir: string;
}

/** The worker's first message, once the data is read: the problems, or the warnings of valid data. */
export type Validated = { step: 'validate'; ok: false; report: string; annotations: string; summary: string } | { step: 'validate'; ok: true; warnings: string };

/** The second message, only for valid data. */
export interface Prepared {
  step: 'prepare';
  jobs: CardJob[];
  qrTexts: string[];
  embedCount: number;
  searchRecords: SearchRecord[];
}

parentPort!.once('message', ({ dataDir, contentDir, site, base, cacheDir, embedDir }: PrepareRequest) => {
  const outcome = loadDataset({ dataDir, contentDir });
  if (!outcome.ok) {
    const out = problemOutput(outcome.problems);
    parentPort!.postMessage({ step: 'validate', ok: false, report: out.stderr, annotations: out.stdout, summary: out.summary } satisfies Validated);
    return;
  }
  parentPort!.postMessage({ step: 'validate', ok: true, warnings: formatWarnings(outcome.warnings) } satisfies Validated);
  const d = outcome.dataset;
  const siteIndex = buildSite({ ...d, units: unitEntries(d).map((e) => e.data) });
  let embedCount = 0;
  for (const [rel, html] of embedPages(siteIndex, site, base)) {
    mkdirSync(path.join(embedDir, path.dirname(rel)), { recursive: true });
    writeFileSync(path.join(embedDir, rel), html);
    embedCount++;
  }
  const qrTexts = [...verificationRecords(siteIndex).keys()].map((code) => verificationUrl(site, base, code));
  const leadPhotos = new Map(d.modelStories.flatMap((s) => (s.leadPhoto ? [[s.slug, path.resolve(contentDir, s.leadPhoto)] as const] : [])));
  parentPort!.postMessage({ step: 'prepare', jobs: cardJobs(shareCards(siteIndex, leadPhotos), cacheDir), qrTexts, embedCount, searchRecords: unitSearchRecords(siteIndex, base) } satisfies Prepared);
});

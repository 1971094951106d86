// The first step of the build, run in a worker thread by scripts/build.ts: validates the data and
// prepares what the steps around Astro need (the cards to draw, the unit search entries) and writes
// the embed pages to a staging folder. A worker's memory is given back when it ends, so the dataset
// is not held while Astro loads its own copy, and the embed pages (100 MB nationally) are not held at all.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { unitEntries } from '../src/collections/loader.ts';
import { verificationRecords, verificationUrl } from '../src/lib/domain/certificate.ts';
import { dataPaths, loadDataset } from '../src/lib/validation/dataset.ts';
import { embedPages } from '../src/lib/site/embed.ts';
import { shareCards } from '../src/lib/cards/share-cards.ts';
import { cardJobs, type CardJob } from '../src/lib/cards/render.ts';
import { formatWarnings, problemOutput } from '../src/lib/validation/problem.ts';
import { unitSearchRecords, type SearchRecord } from '../src/lib/site/search-records.ts';
import { siteLocation } from '../src/lib/config/site-config.ts';
import { buildSite } from '../src/lib/site/site-index.ts';

export type Prepared =
  | { ok: true; jobs: CardJob[]; qrTexts: string[]; embedCount: number; searchRecords: SearchRecord[]; site: string; base: string; warnings: string }
  | { ok: false; report: string; annotations: string; summary: string };

parentPort!.once('message', ({ cacheDir, embedDir }: { cacheDir: string; embedDir: string }) => {
  const paths = dataPaths();
  const outcome = loadDataset(paths);
  let prepared: Prepared;
  if (!outcome.ok) {
    const out = problemOutput(outcome.problems);
    prepared = { ok: false, report: out.stderr, annotations: out.stdout, summary: out.summary };
  } else {
    const d = outcome.dataset;
    const siteIndex = buildSite({ ...d, units: unitEntries(d).map((e) => e.data) });
    // Where the site is served (settings, or SITE_URL / BASE_PATH): the same place Astro is told.
    const { site, base } = siteLocation(paths.dataDir);
    let embedCount = 0;
    for (const [rel, html] of embedPages(siteIndex, site, base)) {
      mkdirSync(path.join(embedDir, path.dirname(rel)), { recursive: true });
      writeFileSync(path.join(embedDir, rel), html);
      embedCount++;
    }
    const qrTexts = [...verificationRecords(siteIndex).keys()].map((code) => verificationUrl(site, base, code));
    const leadPhotos = new Map(d.modelStories.flatMap((s) => (s.leadPhoto ? [[s.slug, path.resolve(paths.contentDir, s.leadPhoto)] as const] : [])));
    prepared = { ok: true, jobs: cardJobs(shareCards(siteIndex, leadPhotos), cacheDir), qrTexts, embedCount, searchRecords: unitSearchRecords(siteIndex, base), site, base, warnings: formatWarnings(outcome.warnings) };
  }
  parentPort!.postMessage(prepared);
});

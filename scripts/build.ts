// npm run build: validate the data, then build the site. Nothing is published when validation fails.
//
// Steps and why they overlap: Astro renders the pages on one core; the share cards depend only on
// the data, so they are drawn meanwhile on the other cores (and on one more once Astro is done,
// while the search index is written). The data is validated in a worker thread that ends before
// Astro starts: Astro loads its own copy, and two copies of a national dataset do not fit the budget.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { acquireBuildLock } from '../src/lib/publish/build-lock.ts';
import { sitemapFiles } from '../src/lib/publish/feeds.ts';
import { drawCards, placeCards, pruneCache } from '../src/lib/cards/render.ts';
import { buildSideDirs, outDir } from '../src/lib/config/out-dir.ts';
import { precompressWanted } from '../src/lib/publish/precompress.ts';
import { finishSite } from '../src/lib/publish/site-finish.ts';
import { QR_CACHE_DIR, qrCacheFile } from '../src/lib/cards/qr-cache.ts';
import { PHOTO_CACHE_DIR } from '../src/lib/publish/photo-masters.ts';
import { searchHtml } from '../src/lib/site/search-records.ts';
import { href } from '../src/lib/site/url.ts';
import type { Prepared } from './build-prepare.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = outDir(root);
// One build at a time in a checkout (Astro's state lives in the project); released when the process ends.
await acquireBuildLock(path.join(root, 'node_modules/.cache/antq-build.lock'));
const cacheDir = path.join(root, 'node_modules/.cache/antq-og');
const fontDir = path.join(root, 'node_modules/@expo-google-fonts/be-vietnam-pro');
const since = (t: number) => Math.round(performance.now() - t);
const buildStarted = Date.now();

// Beside the output while the build runs: the previous site being deleted, and the embed pages the
// preparation worker writes before they move into the site after Astro.
const { oldSite, embeds: embedDir } = buildSideDirs(dist, root);
// A failed run must never leave an older or partial site behind to be deployed by mistake. The old
// site is moved aside at once and deleted in the background (libuv's threads): deleting a national
// site (130,000 files) took a minute before anything else could start.
rmSync(oldSite, { recursive: true, force: true }); // left by a run that was killed
if (existsSync(dist)) renameSync(dist, oldSite);
// Not deleting the old copy is no reason to fail the new site: it is said, and the next run tries again.
const oldSiteRemoved = rm(oldSite, { recursive: true, force: true }).catch((error: Error) => console.warn(`Chưa xóa được bản dựng cũ ${oldSite}: ${error.message}`));
rmSync(embedDir, { recursive: true, force: true });

// Validation and preparation run in a worker thread: see scripts/build-prepare.ts.
const prepared = await new Promise<Prepared>((resolve, reject) => {
  const worker = new Worker(path.join(root, 'scripts/build-prepare.ts'));
  worker.once('message', (p: Prepared) => {
    resolve(p);
    void worker.terminate();
  });
  worker.once('error', reject);
  worker.postMessage({ cacheDir, embedDir });
});
if (!prepared.ok) {
  console.error(prepared.report);
  if (prepared.annotations) console.log(prepared.annotations);
  if (prepared.summary && process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, prepared.summary);
  rmSync(embedDir, { recursive: true, force: true });
  process.exit(1);
}
const { jobs, qrTexts, searchRecords, embedCount, site, base } = prepared;
// Warnings never stop a build; the editor still reads them.
if (prepared.warnings) console.warn(prepared.warnings);
// Only where each card goes is kept here; the scenes go to the card workers and the search entries
// to Pagefind, and neither is held once handed over (nationally 38,000 scenes, 35,000 entries).
const places = jobs.map(({ cacheFile, outPath }) => ({ cacheFile, outPath }));
const unitCount = searchRecords.length; // one search entry per unit
prepared.jobs = [];
prepared.searchRecords = [];

// The search index: units are indexed from their data while Astro builds (Pagefind runs in its own
// process); models and stories, whose text is MDX, are read from their built pages afterwards.
const pagefind = await import('pagefind');
const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error('Pagefind không khởi động được.');
const unitsIndexed = (async () => {
  // Taken from the end of the reversed list: in order, and each entry released once added.
  searchRecords.reverse();
  while (searchRecords.length > 0) {
    const record = searchRecords.pop()!;
    const added = await index.addHTMLFile({ url: record.url, content: searchHtml(record) });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  }
})();
// A failure is reported once Astro is done; until then it must not end the process unheard.
unitsIndexed.catch(() => undefined);

// Photos are resized by sharp (libvips) inside Astro, two at a time (Astro's queue): one libvips
// thread each is enough on these cores, and few malloc arenas keep its memory from fragmenting
// (threads each growing their own arena raised the peak by ~200 MB at 1k units). Both can be overridden.
const env: NodeJS.ProcessEnv = { VIPS_CONCURRENCY: '1', MALLOC_ARENA_MAX: '2', ...process.env, OUT_DIR: dist };
if (!env.SOURCE_DATE_EPOCH) {
  // The commit's time, not the clock, dates the pages: the same commit builds the same bytes.
  try {
    env.SOURCE_DATE_EPOCH = execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Outside git the build is dated by the clock.
  }
}

// Share cards (Open Graph images) for every unit, year and model, drawn with a Vietnamese typeface
// into the cache while Astro builds; they are put into the site once Astro has emptied and filled it.
const cores = availableParallelism();
const cards = drawCards(jobs, cacheDir, fontDir, path.join(root, 'scripts/og-worker.ts'), Math.max(1, cores - 1), { texts: qrTexts, dir: path.join(root, QR_CACHE_DIR) });
jobs.length = 0;

// Astro's heap, sized to the data: left to itself V8 lets the heap grow far past what is live
// (35,000 units: 0.9–1.2 GB live after a full collection, up to 2.8 GB resident). A ceiling with
// room to spare (1.6 GB there) makes it collect sooner: 2.3 GB resident, and no slower in two runs.
// A --max-old-space-size given in NODE_OPTIONS wins.
const heapMB = Math.round(768 + unitCount * 0.025);
const heapFlag = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${heapMB}`];
const astroStatus = await new Promise<number>((resolve) => {
  const astro = spawn(process.execPath, [...heapFlag, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env, stdio: 'inherit' });
  astro.on('close', (code) => resolve(code ?? 1));
});
if (astroStatus !== 0) {
  cards.cancel();
  await cards.done().catch(() => undefined);
  await pagefind.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(embedDir, { recursive: true, force: true });
  process.exit(astroStatus);
}
if (cores > 1) cards.addLane();

try {
  // Embed cards for other portals: plain escaped HTML written by the preparation worker, moved in.
  if (embedCount > 0) renameSync(path.join(embedDir, 'nhung'), path.join(dist, 'nhung'));
  rmSync(embedDir, { recursive: true, force: true });

  // Every page built, walked once (100,000 files nationally): the sitemap and search both read it.
  const built = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
  const pageUrl = (rel: string) => href(base, rel.split(path.sep).join('/').replace(/index\.html$/, ''));

  // The sitemap lists what was actually built, so every URL in it resolves.
  // Above 50,000 pages sitemap.xml becomes an index of numbered files (sitemaps.org's limit).
  const sitemaps = sitemapFiles(built.filter((f) => !f.startsWith('nhung')).map((f) => new URL(pageUrl(f), site).href), (name) => new URL(href(base, name), site).href);
  for (const [name, body] of sitemaps) writeFileSync(path.join(dist, name), body);
  writeFileSync(path.join(dist, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${new URL(href(base, 'sitemap.xml'), site).href}\n`);

  // Model and story pages mark their content for search; lists and other pages are not indexed.
  const indexStarted = performance.now();
  await unitsIndexed;
  const searchable = built.filter((f) => /^(mo-hinh|tin-bai)[\\/].+index\.html$/.test(f) && !/^mo-hinh[\\/]loai[\\/]/.test(f));
  let indexed = unitCount;
  for (const rel of searchable) {
    const added = await index.addHTMLFile({ url: pageUrl(rel), content: readFileSync(path.join(dist, rel), 'utf8') });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    indexed++;
  }
  await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
  await pagefind.close();
  console.log(`✓ Chỉ mục tìm kiếm: ${indexed} trang (${since(indexStarted)} ms sau khi Astro xong).`);

  const drawn = await cards.done();
  placeCards(places, dist);
  // The caches keep what this site uses (a card or code no longer on the site is not kept forever).
  const qrDir = path.join(root, QR_CACHE_DIR);
  pruneCache(cacheDir, new Set(places.map((p) => p.cacheFile)), buildStarted);
  pruneCache(qrDir, new Set(qrTexts.map((t) => qrCacheFile(t, qrDir))), buildStarted);
  // Photo copies Astro used in this build were made or touched by it (lib/photo-masters.ts).
  pruneCache(path.join(root, PHOTO_CACHE_DIR), new Set(), buildStarted);
  console.log(`✓ Ảnh chia sẻ: ${drawn.rendered} vẽ mới, ${drawn.cached} lấy từ bộ nhớ đệm; ${drawn.qrDrawn} mã QR vẽ mới (${drawn.ms} ms, vẽ song song với Astro).`);
  // Last: the CSP for the HTTP header, compressed copies when asked, and the manifest that says the site is whole.
  const finished = await finishSite(dist, { precompress: precompressWanted(process.argv.slice(2), process.env) });
  const c = finished.compressed;
  console.log(`✓ Danh mục: ${finished.files} tệp${c ? `; nén sẵn ${c.files} tệp văn bản (${(c.bytes / 1048576).toFixed(1)} MB → gzip ${(c.gzipBytes / 1048576).toFixed(1)} MB, brotli ${(c.brotliBytes / 1048576).toFixed(1)} MB)` : ''} (${finished.ms} ms).`);
  await oldSiteRemoved;
} catch (error) {
  // Half a site is never left behind: a failure after Astro removes the build folder too.
  console.error(error);
  cards.cancel();
  rmSync(dist, { recursive: true, force: true });
  rmSync(embedDir, { recursive: true, force: true });
  process.exit(1);
}

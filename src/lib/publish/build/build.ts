// The build: validate the data, then build the site. Nothing is published when a step fails.
//
// Steps and why they overlap: Astro renders the pages on one core; the share cards depend only on
// the data, so they are drawn meanwhile on the other cores (and on one more once Astro is done,
// while the search index is written). The data is validated in a worker thread that ends before
// Astro starts: Astro loads its own copy, and two copies of a national dataset do not fit the budget.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { acquireBuildLock } from '../build-lock.ts';
import { sitemapFiles } from '../feeds.ts';
import { drawCards, placeCards, pruneCache } from '../../cards/render.ts';
import { buildSideDirs, outDir } from '../../config/out-dir.ts';
import { finishSite } from '../site-finish.ts';
import { QR_CACHE_DIR, qrCacheFile } from '../../cards/qr-cache.ts';
import { PHOTO_CACHE_DIR } from '../photo-masters.ts';
import { searchHtml } from '../../site/search-records.ts';
import { linker } from '../../site/url.ts';
import { BUILD_STEPS, stepOf, type BuildStep } from './steps.ts';
import type { PrepareRequest, Prepared, Validated } from './prepare-worker.ts';

export interface BuildOptions {
  /** The project: astro.config.mjs, node_modules, the build lock and the caches. */
  root: string;
  dataDir: string;
  contentDir: string;
  /** Emptied first (the old site is moved aside); holds the whole site only when the build succeeds. */
  outDir: string;
  /** Origin the site is served at, without trailing slash. */
  site: string;
  /** Sub-path it is served from, with leading and trailing slash. */
  base: string;
  /** Write `.gz` and `.br` copies of the text files beside them. */
  precompress: boolean;
  /** The environment Astro runs in (SOURCE_DATE_EPOCH, NODE_OPTIONS, …); where the data is and the site is served are set from the options. */
  env: Record<string, string | undefined>;
}

export interface BuildLogger {
  log(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
}

export interface BuildEffects {
  logger: BuildLogger;
  clock: {
    /** Wall-clock milliseconds: caches keep what this build touched from then on. */
    now(): number;
    /** Monotonic milliseconds, for the durations the log shows. */
    monotonic(): number;
  };
  /** Runs Astro (`node astro.mjs build` in the project) and resolves with its exit status. */
  runAstro(command: { execPath: string; args: string[]; cwd: string; env: Record<string, string | undefined> }): Promise<number>;
  /** The validation problems as a Markdown summary, for the CI run's summary page. */
  writeSummary(markdown: string): void;
  /** Told when a step starts and when it has finished; a test looks at the out dir then. */
  onStep?(step: BuildStep, phase: 'start' | 'end'): void;
}

/** A step and how long it took, from its start to its end (steps that overlap Astro start before it). */
export interface StepRun {
  step: BuildStep;
  ms: number;
}

export type BuildResult =
  | { ok: true; steps: StepRun[]; files: number }
  /** `exitCode`: 1, or Astro's own status when Astro failed. The failure has been logged. */
  | { ok: false; failedStep: BuildStep; steps: StepRun[]; exitCode: number };

/** Effects of `npm run build`: the console, the clock, Astro sharing the terminal, GITHUB_STEP_SUMMARY. */
export function processEffects(env: Record<string, string | undefined> = process.env): BuildEffects {
  return {
    logger: console,
    clock: { now: () => Date.now(), monotonic: () => performance.now() },
    runAstro: ({ execPath, args, cwd, env }) =>
      new Promise((resolve) => {
        spawn(execPath, args, { cwd, env, stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1));
      }),
    writeSummary: (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) writeFileSync(env.GITHUB_STEP_SUMMARY, markdown, { flag: 'a' });
    },
  };
}

/** A step that failed, with the exit status the command ends with. */
class StepFailure extends Error {
  override name = 'StepFailure';
  readonly step: BuildStep;
  readonly exitCode: number;
  constructor(step: BuildStep, exitCode: number) {
    super(`${step} failed`);
    this.step = step;
    this.exitCode = exitCode;
  }
}

export async function build(options: BuildOptions, effects: BuildEffects): Promise<BuildResult> {
  const { root, site, base, env } = options;
  // Refused when it holds the project or the data: the build empties it.
  const dist = outDir(root, { OUT_DIR: options.outDir, DATA_DIR: options.dataDir });
  const { logger, clock } = effects;
  // One build at a time in a checkout (Astro's state lives in the project).
  const release = await acquireBuildLock(path.join(root, 'node_modules/.cache/antq-build.lock'), (line) => logger.log(line));
  const cacheDir = path.join(root, 'node_modules/.cache/antq-og');
  const fontDir = path.join(root, 'node_modules/@expo-google-fonts/be-vietnam-pro');
  const qrDir = path.join(root, QR_CACHE_DIR);
  const buildStarted = clock.now();

  const steps: StepRun[] = [];
  // The step whose work is under way, named in the result when it fails.
  let current: BuildStep = BUILD_STEPS[0];
  const started = new Map<BuildStep, number>();
  const start = (step: BuildStep) => {
    current = step;
    started.set(step, clock.monotonic());
    effects.onStep?.(step, 'start');
  };
  const end = (step: BuildStep) => {
    // Steps end in the order they are declared.
    if (step !== BUILD_STEPS[steps.length]) throw new Error(`Bước ${step} xong trước ${BUILD_STEPS[steps.length]}.`);
    steps.push({ step, ms: Math.round(clock.monotonic() - started.get(step)!) });
    effects.onStep?.(step, 'end');
  };

  try {
    return await run();
  } finally {
    release();
  }

  async function run(): Promise<BuildResult> {
    // Beside the output while the build runs: the previous site being deleted, and the embed pages the
    // preparation worker writes before they move into the site.
    const { oldSite, embeds: embedDir } = buildSideDirs(dist, root, { DATA_DIR: options.dataDir });
    // A failed run must never leave an older or partial site behind to be deployed by mistake. The old
    // site is moved aside at once and deleted in the background (libuv's threads): deleting a national
    // site (130,000 files) took a minute before anything else could start.
    rmSync(oldSite, { recursive: true, force: true }); // left by a run that was killed
    if (existsSync(dist)) renameSync(dist, oldSite);
    // Not deleting the old copy is no reason to fail the new site: it is said, and the next run tries again.
    const oldSiteRemoved = rm(oldSite, { recursive: true, force: true }).catch((error: Error) => logger.warn(`Chưa xóa được bản dựng cũ ${oldSite}: ${error.message}`));
    rmSync(embedDir, { recursive: true, force: true });

    let cards: ReturnType<typeof drawCards> | undefined;
    let pagefind: typeof import('pagefind') | undefined;
    try {
      // validate, prepare: in a worker thread (./prepare-worker.ts) that ends before Astro starts.
      start('validate');
      start('prepare');
      const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url));
      const messages: (Validated | Prepared)[] = [];
      let wake = () => {};
      let failure: unknown;
      worker.on('message', (m: Validated | Prepared) => (messages.push(m), wake()));
      worker.once('error', (error) => ((failure ??= error), wake()));
      // A worker that ends without its messages (out of memory, killed) fails the step rather than hang the build.
      worker.once('exit', (code) => ((failure ??= new Error(`Bước kiểm tra dữ liệu dừng giữa chừng (mã ${code}).`)), wake()));
      const next = async <T extends Validated | Prepared>(): Promise<T> => {
        while (messages.length === 0 && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
        if (messages.length === 0) throw failure;
        return messages.shift() as T;
      };
      worker.postMessage({ dataDir: options.dataDir, contentDir: options.contentDir, site, base, cacheDir, embedDir } satisfies PrepareRequest);
      const validated = await next<Validated>();
      if (!validated.ok) {
        void worker.terminate();
        logger.error(validated.report);
        if (validated.annotations) logger.log(validated.annotations);
        if (validated.summary) effects.writeSummary(validated.summary);
        throw new StepFailure('validate', 1);
      }
      end('validate');
      current = 'prepare';
      // Warnings never stop a build; the editor still reads them.
      if (validated.warnings) logger.warn(validated.warnings);
      const prepared = await next<Prepared>().finally(() => void worker.terminate());
      end('prepare');
      const { qrTexts, searchRecords, embedCount } = prepared;
      let { jobs } = prepared;
      // Only where each card goes is kept here; the scenes go to the card workers and the search entries
      // to Pagefind, and neither is held once handed over (nationally 38,000 scenes, 35,000 entries).
      const places = jobs.map(({ cacheFile, outPath }) => ({ cacheFile, outPath }));
      const unitCount = searchRecords.length; // one search entry per unit
      prepared.jobs = [];

      // search, begun: units are indexed from their data while Astro builds (Pagefind runs in its own
      // process); models and stories, whose text is MDX, are read from their built pages afterwards.
      start('search');
      pagefind = await import('pagefind');
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

      // cards, begun: share cards (Open Graph images) for every unit, year and model, drawn with a
      // Vietnamese typeface into the cache while Astro builds; put into the site once Astro has filled it.
      start('cards');
      const cores = availableParallelism();
      cards = drawCards(jobs, cacheDir, fontDir, path.join(root, 'src/lib/cards/card-worker.ts'), Math.max(1, cores - 1), { texts: qrTexts, dir: qrDir });
      jobs = [];

      start('astro');
      const astroStatus = await effects.runAstro({
        execPath: process.execPath,
        args: [...heapFlag(env, unitCount), path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
        cwd: root,
        env: astroEnv(options),
      });
      if (astroStatus !== 0) throw new StepFailure('astro', astroStatus);
      // Every file Astro built, walked once (100,000 files nationally): the sitemap and search both read its pages.
      const astroFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
      const foreign = astroFiles.filter((f) => stepOf(f) !== 'astro');
      if (foreign.length > 0)
        throw new Error(
          `Astro đã ghi ${foreign.slice(0, 5).join(', ')}, là tệp do bước ${stepOf(foreign[0]!)} ghi (STEP_OUTPUTS trong src/lib/publish/build/steps.ts): đổi tên trang hoặc tệp trong public/.`,
        );
      end('astro');
      if (cores > 1) cards.addLane();
      const built = astroFiles.filter((f) => f.endsWith('index.html'));
      const link = linker(base);
      const pageUrl = (rel: string) => link(rel.replace(/index\.html$/, ''));

      // sitemap: lists what was actually built, so every URL in it resolves.
      // Above 50,000 pages sitemap.xml becomes an index of numbered files (sitemaps.org's limit).
      start('sitemap');
      const sitemaps = sitemapFiles(
        built.filter((f) => !f.startsWith('nhung')).map((f) => new URL(pageUrl(f), site).href),
        (name) => new URL(link(name), site).href,
      );
      for (const [name, body] of sitemaps) writeFileSync(path.join(dist, name), body);
      writeFileSync(path.join(dist, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${new URL(link('sitemap.xml'), site).href}\n`);
      end('sitemap');

      // search, finished: model and story pages mark their content for search; lists and other pages are not indexed.
      current = 'search';
      const indexStarted = clock.monotonic();
      await unitsIndexed;
      const searchable = built.filter((f) => /^(mo-hinh|tin-bai)\/.+index\.html$/.test(f) && !/^mo-hinh\/loai\//.test(f));
      let indexed = unitCount;
      for (const rel of searchable) {
        const added = await index.addHTMLFile({ url: pageUrl(rel), content: readFileSync(path.join(dist, rel), 'utf8') });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        indexed++;
      }
      await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
      await pagefind.close();
      pagefind = undefined;
      logger.log(`✓ Chỉ mục tìm kiếm: ${indexed} trang (${Math.round(clock.monotonic() - indexStarted)} ms sau khi Astro xong).`);
      end('search');

      // cards, finished: linked into the site from the cache.
      current = 'cards';
      const drawn = await cards.done();
      placeCards(places, dist);
      // The caches keep what this site uses (a card or code no longer on the site is not kept forever).
      pruneCache(cacheDir, new Set(places.map((p) => p.cacheFile)), buildStarted);
      pruneCache(qrDir, new Set(qrTexts.map((t) => qrCacheFile(t, qrDir))), buildStarted);
      // Photo copies Astro used in this build were made or touched by it (lib/publish/photo-masters.ts).
      pruneCache(path.join(root, PHOTO_CACHE_DIR), new Set(), buildStarted);
      logger.log(`✓ Ảnh chia sẻ: ${drawn.rendered} vẽ mới, ${drawn.cached} lấy từ bộ nhớ đệm; ${drawn.qrDrawn} mã QR vẽ mới (${drawn.ms} ms, vẽ song song với Astro).`);
      end('cards');

      // place: the embed pages moved in; last, the CSP for the HTTP header, compressed copies when
      // asked, and the manifest that says the site is whole.
      start('place');
      if (embedCount > 0) renameSync(path.join(embedDir, 'nhung'), path.join(dist, 'nhung'));
      rmSync(embedDir, { recursive: true, force: true });
      const finished = await finishSite(dist, { precompress: options.precompress });
      const c = finished.compressed;
      logger.log(
        `✓ Danh mục: ${finished.files} tệp${c ? `; nén sẵn ${c.files} tệp văn bản (${(c.bytes / 1048576).toFixed(1)} MB → gzip ${(c.gzipBytes / 1048576).toFixed(1)} MB, brotli ${(c.brotliBytes / 1048576).toFixed(1)} MB)` : ''} (${finished.ms} ms).`,
      );
      end('place');
      await oldSiteRemoved;
      return { ok: true, steps, files: finished.files };
    } catch (error) {
      // Half a site is never left behind: a failure removes the build folder and the staged embeds.
      if (!(error instanceof StepFailure)) logger.error(error);
      cards?.cancel();
      await cards?.done().catch(() => undefined);
      await pagefind?.close();
      rmSync(dist, { recursive: true, force: true });
      rmSync(embedDir, { recursive: true, force: true });
      await oldSiteRemoved;
      return { ok: false, failedStep: error instanceof StepFailure ? error.step : current, steps, exitCode: error instanceof StepFailure ? error.exitCode : 1 };
    }
  }
}

/**
 * Astro's environment: where the data is and the site is served, and the date of the pages.
 * Photos are resized by sharp (libvips) inside Astro, two at a time (Astro's queue): one libvips
 * thread each is enough on these cores, and few malloc arenas keep its memory from fragmenting
 * (threads each growing their own arena raised the peak by ~200 MB at 1k units). Both can be overridden.
 */
function astroEnv(options: BuildOptions): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { VIPS_CONCURRENCY: '1', MALLOC_ARENA_MAX: '2', ...options.env };
  Object.assign(env, { DATA_DIR: options.dataDir, CONTENT_DIR: options.contentDir, OUT_DIR: options.outDir, SITE_URL: options.site, BASE_PATH: options.base });
  if (!env.SOURCE_DATE_EPOCH) {
    // The commit's time, not the clock, dates the pages: the same commit builds the same bytes.
    try {
      env.SOURCE_DATE_EPOCH = execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: options.root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      // Outside git the build is dated by the clock.
    }
  }
  return env;
}

/**
 * Astro's heap, sized to the data: left to itself V8 lets the heap grow far past what is live
 * (35,000 units: 0.9–1.2 GB live after a full collection, up to 2.8 GB resident). A ceiling with
 * room to spare (1.6 GB there) makes it collect sooner: 2.3 GB resident, and no slower in two runs.
 * A --max-old-space-size given in NODE_OPTIONS wins.
 */
function heapFlag(env: Record<string, string | undefined>, unitCount: number): string[] {
  const heapMB = Math.round(768 + unitCount * 0.025);
  return /--max-old-space-size/.test(env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${heapMB}`];
}

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardScene, sceneSvg, type Card, type Scene } from './scene.ts';
import { qrCacheFile } from './qr-cache.ts';

/** Cards per message to a worker: small, so neither side holds many scenes at once. */
const BATCH = 250;
const QR_BATCH = 1000;

/** What a card worker is asked to draw: share cards, or QR codes for the verification pages. */
export type WorkerBatch = { kind: 'cards'; cards: [Scene, string][] } | { kind: 'qr'; dir: string; texts: string[] };
/** Part of every cache key: a change to how cards are drawn or encoded redraws them all. */
const RENDERER = 'glyphs-8-shaped-grouped/png-indexed-3';
/** Part of the key of a card with a photo: how the photo is cropped, laid in and encoded. */
const PHOTO_RENDERER = 'cover-centre/jpeg-86-444-1';

/** A card to draw: what is on it, where the drawn PNG is kept (keyed by the card's SVG) and where it goes. */
export interface CardJob {
  scene: Scene;
  cacheFile: string;
  outPath: string;
}

export function cardJobs(cards: Card[], cacheDir: string): CardJob[] {
  return cards.map((c) => {
    const scene = cardScene(c);
    const hash = createHash('sha256').update(RENDERER).update(sceneSvg(scene));
    // A photo is keyed by its content, not its name: a photo replaced under the same name redraws
    // the card, and a fresh checkout (new file times) does not. SHA-1 here: ~2 GB/s for MB-sized files.
    if (scene.photo) hash.update(`photo ${PHOTO_RENDERER} ${createHash('sha1').update(readFileSync(scene.photo.file)).digest('hex')}`);
    const key = hash.digest('hex').slice(0, 32);
    return { scene, cacheFile: path.join(cacheDir, `${key}${path.extname(c.path)}`), outPath: c.path };
  });
}

/**
 * Draws the cards not yet in the cache, in worker threads. It starts with the lanes it is given
 * and takes another with `addLane()` (the build adds one when Astro finishes and frees a core);
 * `cancel()` stops it after the batches in hand;
 * `done()` resolves when every card is in the cache. A card whose SVG did not change is not drawn
 * again, so a rebuild only draws what changed.
 */
export function drawCards(jobs: readonly CardJob[], cacheDir: string, fontDir: string, workerFile: string, lanes: number, qr: { texts: readonly string[]; dir: string } = { texts: [], dir: '' }) {
  mkdirSync(cacheDir, { recursive: true });
  const todo = jobs.filter((j) => !existsSync(j.cacheFile)).map((j): [Scene, string] => [j.scene, j.cacheFile]);
  // Small sites still use every lane: the batch shrinks so each lane gets some.
  const size = Math.max(1, Math.min(BATCH, Math.ceil(todo.length / lanes)));
  const batches: (WorkerBatch | undefined)[] = [];
  // QR codes first: Astro renders the verification pages last and finds them drawn (see qr-cache.ts).
  const qrTodo = qr.texts.filter((t) => !existsSync(qrCacheFile(t, qr.dir)));
  for (let i = 0; i < qrTodo.length; i += QR_BATCH) batches.push({ kind: 'qr', dir: qr.dir, texts: qrTodo.slice(i, i + QR_BATCH) });
  for (let i = 0; i < todo.length; i += size) batches.push({ kind: 'cards', cards: todo.slice(i, i + size) });
  const drawnCount = todo.length;
  const cachedCount = jobs.length - drawnCount;
  todo.length = 0;
  let next = 0;
  let failure: unknown;
  let cancelled = false;
  const running: Promise<void>[] = [];
  const started = performance.now();
  let finished = started;
  // One worker per lane for the whole run: it draws each glyph once and keeps it for every card after.
  const lane = async () => {
    let worker: Worker | undefined;
    try {
      worker = new Worker(workerFile, { workerData: { fontDir } });
      const w = worker;
      // An error between batches is kept too (an 'error' event without a listener would end the process).
      w.on('error', (error) => (failure ??= error));
      while (next < batches.length && failure === undefined && !cancelled) {
        const batch = batches[next]!;
        // Handed over, then forgotten here: the scenes are not kept twice.
        batches[next++] = undefined;
        await new Promise<void>((resolve, reject) => {
          // A worker that fails, or ends without a word, fails the drawing rather than hang the build.
          const onError = (error: Error) => settle(() => reject(error));
          const onExit = (code: number) => settle(() => reject(new Error(`Tiến trình vẽ ảnh chia sẻ dừng giữa chừng (mã ${code}).`)));
          const onMessage = () => settle(resolve);
          const settle = (then: () => void) => {
            w.off('error', onError).off('exit', onExit).off('message', onMessage);
            then();
          };
          w.on('error', onError).on('exit', onExit).on('message', onMessage);
          w.postMessage(batch);
        });
        finished = performance.now();
      }
    } catch (error) {
      failure ??= error;
    } finally {
      await worker?.terminate();
    }
  };
  const addLane = () => {
    if (running.length < batches.length && next < batches.length && failure === undefined && !cancelled) running.push(lane());
  };
  for (let i = 0; i < lanes; i++) addLane();
  return {
    addLane,
    /** Takes no further batch (the build failed); the batches being drawn finish into the cache. */
    cancel: () => {
      cancelled = true;
    },
    /** `ms`: from the start to the last card drawn (the build may await this much later). */
    async done(): Promise<{ rendered: number; cached: number; qrDrawn: number; ms: number }> {
      for (let seen = -1; seen !== running.length; ) {
        seen = running.length;
        await Promise.all(running);
      }
      if (failure !== undefined) throw failure;
      return { rendered: drawnCount, cached: cachedCount, qrDrawn: qrTodo.length, ms: Math.round(finished - started) };
    },
  };
}

/** Puts the drawn cards into the site: a hard link to the cache where possible, else a copy. */
export function placeCards(jobs: readonly Pick<CardJob, 'cacheFile' | 'outPath'>[], outDir: string): void {
  const made = new Set<string>();
  for (const { cacheFile, outPath } of jobs) {
    const out = path.join(outDir, outPath);
    const dir = path.dirname(out);
    if (!made.has(dir)) (mkdirSync(dir, { recursive: true }), made.add(dir));
    rmSync(out, { force: true });
    try {
      linkSync(cacheFile, out);
    } catch {
      copyFileSync(cacheFile, out);
    }
  }
}

/**
 * Removes from a cache folder the files this build did not use and did not just write: without it
 * the caches (and CI's saved copy of them) would keep every card and QR code ever drawn.
 */
export function pruneCache(dir: string, used: ReadonlySet<string>, since: number): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (used.has(file)) continue;
    // Newer files may belong to a build running beside this one.
    if (statSync(file).mtimeMs >= since) continue;
    rmSync(file, { force: true });
    removed++;
  }
  return removed;
}

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardSvg, type Card } from './og-card.ts';

const BATCH = 250;
/** Part of every cache key: a change to how cards are drawn or encoded redraws them all. */
const RENDERER = 'resvg-2/png-up-1';

/** A card to draw: its SVG, where the drawn PNG is kept (keyed by the SVG's hash) and where it goes. */
export interface CardJob {
  svg: string;
  cacheFile: string;
  outPath: string;
}

export function cardJobs(cards: Card[], cacheDir: string): CardJob[] {
  return cards.map((c) => {
    const svg = cardSvg(c);
    return { svg, cacheFile: path.join(cacheDir, `${createHash('sha256').update(RENDERER).update(svg).digest('hex').slice(0, 32)}.png`), outPath: c.path };
  });
}

/**
 * Draws the cards not yet in the cache, in worker threads. It starts with the lanes it is given
 * and takes another with `addLane()` (the build adds one when Astro finishes and frees a core);
 * `cancel()` stops it after the batches in hand;
 * `done()` resolves when every card is in the cache. A card whose SVG did not change is not drawn
 * again, so a rebuild only draws what changed.
 */
export function drawCards(jobs: CardJob[], cacheDir: string, fontFiles: string[], workerFile: string, lanes: number) {
  mkdirSync(cacheDir, { recursive: true });
  const todo = jobs.filter((j) => !existsSync(j.cacheFile)).map((j): [string, string] => [j.svg, j.cacheFile]);
  // A worker draws one bounded batch and is replaced: whatever native memory resvg still holds
  // (the worker also collects as it goes) is returned with it, however many units there are.
  const batches: [string, string][][] = [];
  for (let i = 0; i < todo.length; i += BATCH) batches.push(todo.slice(i, i + BATCH));
  let next = 0;
  let failure: unknown;
  let cancelled = false;
  const running: Promise<void>[] = [];
  const lane = async () => {
    while (next < batches.length && failure === undefined && !cancelled) {
      const batch = batches[next++]!;
      try {
        await new Promise<void>((resolve, reject) => {
          const worker = new Worker(workerFile, { workerData: { fontFiles } });
          worker.once('message', () => {
            void worker.terminate();
            resolve();
          });
          worker.once('error', reject);
          worker.postMessage(batch);
        });
      } catch (error) {
        failure = error;
      }
    }
  };
  const addLane = () => {
    if (running.length < batches.length) running.push(lane());
  };
  for (let i = 0; i < lanes; i++) addLane();
  return {
    addLane,
    /** Takes no further batch (the build failed); the batches being drawn finish into the cache. */
    cancel: () => {
      cancelled = true;
    },
    async done(): Promise<{ rendered: number; cached: number }> {
      for (let seen = -1; seen !== running.length; ) {
        seen = running.length;
        await Promise.all(running);
      }
      if (failure !== undefined) throw failure;
      return { rendered: todo.length, cached: jobs.length - todo.length };
    },
  };
}

/** Puts the drawn cards into the site: a hard link to the cache where possible, else a copy. */
export function placeCards(jobs: CardJob[], outDir: string): void {
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

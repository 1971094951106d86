import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardSvg, type Card } from './og-card.ts';

const BATCH = 250;

/**
 * Renders share cards to PNG in worker threads, one per core. A card whose SVG did not change is
 * copied from the cache (keyed by the SVG's hash), so a rebuild only draws what changed.
 */
export async function renderCards(cards: Card[], outDir: string, cacheDir: string, fontFiles: string[], workerFile: string): Promise<{ rendered: number; cached: number }> {
  mkdirSync(cacheDir, { recursive: true });
  const jobs = cards.map((c): [string, string, string] => {
    const svg = cardSvg(c);
    return [svg, path.join(outDir, c.path), path.join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`)];
  });
  // resvg keeps each card's fonts in native memory that V8's collector does not see, so a worker
  // draws one bounded batch and is replaced: peak memory stays flat however many units there are.
  const batches: [string, string, string][][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH));
  let next = 0;
  let rendered = 0;
  const lane = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      rendered += await new Promise<number>((resolve, reject) => {
        const worker = new Worker(workerFile, { workerData: { fontFiles } });
        worker.once('message', (n: number) => {
          void worker.terminate();
          resolve(n);
        });
        worker.once('error', reject);
        worker.postMessage(batch);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), batches.length)) }, lane));
  return { rendered, cached: jobs.length - rendered };
}

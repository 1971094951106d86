import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardSvg, type Card } from './og-card.ts';

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
  const n = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / 50)));
  const chunks = Array.from({ length: n }, (_, i) => jobs.filter((_, j) => j % n === i));
  const counts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(workerFile, { workerData: { fontFiles } });
          worker.once('message', (rendered: number) => {
            void worker.terminate();
            resolve(rendered);
          });
          worker.once('error', reject);
          worker.postMessage(chunk);
        }),
    ),
  );
  const rendered = counts.reduce((t, c) => t + c, 0);
  return { rendered, cached: jobs.length - rendered };
}

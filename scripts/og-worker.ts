// Draws share cards off the main thread: receives [svg, cacheFile] jobs and writes each PNG.
import { renameSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from '../src/lib/png.ts';

// resvg-js 2.6 keeps each drawing's pixels in native memory that V8 does not count, so the
// collector never hurries and the worker grew by about 6 MB a card (1.6 GB a batch). Collecting
// every few cards, then letting the finalisers run, keeps it near 250 MB at no measurable cost.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const COLLECT_EVERY = 25;

const { fontFiles } = workerData as { fontFiles: string[] };
const options = { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' } };
parentPort!.on('message', async (jobs: [string, string][]) => {
  for (const [i, [svg, cacheFile]] of jobs.entries()) {
    const image = new Resvg(svg, options).render();
    // Written under a temporary name, then renamed: an interrupted build never leaves half a card in the cache.
    writeFileSync(`${cacheFile}.tmp`, encodePng(image.pixels, image.width, image.height));
    renameSync(`${cacheFile}.tmp`, cacheFile);
    if (i % COLLECT_EVERY === COLLECT_EVERY - 1) {
      collect();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  parentPort!.postMessage(jobs.length);
});

// Draws share cards off the main thread: receives [svg, cacheFile] jobs and writes each PNG.
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from '../src/lib/png.ts';

const { fontFiles } = workerData as { fontFiles: string[] };
const options = { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' } };
parentPort!.on('message', (jobs: [string, string][]) => {
  for (const [svg, cacheFile] of jobs) {
    const image = new Resvg(svg, options).render();
    // Written under a temporary name, then renamed: an interrupted build never leaves half a card in the cache.
    writeFileSync(`${cacheFile}.tmp`, encodePng(image.pixels, image.width, image.height));
    renameSync(`${cacheFile}.tmp`, cacheFile);
  }
  parentPort!.postMessage(jobs.length);
});

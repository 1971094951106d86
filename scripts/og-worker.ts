// Renders share cards off the main thread: receives [svg, outFile, cacheFile] jobs, writes PNGs.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

const { fontFiles } = workerData as { fontFiles: string[] };
const options = { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' } };
parentPort!.on('message', (jobs: [string, string, string][]) => {
  let rendered = 0;
  for (const [svg, out, cache] of jobs) {
    mkdirSync(path.dirname(out), { recursive: true });
    if (existsSync(cache)) copyFileSync(cache, out);
    else {
      const png = new Resvg(svg, options).render().asPng();
      writeFileSync(cache, png);
      writeFileSync(out, png);
      rendered++;
    }
  }
  parentPort!.postMessage(rendered);
});

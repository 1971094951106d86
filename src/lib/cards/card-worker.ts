// Draws share cards off the main thread (batches of [scene, cacheFile], each written as a PNG), and
// the QR codes of the verification pages into their cache.
import { renameSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { sceneSvg, FONT } from './scene.ts';
import { cardFontFiles, cardFontMetrics, resvgGlyphs } from './glyphs.ts';
import { glyphCache, rasterScene } from './raster.ts';
import type { WorkerBatch } from './render.ts';
import { cacheQr } from './qr-cache.ts';
import { encodePng } from './png.ts';
import { withPhoto } from './photo.ts';

// resvg-js 2.6 keeps each drawing's pixels in native memory that V8 does not count, so the
// collector never hurries (a worker once grew by about 6 MB a card). The worker now lives for the
// whole build and resvg only draws glyphs and the odd card, but it still collects after each batch,
// then lets the finalisers run, so nothing piles up.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

// A card lane is one core: one libvips thread for the photos it lays in, and no libvips cache
// (each photo is read once).
sharp.concurrency(1);
sharp.cache(false);

const { fontDir } = workerData as { fontDir: string };
const fontFiles = cardFontFiles(fontDir);
const options = { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT } };
const fonts = cardFontMetrics(fontDir);
const glyphs = glyphCache(resvgGlyphs(fontFiles));

parentPort!.on('message', async (batch: WorkerBatch) => {
  if (batch.kind === 'qr') {
    for (const text of batch.texts) await cacheQr(text, batch.dir);
    parentPort!.postMessage(batch.texts.length);
    return;
  }
  for (const [scene, cacheFile] of batch.cards) {
    // Composed from glyphs (see src/lib/cards/raster.ts); a card it cannot compose is drawn whole by resvg.
    let png = rasterScene(scene, fonts, glyphs);
    if (!png) {
      const image = new Resvg(sceneSvg(scene), options).render();
      png = encodePng(image.pixels, image.width, image.height);
    }
    // A model's lead photo is laid into the drawn card (the card becomes a JPEG).
    if (scene.photo) png = await withPhoto(png, scene.photo);
    // Written under a temporary name, then renamed: an interrupted build never leaves half a card in the cache.
    writeFileSync(`${cacheFile}.tmp`, png);
    renameSync(`${cacheFile}.tmp`, cacheFile);
  }
  collect();
  await new Promise((resolve) => setImmediate(resolve));
  parentPort!.postMessage(batch.cards.length);
});

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Where the copies are kept, from the project folder (CI keeps node_modules/.cache between runs). */
export const PHOTO_CACHE_DIR = 'node_modules/.cache/antq-photos';
/** Longest side of the copy a photo is published from: the widest size published is 1360 px. */
export const MASTER_SIDE = 1600;
/** Part of a master's name: a change to how masters are made makes new ones. */
const MASTER_VERSION = 'm1-1600-q90';
const PHOTO = /\.(jpe?g|png|webp)$/i;

/**
 * The copy of a content photo that Astro's image pipeline is given instead of the file itself: at
 * most 1600 px a side, turned upright, without metadata. Why: Astro reads every imported image whole
 * and keeps it in the bundle until the build ends (then deletes the original it did not publish);
 * a phone photo is 3–6 MB, so a national site with a photo for one model in ten held gigabytes, and
 * each of its six sizes decoded 12 megapixels. The copy is made once per photo content and kept in
 * `cacheDir`; a rebuild finds it (and marks it used, see `src/lib/publish/build/build.ts`, which prunes the rest).
 */
export function masterOf(original: string, cacheDir: string): string {
  const lower = path.extname(original).toLowerCase();
  const ext = lower === '.png' || lower === '.webp' ? lower : '.jpg';
  const key = createHash('sha1').update(MASTER_VERSION).update(readFileSync(original)).digest('hex').slice(0, 10);
  // The editor's file name is kept in front: the published files are named after it.
  const master = path.join(cacheDir, `${path.basename(original, path.extname(original))}.${key}${ext}`);
  if (existsSync(master)) {
    const now = new Date();
    utimesSync(master, now, now);
  }
  return master;
}

/**
 * Masters made at once. Vite resolves every import of a page bundle together, so without a limit a
 * national site decoded a hundred 12-megapixel photos at the same time (~500 MB more at the peak).
 */
const AT_ONCE = 2;
let making = 0;
const waiting: (() => void)[] = [];

/** Makes the master named by `masterOf` when it is not in the cache yet. */
export async function ensureMaster(original: string, master: string): Promise<void> {
  if (existsSync(master)) return;
  if (making >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  making++;
  try {
    await makeMaster(original, master);
  } finally {
    making--;
    waiting.shift()?.();
  }
}

async function makeMaster(original: string, master: string): Promise<void> {
  if (existsSync(master)) return;
  mkdirSync(path.dirname(master), { recursive: true });
  let image = sharp(original, { failOn: 'none' }).rotate().resize({ width: MASTER_SIDE, height: MASTER_SIDE, fit: 'inside', withoutEnlargement: true });
  image = master.endsWith('.png') ? image.png({ compressionLevel: 6 }) : master.endsWith('.webp') ? image.webp({ quality: 90 }) : image.jpeg({ quality: 90 });
  // Written under a temporary name, then renamed: an interrupted build never leaves half a photo.
  const tmp = `${master}.${process.pid}.tmp`;
  writeFileSync(tmp, await image.toBuffer());
  renameSync(tmp, master);
}

/**
 * A Vite plugin (for astro.config): an import of a photo inside the content folder, from MDX text
 * or from a gallery's `image()` field, resolves to its master instead.
 */
export function photoMasters({ contentDir, cacheDir }: { contentDir: string; cacheDir: string }) {
  const inside = path.resolve(contentDir) + path.sep;
  return {
    name: 'antq:photo-masters',
    enforce: 'pre' as const,
    async resolveId(id: string, importer: string | undefined) {
      const [bare, query] = id.split('?') as [string, string | undefined];
      if (!PHOTO.test(bare) || bare.startsWith('\0')) return null;
      let file: string;
      if (path.isAbsolute(bare) && existsSync(bare)) file = bare;
      else if (importer && (bare.startsWith('./') || bare.startsWith('../'))) file = path.resolve(path.dirname(importer.split('?')[0]!), decodeURI(bare));
      else return null;
      if (!file.startsWith(inside) || !existsSync(file)) return null;
      const master = masterOf(file, cacheDir);
      await ensureMaster(file, master);
      return query ? `${master}?${query}` : master;
    },
  };
}

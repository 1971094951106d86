import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Astro keeps the content collections between builds (`<cacheDir>/data-store.json`) and reuses an
 * MDX entry whose text is unchanged, *with the file path it had*. Built from another content folder
 * (DATA_DIR pointing at a copy, a test fixture, a moved checkout), a story with the same text is then
 * rendered from the old folder, and its photos are looked for there: when that folder is gone the
 * build fails with "Could not find requested image". The store is dropped when the content folder
 * is not the one it was built from; Astro fills it again.
 */
export function forgetStoreOfOtherContent(astroCacheDir: string, contentDir: string): boolean {
  const marker = path.join(astroCacheDir, 'antq-content-dir.txt');
  const store = path.join(astroCacheDir, 'data-store.json');
  const previous = existsSync(marker) ? readFileSync(marker, 'utf8') : null;
  const dropped = previous !== contentDir && existsSync(store);
  if (dropped) rmSync(store, { force: true });
  mkdirSync(astroCacheDir, { recursive: true });
  writeFileSync(marker, contentDir);
  return dropped;
}

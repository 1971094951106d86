// npm run build: validate the data, then build the site (src/lib/publish/build/build.ts). Nothing is
// published when validation fails. Exits 1 on failure, or with Astro's status when Astro failed.
import path from 'node:path';
import { build, processEffects } from '../src/lib/publish/build/build.ts';
import { outDir } from '../src/lib/config/out-dir.ts';
import { siteLocation } from '../src/lib/config/site-config.ts';
import { precompressWanted } from '../src/lib/publish/precompress.ts';
import { dataPaths } from '../src/lib/validation/dataset.ts';

const root = path.resolve(import.meta.dirname, '..');
const { dataDir, contentDir } = dataPaths();
// Where the site is served (settings, or SITE_URL / BASE_PATH): the pages, embeds and sitemap all say the same.
const { site, base } = siteLocation(dataDir);
const result = await build(
  { root, dataDir, contentDir, outDir: outDir(root), site, base, precompress: precompressWanted(process.argv.slice(2), process.env), env: process.env },
  processEffects(),
);
process.exit(result.ok ? 0 : result.exitCode);

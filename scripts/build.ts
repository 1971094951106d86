// npm run build: validate the data, then build the site. Nothing is published when validation fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unitEntries } from '../src/data/loader.ts';
import { dataPaths, loadDataset } from '../src/lib/dataset.ts';
import { embedPages } from '../src/lib/embed.ts';
import { sitemap } from '../src/lib/feeds.ts';
import { shareCards } from '../src/lib/og-cards.ts';
import { renderCards } from '../src/lib/og-render.ts';
import { outDir } from '../src/lib/out-dir.ts';
import { formatAnnotations, formatProblems } from '../src/lib/problem.ts';
import { siteLocation } from '../src/lib/site-config.ts';
import { buildSite } from '../src/lib/site-index.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = outDir(root);
// A failed run must never leave an older or partial site behind to be deployed by mistake.
rmSync(dist, { recursive: true, force: true });

const paths = dataPaths();
const outcome = loadDataset(paths);
if (!outcome.ok) {
  console.error(formatProblems(outcome.problems));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatAnnotations(outcome.problems));
  process.exit(1);
}

const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: dist };
if (!env.SOURCE_DATE_EPOCH) {
  // The commit's time, not the clock, dates the pages: the same commit builds the same bytes.
  try {
    env.SOURCE_DATE_EPOCH = execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Outside git the build is dated by the clock.
  }
}
const astro = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env, stdio: 'inherit' });
if (astro.status !== 0) {
  rmSync(dist, { recursive: true, force: true });
  process.exit(astro.status ?? 1);
}

// Where the site is served (settings, or SITE_URL / BASE_PATH): the same place Astro was told.
const { site, base } = siteLocation(paths.dataDir);

// Share cards (Open Graph images) for every unit, year and model, drawn with a Vietnamese typeface.
const d = outcome.dataset;
const siteIndex = buildSite({ ...d, units: unitEntries(d).map((e) => e.data) });
const fontDir = path.join(root, 'node_modules/@expo-google-fonts/be-vietnam-pro');
const started = performance.now();
const og = await renderCards(shareCards(siteIndex), dist, path.join(root, 'node_modules/.cache/antq-og'), [
  path.join(fontDir, '400Regular/BeVietnamPro_400Regular.ttf'),
  path.join(fontDir, '700Bold/BeVietnamPro_700Bold.ttf'),
  path.join(fontDir, '600SemiBold/BeVietnamPro_600SemiBold.ttf'),
], path.join(root, 'scripts/og-worker.ts'));
console.log(`✓ Ảnh chia sẻ: ${og.rendered} vẽ mới, ${og.cached} lấy từ bộ nhớ đệm (${Math.round(performance.now() - started)} ms).`);

// Embed cards for other portals: plain escaped HTML, written directly (no Astro page per card).
for (const [rel, html] of embedPages(siteIndex, site, base)) {
  mkdirSync(path.join(dist, path.dirname(rel)), { recursive: true });
  writeFileSync(path.join(dist, rel), html);
}

// The sitemap lists what was actually built, so every URL in it resolves.
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html') && !f.startsWith('nhung'))
  .map((f) => new URL(`${base}${f.split(path.sep).join('/').replace(/index\.html$/, '')}`, site).href);
writeFileSync(path.join(dist, 'sitemap.xml'), sitemap(pages));
writeFileSync(path.join(dist, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${new URL(`${base}sitemap.xml`, site).href}\n`);

// The search index: only pages that mark their content (units, models, stories) are indexed.
const indexStarted = performance.now();
const pagefind = await import('pagefind');
const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error('Pagefind không khởi động được.');
// Only the pages meant to be found are read: units, models, stories (not every generated page).
const searchable = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /^(don-vi|mo-hinh|tin-bai)[\\/].+index\.html$/.test(f));
let indexed = 0;
for (const rel of searchable) {
  const added = await index.addHTMLFile({ url: `${base}${rel.split(path.sep).join('/').replace(/index\.html$/, '')}`, content: readFileSync(path.join(dist, rel), 'utf8') });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  indexed++;
}
await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
await pagefind.close();
console.log(`✓ Chỉ mục tìm kiếm: ${indexed} trang (${Math.round(performance.now() - indexStarted)} ms).`);

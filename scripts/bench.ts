// npm run bench [-- --scales 1000,10000,35000 --years 5 --runs 3 --validation-scales 70000 --photos]
// Generates synthetic data at each scale and prints, measured in the same run: validation time
// (median of --runs), full build time and peak memory, ms per page, output and search index size,
// largest and median unit page (HTML + CSS, gzip), data store size, and the same build of a bare
// Astro page per unit with the same loader, so our cost per page reads as a ratio to Astro's floor.
// --photos: one model in ten has a 4000×3000 photo; prints what the photos cost, cold and warm.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadDataset } from '../src/lib/dataset.ts';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1000,10000,35000' },
    years: { type: 'string', default: '5' },
    runs: { type: 'string', default: '3' },
    work: { type: 'string', default: '/tmp/antq-bench' },
    'skip-bare': { type: 'boolean', default: false },
    photos: { type: 'boolean', default: false },
    // Scales measured for validation only: 70000 units × 5 years ≈ 200,000 result rows, the target's size ("" for none).
    'validation-scales': { type: 'string', default: '70000' },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const node = process.execPath;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs a command and samples the resident memory of its whole process tree (Linux /proc). */
function measure(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): Promise<{ ms: number; peakMB: number; code: number; log: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    let peak = 0;
    const sample = () => {
      const tree = new Set([child.pid!]);
      let total = 0;
      try {
        const stats = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map((p) => {
          try {
            const s = readFileSync(`/proc/${p}/stat`, 'utf8');
            return { pid: Number(p), ppid: Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[1]) };
          } catch {
            return null;
          }
        }).filter((x) => x !== null);
        for (let grew = true; grew; ) {
          grew = false;
          for (const s of stats) if (!tree.has(s.pid) && tree.has(s.ppid)) (tree.add(s.pid), (grew = true));
        }
        for (const pid of tree) {
          try {
            const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
            if (m) total += Number(m[1]) * 1024;
          } catch {
            // the process ended between listing and reading
          }
        }
      } catch {
        // not Linux: peak memory is not reported
      }
      peak = Math.max(peak, total);
    };
    const timer = setInterval(sample, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakMB: peak / 1048576, code: code ?? 1, log });
    });
  });
}

/** Every file under a folder with its size, each looked at once (a national build has 100,000). */
function files(dir: string): { file: string; size: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((f) => {
    const stat = statSync(path.join(dir, f));
    return stat.isFile() ? [{ file: path.join(dir, f), size: stat.size }] : [];
  });
}
const bytes = (list: readonly { size: number }[]) => list.reduce((t, f) => t + f.size, 0);

/** A unit page as a phone downloads it: its HTML plus any stylesheet it links, gzipped. */
function unitPageSizes(dist: string): { median: number; largest: number; withScript: number } {
  const dir = path.join(dist, 'don-vi');
  const sizes: number[] = [];
  let withScript = 0;
  for (const id of readdirSync(dir)) {
    const html = readFileSync(path.join(dir, id, 'index.html'));
    let bytes = gzipSync(html).length;
    for (const [, href] of html.toString('utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) bytes += gzipSync(readFileSync(path.join(dist, href!))).length;
    if (/<script\b/.test(html.toString('utf8'))) withScript++;
    sizes.push(bytes);
  }
  return { median: median(sizes), largest: sizes.reduce((m, x) => Math.max(m, x), 0), withScript };
}

/**
 * Astro's image step: how long it took, how many images it encoded and how many it copied from its
 * cache (a warm build must encode none), from its log lines.
 */
function astroImages(log: string): { ms: number; encoded: number; reused: number } {
  const step = log.slice(log.indexOf('generating optimized images'));
  const done = /Completed in (?:(\d+)m )?([\d.]+)(ms|s)\./.exec(step);
  const ms = done ? Number(done[1] ?? 0) * 60_000 + Number(done[2]) * (done[3] === 's' ? 1000 : 1) : 0;
  return { ms, encoded: (step.match(/\(before: /g) ?? []).length, reused: (step.match(/\(reused cache entry\)/g) ?? []).length };
}

/** Astro's own "N page(s) built in 2m 9s" line: its pages and its whole build time (content sync, bundling, pages). */
function astroBuild(log: string): { ms: number; pages: number } {
  const m = /\[build\] (\d+) page\(s\) built in (?:(\d+)m )?([\d.]+)s/.exec(log);
  return m ? { pages: Number(m[1]), ms: (Number(m[2] ?? 0) * 60 + Number(m[3])) * 1000 } : { pages: NaN, ms: NaN };
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
console.log(`Máy: ${cpus().length} nhân (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}\n`);
const rows: string[][] = [];
for (const units of values.scales.split(',').map(Number)) {
  const work = path.join(values.work, String(units));
  rmSync(work, { recursive: true, force: true });
  const gen = await measure(node, ['scripts/generate.ts', '--units', String(units), '--years', values.years, '--out', work, ...(values.photos ? ['--photos'] : [])], process.env);
  if (gen.code !== 0) throw new Error(gen.log);
  const dataDir = path.join(work, 'data');
  const validations: number[] = [];
  let resultRows = 0;
  for (let i = 0; i < Number(values.runs); i++) {
    const t = performance.now();
    const outcome = loadDataset({ dataDir, contentDir: path.join(work, 'content') });
    validations.push(performance.now() - t);
    if (!outcome.ok) throw new Error(`synthetic data invalid: ${outcome.problems[0]?.message}`);
    resultRows = outcome.dataset.results.length;
  }
  const env = { ...process.env, DATA_DIR: dataDir, OUT_DIR: path.join(work, 'dist'), SOURCE_DATE_EPOCH: '1767225600' };
  // A cold build: no share card or QR code drawn before, as on a first publication.
  rmSync(path.join(root, 'node_modules/.cache/antq-og'), { recursive: true, force: true });
  rmSync(path.join(root, 'node_modules/.cache/antq-qr'), { recursive: true, force: true });
  // …and no photo resized before: Astro's cache of transformed images.
  rmSync(path.join(root, 'node_modules/.astro/assets'), { recursive: true, force: true });
  const full = await measure(node, ['scripts/build.ts'], env);
  if (full.code !== 0) throw new Error(full.log.slice(-3000));
  const cardMs = Number(/Ảnh chia sẻ: .*\((\d+) ms/.exec(full.log)?.[1] ?? NaN);
  const indexMs = Number(/Chỉ mục tìm kiếm: .*\((\d+) ms/.exec(full.log)?.[1] ?? NaN);
  const astro = astroBuild(full.log);
  const dist = path.join(work, 'dist');
  const output = files(dist);
  const html = output.filter((f) => f.file.endsWith('.html'));
  const sizes = unitPageSizes(dist);
  // Astro keeps the content layer's data store under the project's .astro/ (or node_modules/.astro/).
  const store = [path.join(root, 'node_modules/.astro/data-store.json'), path.join(root, '.astro/data-store.json')].find(existsSync);
  const storeBytes = store ? statSync(store).size : 0;
  // The heaviest page of any kind (year lists, maintenance, models…), as a phone downloads it.
  const heaviest = html.reduce((a, f) => (f.size > a.size ? f : a)).file;
  const heaviestGz = gzipSync(readFileSync(heaviest)).length;
  // A warm rebuild, as CI runs on every push: the cards come from the cache, everything else is rebuilt.
  const warm = await measure(node, ['scripts/build.ts'], env);
  if (warm.code !== 0) throw new Error(warm.log.slice(-3000));
  if (values.photos) {
    const photos = readdirSync(path.join(work, 'content/mo-hinh/anh')).length;
    const [cold, again] = [astroImages(full.log), astroImages(warm.log)];
    const published = output.filter((f) => f.file.includes(`${path.sep}_astro${path.sep}`) && /\.(webp|jpg)$/.test(f.file));
    const cards = output.filter((f) => /og[\\/]mo-hinh[\\/].+\.jpg$/.test(f.file));
    const cardCold = /Ảnh chia sẻ: (\d+) vẽ mới/.exec(full.log)?.[1];
    const cardWarm = /Ảnh chia sẻ: (\d+) vẽ mới/.exec(warm.log)?.[1];
    // What a share card with a photo costs on its own: the photo decoded, cropped and laid in, the card encoded.
    const { withPhoto } = await import('../src/lib/og-photo.ts');
    const blank = await (await import('sharp')).default({ create: { width: 1200, height: 630, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const first = path.join(work, 'content/mo-hinh/anh', readdirSync(path.join(work, 'content/mo-hinh/anh'))[0]!);
    const cardTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await withPhoto(blank, { x: 744, y: 110, width: 456, height: 520, file: first });
      cardTimes.push(performance.now() - t);
    }
    console.log(
      `  [${units}] photo share card alone: median ${median(cardTimes).toFixed(0)} ms of 5 (${cardTimes.map((t) => t.toFixed(0)).join(', ')} ms)`,
    );
    console.log(
      `  [${units}] photos: ${photos} (4000×3000); Astro image step cold ${(cold.ms / 1000).toFixed(1)} s, ${cold.encoded} encoded, ${cold.reused} from cache; ` +
        `warm ${(again.ms / 1000).toFixed(1)} s, ${again.encoded} encoded, ${again.reused} from cache; ` +
        `published ${published.length} resized files, ${mb(bytes(published))}; ${cards.length} photo share cards (${kb(bytes(cards) / Math.max(1, cards.length))} each); cards drawn cold ${cardCold}, warm ${cardWarm}`,
    );
  }
  let bare = { ms: NaN, pages: NaN };
  if (!values['skip-bare']) {
    const bareOut = path.join(work, 'bare');
    const run = await measure(node, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', path.join(root, 'bench/bare')], { ...env, OUT_DIR: bareOut });
    if (run.code !== 0) throw new Error(run.log.slice(-3000));
    bare = astroBuild(run.log);
    console.log(`  [${units}] bare Astro: ${(run.ms / 1000).toFixed(1)} s, ${bare.pages} pages, peak ${run.peakMB.toFixed(0)} MB`);
    rmSync(bareOut, { recursive: true, force: true });
  }
  // Per page: Astro's whole build (content sync, bundling, rendering) over the pages Astro built,
  // for our site and for the bare project alike. Embeds, cards and the index are not Astro pages.
  const msPerPage = astro.ms / astro.pages;
  const bareMsPerPage = bare.ms / bare.pages;
  rows.push([
    String(units), String(resultRows), `${median(validations).toFixed(0)} ms`,
    `${(full.ms / 1000).toFixed(1)} s`, `${full.peakMB.toFixed(0)} MB`, `${(warm.ms / 1000).toFixed(1)} s`, `${warm.peakMB.toFixed(0)} MB`,
    `${(astro.ms / 1000).toFixed(1)} s`, `${(cardMs / 1000).toFixed(1)} s`, `${(indexMs / 1000).toFixed(1)} s`,
    String(astro.pages), String(html.length), msPerPage.toFixed(2), Number.isNaN(bareMsPerPage) ? '–' : bareMsPerPage.toFixed(2), Number.isNaN(bareMsPerPage) ? '–' : `${(msPerPage / bareMsPerPage).toFixed(2)}×`,
    mb(bytes(output)), kb(sizes.median), kb(sizes.largest), String(sizes.withScript), `${kb(heaviestGz)} (${path.relative(dist, heaviest)})`, mb(bytes(output.filter((f) => f.file.startsWith(path.join(dist, 'pagefind') + path.sep)))), mb(storeBytes),
  ]);
  console.log(`  [${units}] ${rows.at(-1)!.join(' | ')}`);
}
const header = ['units', 'result rows', 'validate (median)', 'cold build', 'cold peak memory', 'warm build', 'warm peak memory', 'Astro', 'share cards (cold, alongside Astro)', 'search index (after Astro)', 'Astro pages', 'HTML files', 'Astro ms/page', 'bare ms/page', 'ratio', 'output', 'unit page median (gz)', 'unit page largest (gz)', 'unit pages with JS', 'heaviest page (gz)', 'search index size', 'data store'];
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

// Validation alone at larger scales: the 200,000-row target.
for (const units of values['validation-scales'].split(',').filter(Boolean).map(Number)) {
  const work = path.join(values.work, `v${units}`);
  rmSync(work, { recursive: true, force: true });
  const gen = await measure(node, ['scripts/generate.ts', '--units', String(units), '--years', values.years, '--out', work], process.env);
  if (gen.code !== 0) throw new Error(gen.log);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < Number(values.runs); i++) {
    const t = performance.now();
    const outcome = loadDataset({ dataDir: path.join(work, 'data'), contentDir: path.join(work, 'content') });
    times.push(performance.now() - t);
    if (!outcome.ok) throw new Error(`synthetic data invalid: ${outcome.problems[0]?.message}`);
    rows = outcome.dataset.results.length;
  }
  // As an editor runs it: `npm run validate` in a fresh process (its own figure, without starting Node).
  const fresh: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const run = await measure(node, ['scripts/validate.ts'], { ...process.env, DATA_DIR: path.join(work, 'data') });
    const ms = /; (\d+) ms\./.exec(run.log);
    if (run.code !== 0 || !ms) throw new Error(`validate failed: ${run.log}`);
    fresh.push(Number(ms[1]));
  }
  console.log(`\nValidation only: ${units} units, ${rows} result rows: median ${median(times).toFixed(0)} ms of ${times.length} runs in this process (${times.map((t) => t.toFixed(0)).join(', ')} ms); fresh process (npm run validate) median ${median(fresh)} ms (${fresh.join(', ')} ms)`);
  rmSync(work, { recursive: true, force: true });
}

// npm run bench [-- --scales 1000,10000,35000 --years 5 --runs 3 --validation-scales 89000 --xlsx-rows 35000 --css-scale 1000 --css-runs 7 --photos]
// Generates synthetic data at each scale and prints, measured in the same run: validation time
// (median of --runs), full build time and peak memory, ms per page, output and search index size,
// largest and median unit page (HTML + CSS, gzip), data store size, and the same build of a bare
// Astro page per unit with the same loader, so our cost per page reads as a ratio to Astro's floor.
// Then a results file of --xlsx-rows rows read as CSV, by our xlsx reader and by exceljs.
// Then what the output is made of (by kind: files, bytes, gzip, inline CSS) and what precompressing
// it costs; and, at --css-scale, inline against external stylesheets on a throttled phone.
// --photos: one model in ten has a 4000×3000 photo; prints what the photos cost, cold and warm.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { parseCsv } from '../src/lib/validation/csv.ts';
import { loadDataset } from '../src/lib/validation/dataset.ts';
import { ProblemList } from '../src/lib/validation/problem.ts';
import { scoreColumns } from '../src/lib/domain/scores.ts';
import { readTable } from '../src/lib/validation/table.ts';
import { CELL, openWorkbook } from '../src/lib/validation/xlsx.ts';
import { parseScoreColumn, resultTable, SCORE_COLUMN, scoreColumn } from '../src/schemas/result.ts';
import { csvLine } from '../src/lib/publish/csv-write.ts';
import { breakdown } from '../tools/bench/output-breakdown.ts';
import { compressible, precompress } from '../src/lib/publish/precompress.ts';
import { listFiles } from '../src/lib/publish/site-manifest.ts';
import { compareStylesheets } from './bench-stylesheets.ts';
import { reportCost, reportPageSizes, reportRenderMs } from './bench-report.ts';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1000,10000,35000' },
    years: { type: 'string', default: '5' },
    runs: { type: 'string', default: '3' },
    work: { type: 'string', default: '/tmp/antq-bench' },
    'skip-bare': { type: 'boolean', default: false },
    photos: { type: 'boolean', default: false },
    // Scales measured for validation only: 89000 units × 5 years ≈ 200,000 result rows, the target's size ("" for none).
    // (The generator gives about 2.26 result rows a unit over 5 years; 70000 units gave 157,887 rows.)
    'validation-scales': { type: 'string', default: '89000' },
    // Rows of the results file read as CSV and as .xlsx (a national year: 35,000), "" for none.
    'xlsx-rows': { type: 'string', default: '35000' },
    // Inline stylesheets against external ones, measured on a site of this many units ("" for none).
    'css-scale': { type: 'string', default: '1000' },
    'css-runs': { type: 'string', default: '7' },
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
const compositions: string[] = [];
for (const units of values.scales.split(',').filter(Boolean).map(Number)) {
  const work = path.join(values.work, String(units));
  rmSync(work, { recursive: true, force: true });
  const gen = await measure(node, ['scripts/generate.ts', '--units', String(units), '--years', values.years, '--out', work, ...(values.photos ? ['--photos'] : [])], process.env);
  if (gen.code !== 0) throw new Error(gen.log);
  const dataDir = path.join(work, 'data');
  const validations: number[] = [];
  let resultRows = 0;
  let lastDataset: import('../src/lib/validation/dataset.ts').Dataset | undefined;
  for (let i = 0; i < Number(values.runs); i++) {
    const t = performance.now();
    const outcome = loadDataset({ dataDir, contentDir: path.join(work, 'content') });
    validations.push(performance.now() - t);
    if (!outcome.ok) throw new Error(`synthetic data invalid: ${outcome.problems[0]?.message}`);
    resultRows = outcome.dataset.results.length;
    lastDataset = outcome.dataset;
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
  // The yearly report's share: its computation in this process against the whole cold build, Astro's render of its pages, and their weight.
  const report = await reportCost(lastDataset!);
  const reportPages = reportPageSizes(dist);
  console.log(
    `  [${units}] report: computed in ${(report.ms / 1000).toFixed(2)} s (${((report.ms / full.ms) * 100).toFixed(1)} % of the cold build; ${report.steps}); ` +
      `Astro's render of /bao-cao/ pages and workbooks (concurrent, summed) ${(reportRenderMs(full.log) / 1000).toFixed(1)} s; ` +
      `heaviest report page ${kb(reportPages[0]!.gz)} gz (${reportPages[0]!.page}), ${reportPages.map((p) => `${p.page.replace('/index.html', '')} ${kb(p.gz)}`).join(', ')}`,
  );
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
    const { withPhoto } = await import('../src/lib/cards/photo.ts');
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
  // What the output is made of, and what precompressed copies for nginx would cost.
  const listing = listFiles(dist);
  const kinds = breakdown(dist, listing);
  const compressStarted = performance.now();
  const compressed = await precompress(listing.filter((f) => compressible(f.path, f.size)).map((f) => path.join(dist, f.path)));
  const compressMs = performance.now() - compressStarted;
  const total = bytes(listing);
  // A unit page is shared when there is something to announce: a recognition has a verification page.
  const recognised = new Set(listing.flatMap((f) => /^xac-minh\/(.+)-\d{4}\/index\.html$/.exec(f.path)?.[1] ?? []));
  const cardsUnrecognised = listing.filter((f) => /^og\/don-vi\/(.+)\.png$/.test(f.path) && !recognised.has(f.path.slice('og/don-vi/'.length, -4)));
  compositions.push([
    `\nOutput at ${units} units: ${listing.length} files, ${mb(total)} (gzip of the text files ~${mb(kinds.reduce((t, k) => t + (k.gzipBytes ?? 0), 0))}):`,
    '| kind | files | size | share | gzip (est.) | inline CSS (est.) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...kinds.map((k) => `| ${k.kind} | ${k.files} | ${mb(k.bytes)} | ${((k.bytes / total) * 100).toFixed(1)} % | ${k.gzipBytes === undefined ? '–' : mb(k.gzipBytes)} | ${k.inlineCssBytes === undefined ? '–' : mb(k.inlineCssBytes)} |`),
    `Share cards of units never recognised (no verification page): ${cardsUnrecognised.length} files, ${mb(bytes(cardsUnrecognised))}.`,
    `Precompressing (npm run build -- --precompress): ${compressed.files} text files, ${mb(compressed.bytes)} → gzip ${mb(compressed.gzipBytes)} + brotli ${mb(compressed.brotliBytes)} more on the server, ${(compressMs / 1000).toFixed(1)} s.`,
  ].join('\n'));
  console.log(compositions.at(-1));
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
for (const c of compositions) console.log(c);

// Inline stylesheets (as shipped) against one cached stylesheet file, on a throttled phone.
if (values['css-scale']) {
  const units = Number(values['css-scale']);
  const work = path.join(values.work, `css-${units}`);
  rmSync(work, { recursive: true, force: true });
  const gen = await measure(node, ['scripts/generate.ts', '--units', String(units), '--years', values.years, '--out', work], process.env);
  if (gen.code !== 0) throw new Error(gen.log);
  console.log(`\nStylesheets inline or in files, ${units} units (both built with --precompress, served by deploy/nginx/antq.conf):`);
  for (const line of await compareStylesheets(root, path.join(work, 'data'), work, Number(values['css-runs']))) console.log(line);
  rmSync(work, { recursive: true, force: true });
}

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

// A results workbook against the same data as CSV: editors may save any data file as .xlsx, and
// reading it must stay within 3× our CSV read. Our reader and exceljs's streaming reader walk
// every cell; the CSV is read as read-sources reads a results file (schema, score columns).
for (const target of values['xlsx-rows'].split(',').filter(Boolean).map(Number)) {
  const work = path.join(values.work, `xlsx${target}`);
  rmSync(work, { recursive: true, force: true });
  // About 35,000 units have a result row in the last of 5 years at 50,000 units.
  const gen = await measure(node, ['scripts/generate.ts', '--units', String(Math.ceil(target / 0.7)), '--years', values.years, '--out', work], process.env);
  if (gen.code !== 0) throw new Error(gen.log);
  const resultsDir = path.join(work, 'data', 'ket-qua');
  const last = readdirSync(resultsDir).sort().at(-1)!;
  const { table } = parseCsv(readFileSync(path.join(resultsDir, last), 'utf8'));
  // Exactly `target` rows: the year's rows, repeated with changed ids if there are too few. As
  // in a year-end national file every row is appraised: an appraised score left empty by the
  // generator takes the self-assessed one (about 36 filled cells a row instead of 21).
  // The appraised total takes the self-assessed total the same way.
  const selfColumn = (h: string) => {
    const c = parseScoreColumn(h);
    if (c) return c.side === 'appraised' ? scoreColumn(c.criterion, c.item, 'self') : null;
    return h === 'tong_tham_dinh' ? 'tong_tu_cham' : null;
  };
  const selfOf = table.header.map((h) => {
    const self = selfColumn(h);
    return self === null ? -1 : table.header.indexOf(self);
  });
  const records = Array.from({ length: target }, (_, i) => {
    const cells = [...table.records[i % table.records.length]!.cells];
    const round = Math.floor(i / table.records.length);
    if (round > 0) cells[table.header.indexOf('ma_don_vi')] += `-${round + 1}`;
    selfOf.forEach((from, to) => {
      if (from >= 0 && cells[to] === '') cells[to] = cells[from]!;
    });
    return cells;
  });
  const csvFile = path.join(work, last);
  writeFileSync(csvFile, [table.header, ...records].map((r) => csvLine(r)).join('\n') + '\n');
  // The workbook as an editor's would be: numbers as numbers, the decision date as a date, a
  // bordered table (a style on every cell), texts in shared strings as Excel writes them.
  const xlsxFile = path.join(work, last.replace(/\.csv$/, '.xlsx'));
  const started = performance.now();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxFile, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet(last.slice(0, 4));
  const numeric = table.header.map((h) => h === 'nam' || h.startsWith('tong_') || SCORE_COLUMN.test(h));
  const border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;
  const plain = { border };
  const dated = { border, numFmt: 'dd/mm/yyyy' };
  sheet.addRow(table.header).commit();
  for (const cells of records) {
    const row = sheet.addRow(cells.map((c, i) => {
      if (c === '') return null;
      const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(c);
      if (date) return new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])));
      return numeric[i] ? Number(c) : c;
    }));
    row.eachCell((cell) => (cell.style = cell.value instanceof Date ? dated : plain));
    row.commit();
  }
  await sheet.commit();
  await writer.commit();
  const xlsxBytes = readFileSync(xlsxFile);
  console.log(`\nResults file as .xlsx: ${target} rows × ${table.header.length} columns (${(records.reduce((n, r) => n + r.filter((c) => c !== '').length, 0) / target).toFixed(1)} filled cells a row on average); CSV ${mb(statSync(csvFile).size)}, xlsx ${mb(xlsxBytes.length)} with ${mb(sheetXmlBytes(xlsxBytes))} of sheet XML; written by exceljs in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const readCsvFile = () => {
    const problems = new ProblemList();
    const scoreCells = scoreColumns(problems);
    const read = readTable(last, readFileSync(csvFile), resultTable, problems, scoreCells.extra);
    const scores = scoreCells.finish();
    if (scores) for (const r of read.rows) r.value.scores = scores.scoresOf(r.row);
    if (read.rows.length !== target) throw new Error(`CSV read ${read.rows.length} rows, ${problems.size} problems`);
    return target * table.header.length;
  };
  const readOurs = () => {
    const opened = openWorkbook(readFileSync(xlsxFile));
    if (!opened.ok) throw new Error(opened.message);
    let cells = 0;
    let sum = 0;
    let chars = 0;
    opened.workbook.sheets[0]!.forEachRow((_, __, c) => {
      for (let i = 0; i < c.width; i++) {
        const kind = c.kind[i];
        if (kind === CELL.empty) continue;
        cells++;
        if (kind === CELL.text) chars += c.text[i]!.length;
        else sum += c.number[i]!;
      }
    });
    if (!(sum > 0 && chars > 0)) throw new Error('nothing read');
    return cells;
  };
  const readExceljs = async () => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(xlsxFile, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
    let cells = 0;
    for await (const ws of reader) for await (const row of ws) row.eachCell(() => cells++);
    return cells;
  };
  // Wall time, and the process's CPU time (user + system, zlib's threads included): on a shared
  // machine the second moves far less with the load of other processes.
  const names = ['csv', 'ours', 'exceljs'] as const;
  const wall = { csv: [] as number[], ours: [] as number[], exceljs: [] as number[] };
  const cpu = { csv: [] as number[], ours: [] as number[], exceljs: [] as number[] };
  const cells: Record<string, number> = {};
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (let i = 0; i < Number(values.runs); i++) {
    for (const name of names) {
      const run = { csv: readCsvFile, ours: readOurs, exceljs: readExceljs }[name];
      const t = performance.now();
      const c = cpuMs();
      cells[name] = await run();
      wall[name].push(performance.now() - t);
      cpu[name].push(cpuMs() - c);
    }
  }
  const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(', ');
  const line = (name: (typeof names)[number]) => {
    const w = median(wall[name]);
    const c = median(cpu[name]);
    const ratio = name === 'csv' ? '' : `; ${(w / median(wall.csv)).toFixed(2)}× the CSV read in wall time, ${(c / median(cpu.csv)).toFixed(2)}× in CPU time`;
    return `median ${w.toFixed(0)} ms wall (${list(wall[name])}), ${c.toFixed(0)} ms CPU (${list(cpu[name])})${ratio}`;
  };
  console.log(`  CSV (readTable, results schema and scores): ${line('csv')}`);
  console.log(`  our xlsx reader, every cell (${cells.ours} filled): ${line('ours')} (goal ≤ 3×)`);
  console.log(`  exceljs streaming reader, every cell (${cells.exceljs}): ${line('exceljs')}`);
  // As an editor publishes it: `npm run validate` on the data folder with this workbook in place of
  // the year's CSV, in a fresh process, for its time and peak memory (budget: 3 GB for the build).
  renameSync(path.join(resultsDir, last), path.join(work, `${last}.orig`));
  copyFileSync(xlsxFile, path.join(resultsDir, path.basename(xlsxFile)));
  const asWorkbook = await measure(node, ['scripts/validate.ts'], { ...process.env, DATA_DIR: path.join(work, 'data') });
  console.log(`  npm run validate, the year as this workbook: ${(asWorkbook.ms / 1000).toFixed(1)} s, peak memory ${asWorkbook.peakMB.toFixed(0)} MB (${asWorkbook.code === 0 ? 'valid' : 'problems reported'})`);
  rmSync(work, { recursive: true, force: true });
}

/** The uncompressed size of a workbook's sheets, from its zip directory. */
function sheetXmlBytes(zip: Buffer): number {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
  let total = 0;
  for (let p = zip.readUInt32LE(end + 16), k = zip.readUInt16LE(end + 10); k > 0; k--) {
    const nameLength = zip.readUInt16LE(p + 28);
    if (zip.toString('utf8', p + 46, p + 46 + nameLength).startsWith('xl/worksheets/')) total += zip.readUInt32LE(p + 24);
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return total;
}

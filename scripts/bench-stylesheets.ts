// For npm run bench: the site built with its stylesheet inlined in every page (as shipped) and with
// Astro's external stylesheet files, served by the shipped nginx configuration, and read by
// Chromium as a phone on a slow network (DevTools throttling: 150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up, CPU 4× slower, as Lighthouse's mobile profile). Two consecutive pages each time,
// in a fresh browser profile, the two builds alternating run by run, so both see the same machine.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CSP_FILE, nginxCspInclude, type SitePolicies } from '../src/lib/publish/csp-header.ts';
import { breakdown } from '../tools/bench/output-breakdown.ts';
import { listFiles } from '../src/lib/publish/site-manifest.ts';
import { startNginx, type Nginx } from '../tests/helpers/servers.ts';

const VARIANTS = { inline: 'always', external: 'never' } as const;
type Variant = keyof typeof VARIANTS;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Visit {
  fcp: number;
  load: number;
  bytes: number;
  requests: number;
}

function build(root: string, dataDir: string, out: string, variant: Variant): Promise<void> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, DATA_DIR: dataDir, OUT_DIR: out, SOURCE_DATE_EPOCH: '1767225600', INLINE_STYLESHEETS: VARIANTS[variant] };
    const child = spawn(process.execPath, [path.join(root, 'scripts/build.ts'), '--precompress'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`build (${variant}) failed:\n${log.slice(-3000)}`))));
  });
}

async function visit(browser: Browser, urls: string[]): Promise<Visit[]> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, deviceScaleFactor: 2, locale: 'vi-VN' });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  const out: Visit[] = [];
  for (const url of urls) {
    bytes = 0;
    requests = 0;
    await tab.goto(url, { waitUntil: 'load' });
    // The first paint may come after the load event: waited for (at most 10 s).
    const t = await tab.evaluate(async () => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const fcp = await new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const e = list.getEntries().find((x) => x.name === 'first-contentful-paint');
          if (e) resolve(e.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(NaN), 10_000);
      });
      return { fcp, load: nav.loadEventEnd };
    });
    out.push({ ...t, bytes, requests });
  }
  await context.close();
  return out;
}

/** Builds both ways from `dataDir`, measures, and returns the lines to print. */
export async function compareStylesheets(root: string, dataDir: string, work: string, runs: number): Promise<string[]> {
  const lines: string[] = [];
  const servers: Partial<Record<Variant, Nginx>> = {};
  let browser: Browser | undefined;
  try {
    for (const variant of Object.keys(VARIANTS) as Variant[]) {
      const dir = path.join(work, `css-${variant}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(path.join(dir, 'srv'), { recursive: true });
      const dist = path.join(dir, 'dist');
      await build(root, dataDir, dist, variant);
      symlinkSync(dist, path.join(dir, 'srv/current'));
      const policies = JSON.parse(readFileSync(path.join(dist, CSP_FILE), 'utf8')) as SitePolicies;
      writeFileSync(path.join(dir, 'srv/csp.conf'), nginxCspInclude([policies]));
      servers[variant] = await startNginx(path.join(dir, 'nginx'), path.join(dir, 'srv'));
      const figures = breakdown(dist, listFiles(dist));
      const pages = figures.filter((f) => f.kind.endsWith('pages') || f.kind === 'year lists' || f.kind === 'stories');
      const css = figures.find((f) => f.kind === 'stylesheets and scripts');
      const sum = (k: 'bytes' | 'gzipBytes' | 'inlineCssBytes') => pages.reduce((t, f) => t + (f[k] ?? 0), 0);
      lines.push(`  ${variant.padEnd(8)}: pages ${(sum('bytes') / 1048576).toFixed(1)} MB (gzip ~${(sum('gzipBytes') / 1048576).toFixed(1)} MB), of which inline CSS ${(sum('inlineCssBytes') / 1048576).toFixed(1)} MB; stylesheet files ${css ? `${css.files}, ${(css.bytes / 1024).toFixed(1)} KB` : 'none'}`);
    }
    const dist = path.join(work, 'css-inline/dist');
    const units = readdirSync(path.join(dist, 'don-vi')).sort();
    const years = readdirSync(path.join(dist, 'nam')).filter((y) => /^\d{4}$/.test(y)).sort();
    const pairs: [string, string[]][] = [
      ['unit page → another unit page', [`don-vi/${units[0]}/`, `don-vi/${units[1]}/`]],
      ['home → latest year list', ['', `nam/${years.at(-1)}/`]],
    ];
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
    const results: Record<Variant, Visit[][][]> = { inline: pairs.map(() => []), external: pairs.map(() => []) };
    for (let run = 0; run < runs; run++) {
      const order: Variant[] = run % 2 === 0 ? ['inline', 'external'] : ['external', 'inline'];
      for (const variant of order) {
        for (const [i, [, paths]] of pairs.entries()) results[variant][i]!.push(await visit(browser, paths.map((p) => servers[variant]!.url + p)));
      }
    }
    lines.push('', `| pages (median of ${runs}, throttled phone) | stylesheet | 1st page: bytes / requests / FCP / load | 2nd page: bytes / requests / FCP / load | bytes 1st + 2nd | FCP 1st + 2nd |`, '| --- | --- | --- | --- | ---: | ---: |');
    for (const [i, [name]] of pairs.entries()) {
      for (const variant of Object.keys(VARIANTS) as Variant[]) {
        const runsOf = results[variant][i]!;
        const at = (page: number, k: keyof Visit) => median(runsOf.map((r) => r[page]![k]));
        const cell = (page: number) => `${(at(page, 'bytes') / 1024).toFixed(1)} KB / ${at(page, 'requests')} / ${at(page, 'fcp').toFixed(0)} ms / ${at(page, 'load').toFixed(0)} ms`;
        const both = median(runsOf.map((r) => r[0]!.fcp + r[1]!.fcp));
        const bytes = median(runsOf.map((r) => r[0]!.bytes + r[1]!.bytes));
        lines.push(`| ${name} | ${variant} | ${cell(0)} | ${cell(1)} | ${(bytes / 1024).toFixed(1)} KB | ${both.toFixed(0)} ms |`);
      }
    }
  } finally {
    await browser?.close();
    for (const s of Object.values(servers)) await s?.stop();
  }
  return lines;
}

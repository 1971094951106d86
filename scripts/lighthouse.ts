// npm run lighthouse [-- --dir dist --runs 3 --pages ",nam/2025/,don-vi/x/,tim-kiem/"]
// Lighthouse (mobile: a mid-range phone on a slow 4G link, simulated) on a built site served from
// loopback with compression, as nginx serves it (deploy/nginx.conf). Prints the median of --runs
// for each category and page. A figure, not a test: performance scores move with the machine's load.
// Without --pages: the home page, the newest year's list, the first unit page and search.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
const dist = path.resolve(values.dir);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`Không thấy trang đã dựng ở ${dist}: chạy "npm run build" trước.`);
  process.exit(1);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.xml': 'application/xml', '.wasm': 'application/wasm', '.txt': 'text/plain',
};
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

/** Static files with gzip for text and a week's caching for hashed assets, as deploy/nginx.conf does. */
function handle(req: IncomingMessage, res: ServerResponse): void {
  let file = path.join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (!file.startsWith(dist)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) file = path.join(dist, '404.html');
  const headers: Record<string, string> = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
  if (/[\\/](_astro|pagefind)[\\/]/.test(file)) headers['Cache-Control'] = 'public, max-age=604800';
  const gzip = COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) headers['Content-Encoding'] = 'gzip';
  res.writeHead(file.endsWith('404.html') ? 404 : 200, headers);
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

function defaultPages(): string[] {
  const years = existsSync(path.join(dist, 'nam')) ? readdirSync(path.join(dist, 'nam')).filter((y) => /^\d{4}$/.test(y)).sort() : [];
  const units = existsSync(path.join(dist, 'don-vi')) ? readdirSync(path.join(dist, 'don-vi')).sort() : [];
  return ['', ...(years.length ? [`nam/${years.at(-1)}/`] : []), ...(units.length ? [`don-vi/${units[0]}/`] : []), 'tim-kiem/'];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const server = createServer(handle);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const chrome = await chromeLauncher.launch({
  chromePath: values.chromium,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
const rows: string[][] = [];
let lowest = 100;
try {
  for (const page of values.pages?.split(',') ?? defaultPages()) {
    const scores: Record<string, number[]> = Object.fromEntries(categories.map((c) => [c, []]));
    const failing = new Set<string>();
    const metrics: Record<string, number[]> = Object.fromEntries(METRICS.map((m) => [m, []]));
    for (let run = 0; run < Number(values.runs); run++) {
      const result = await lighthouse(origin + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse không trả kết quả cho /${page}`);
      for (const c of categories) scores[c]!.push(Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
      for (const m of METRICS) metrics[m]!.push(result.lhr.audits[m]?.numericValue ?? NaN);
      // What costs points outside performance, so a score under 100 says why.
      for (const c of categories.filter((c) => c !== 'performance')) {
        for (const ref of result.lhr.categories[c]?.auditRefs ?? []) {
          const audit = result.lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.add(`${c}: ${ref.id}`);
        }
      }
    }
    const medians = categories.map((c) => median(scores[c]!));
    lowest = Math.min(lowest, ...medians);
    const ms = (m: string) => `${(median(metrics[m]!) / 1000).toFixed(1).replace('.', ',')} s`;
    rows.push([`/${page}`, ...medians.map(String), ms('first-contentful-paint'), ms('largest-contentful-paint'), `${Math.round(median(metrics['total-blocking-time']!))} ms`, median(metrics['cumulative-layout-shift']!).toFixed(3).replace('.', ','), [...failing].join('; ') || '—']);
  }
} finally {
  chrome.kill();
  server.close();
}
const header = ['Trang', 'Hiệu năng', 'Trợ năng', 'Thực hành tốt', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'Mục bị trừ điểm'];
console.log(`Lighthouse (di động, mô phỏng 4G chậm), trung vị của ${values.runs} lần, ${new Date().toISOString().slice(0, 10)}:`);
console.log([header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n'));
console.log(`Thấp nhất: ${lowest}`);

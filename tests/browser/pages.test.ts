import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/build.ts';
import { serve } from '../helpers/serve.ts';
import { tempDir } from '../helpers/temp.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Evaluated over the DevTools protocol: the pages' own strict CSP stays on during the test.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Key pages of the sample fixture (tests/fixtures/sample): one of every template the public reaches.
const PAGES = ['', 'nam/', 'nam/2025/', 'nam/2026/', 'don-vi/phuong-song-may/', 'don-vi/xa-dong-lua/', 'don-vi/xa-suoi-tre/', 'don-vi/truong-thpt-le-loi/', 'duy-tri/', 'mo-hinh/', 'mo-hinh/camera-an-ninh-song-may/', 'tieu-chi/', 'quy-trinh/', 'tin-bai/', 'du-lieu/', 'tim-kiem/', 'xac-minh/phuong-song-may-2023/', 'xac-minh/phuong-song-may-2024/', 'xac-minh/xa-dong-lua-2023/', 'nhung/don-vi/phuong-song-may/'];

// And of the real-data fixture, served under a sub-path as a GitHub Pages project site is.
const REAL_PAGES = ['', 'nam/2027/', 'don-vi/ba-dinh/', 'tim-kiem/', 'xac-minh/ba-dinh-2025/'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let realServer: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Không thấy Chromium ở ${CHROMIUM}: chạy "apt-get install -y chromium" (bash .ci/run làm việc này).`);
  server = await serve(builtSite('sample'));
  realServer = await serve(builtSite('real'), '/antq/');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // The machine has no network beyond loopback: keep Chromium from reaching out.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await realServer?.close();
});

describe.each([...PAGES.map((p) => ['sample', p]), ...REAL_PAGES.map((p) => ['real', p])])('%s page /%s in Chromium', (site, page) => {
  it('renders without console errors, fits 360 px and has no WCAG 2.2 AA violation', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'vi-VN' });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    tab.on('pageerror', (e) => errors.push(String(e)));
    const response = await tab.goto((site === 'real' ? realServer : server).url + page);
    expect(response?.status()).toBe(200);
    expect(await tab.getAttribute('html', 'lang')).toBe('vi');
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'cuộn ngang ở 360 px').toBeLessThanOrEqual(0);
    await tab.evaluate(AXE);
    const violations = await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the year list', () => {
  it('filters by kind and sorts by score with its small script', async () => {
    const tab = await browser.newPage();
    await tab.goto(server.url + 'nam/2025/');
    await tab.selectOption('select[name="kind"]', 'phuong');
    const kinds = await tab.$$eval('table[data-sortable] tbody tr:not([hidden])', (rows) => rows.map((r) => (r as HTMLElement).dataset.kind));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['phuong']));
    await tab.selectOption('select[name="kind"]', '');
    await tab.selectOption('select[name="sort"]', 'score');
    const scores = await tab.$eval('table[data-sortable] tbody', (b) => [...b.querySelectorAll('tr')].map((r) => Number((r as HTMLElement).dataset.score || -1)));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Across tracks by share of the maximum: 43/50 (86 %) above 84/100 (84 %), although 43 < 84.
    const refused = await tab.$$eval('#khong_cong_nhan ~ .table-wrap tbody tr', (rows) => rows.map((r) => [(r as HTMLElement).dataset.name, r.querySelector('td.num + th + td + td + td')?.firstChild?.textContent]));
    const names = refused.map((r) => r[0]);
    expect(names.indexOf('Hợp tác xã Nông nghiệp Đồng Lúa')).toBeLessThan(names.indexOf('Xã Suối Tre'));
    expect(refused.find((r) => r[0] === 'Xã Suối Tre')?.[1]).toBe('84/100');
    expect(refused.find((r) => r[0] === 'Hợp tác xã Nông nghiệp Đồng Lúa')?.[1]).toBe('43/50');
    await tab.close();
  });
});

describe('search', () => {
  it('works for real data under a sub-path', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(realServer.url + 'tim-kiem/');
    await tab.waitForSelector('[data-filters]:not([hidden]) select');
    await tab.fill('input[name="q"]', 'Ngọc Hà');
    await tab.waitForSelector('[data-search-results] li a');
    const links = await tab.$$eval('[data-search-results] li a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/antq/don-vi/ngoc-ha/');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('finds a unit typed without diacritics, and filters by kind', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(server.url + 'tim-kiem/');
    await tab.waitForSelector('[data-filters]:not([hidden]) select');
    await tab.fill('input[name="q"]', 'phuong song may');
    await tab.waitForSelector('[data-search-results] li a');
    const links = await tab.$$eval('[data-search-results] li a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/don-vi/phuong-song-may/');
    await tab.selectOption('select[name="filter:Loại đơn vị"]', 'Xã');
    await tab.waitForFunction(() => !document.querySelector('[data-search-results] a[href="/don-vi/phuong-song-may/"]'));
    const titles = await tab.$$eval('[data-search-results] li a', (as) => as.map((a) => a.textContent));
    expect(titles.every((t) => t?.startsWith('Xã'))).toBe(true);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('finds models and stories too, by their own text, and tells them apart', async () => {
    const tab = await browser.newPage();
    await tab.goto(server.url + 'tim-kiem/');
    await tab.waitForSelector('[data-filters]:not([hidden]) select');
    await tab.selectOption('select[name="filter:Nội dung"]', 'Mô hình');
    await tab.fill('input[name="q"]', 'camera');
    await tab.waitForSelector('[data-search-results] li a');
    const links = await tab.$$eval('[data-search-results] li a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/mo-hinh/camera-an-ninh-song-may/');
    expect(links.every((l) => l?.startsWith('/mo-hinh/'))).toBe(true);
    await tab.close();
  });
});

describe('verification records', () => {
  it('carry a QR code that decodes to their page, and print without navigation', async () => {
    const tab = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    await tab.goto(server.url + 'xac-minh/phuong-song-may-2023/');
    const png = PNG.sync.read(await tab.locator('.verify svg').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe('https://antq.example.gov.vn/xac-minh/phuong-song-may-2023/');
    await tab.emulateMedia({ media: 'print' });
    expect(await tab.isVisible('.status-banner')).toBe(true);
    expect(await tab.isVisible('.verify svg')).toBe(true);
    for (const hidden of ['.site-nav', '.breadcrumb', '.site-header', '.site-footer']) expect(await tab.isVisible(hidden), hidden).toBe(false);
    await tab.close();
  });

  it('print a revoked recognition with its status and the revoking decision on every page of the PDF', async () => {
    const tab = await browser.newPage();
    await tab.goto(server.url + 'xac-minh/xa-dong-lua-2023/');
    const file = path.join(tempDir('antq-pdf-'), 'xac-minh.pdf');
    // A5 paper: the record runs over several pages, as a longer one would on A4.
    writeFileSync(file, await tab.pdf({ format: 'A5' }));
    await tab.close();
    const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (r.error) throw new Error('Cần pdftotext (gói poppler-utils): bash .ci/run cài nó.');
    const pages = r.stdout.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, p] of pages.entries()) {
      const text = p.replace(/\s+/g, ' ');
      expect(text, `trang ${i + 1}`).toContain('ĐÃ THU HỒI');
      expect(text, `trang ${i + 1}`).toContain('Quyết định số 1876/QĐ-UBND ngày 18/08/2025');
      expect(text, `trang ${i + 1}`).toContain('không phải giấy chứng nhận');
      expect(text, `trang ${i + 1}`).not.toContain('Trang chủ');
    }
  });
});

describe('the 404 page', () => {
  it.each(['sample', 'real'])('answers a mistyped or forged address on the %s site in Vietnamese, with status 404', async (site) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'vi-VN' });
    const tab = await context.newPage();
    const at = site === 'real' ? realServer : server;
    const response = await tab.goto(at.url + 'xac-minh/khong-co-ma-nay-2024/');
    expect(response?.status()).toBe(404);
    expect(await tab.textContent('h1')).toBe('Không tìm thấy trang');
    const base = site === 'real' ? '/antq/' : '/';
    expect(await tab.getAttribute('main a[href$="tim-kiem/"]', 'href')).toBe(`${base}tim-kiem/`);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await tab.evaluate(AXE);
    const violations = await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('embeds', () => {
  it('render inside an iframe of another page', async () => {
    const tab = await browser.newPage();
    // Another portal's page (no CSP of ours) framing the card.
    await tab.setContent(`<iframe src="${server.url}nhung/don-vi/phuong-song-may/" title="Thẻ đơn vị"></iframe>`);
    const frame = await (await tab.waitForSelector('iframe')).contentFrame();
    await frame!.waitForSelector('h1', { state: 'attached' });
    expect(await frame!.textContent('h1')).toBe('Phường Sông Mây');
    await tab.close();
  });
});

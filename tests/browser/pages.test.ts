import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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
const PAGES = ['', 'nam/', 'nam/2025/', 'nam/2026/', 'don-vi/phuong-song-may/', 'don-vi/xa-dong-lua/', 'don-vi/xa-suoi-tre/', 'don-vi/truong-thpt-le-loi/', 'duy-tri/', 'mo-hinh/', 'mo-hinh/camera-an-ninh-song-may/', 'tieu-chi/', 'bao-cao/', 'bao-cao/2025/', 'bao-cao/2024/', 'quy-trinh/', 'tin-bai/', 'du-lieu/', 'tim-kiem/', 'xac-minh/phuong-song-may-2023/', 'xac-minh/phuong-song-may-2024/', 'xac-minh/xa-dong-lua-2023/', 'nhung/don-vi/phuong-song-may/'];

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

/** axe's WCAG 2.2 A and AA rules on the page as shown. */
async function axeViolations(tab: Page): Promise<string[]> {
  await tab.evaluate(AXE);
  return tab.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  });
}

/** What a reader would have to scroll sideways to see: the page, or any box inside it (a table's wrap). */
function sidewaysScroll(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const wide: string[] = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) wide.push(`trang: ${document.documentElement.scrollWidth} px`);
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) wide.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth} px`);
    }
    return wide;
  });
}

describe.each([...PAGES.map((p) => ['sample', p]), ...REAL_PAGES.map((p) => ['real', p])])('%s page /%s in Chromium', (site, page) => {
  const url = () => (site === 'real' ? realServer : server).url + page;

  it('on a 360 px phone: no console error, nothing to scroll sideways, header within the first quarter, no WCAG 2.2 AA violation', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    tab.on('pageerror', (e) => errors.push(String(e)));
    const response = await tab.goto(url());
    expect(response?.status()).toBe(200);
    expect(await tab.getAttribute('html', 'lang')).toBe('vi');
    expect(await sidewaysScroll(tab), 'cuộn ngang ở 360 px').toEqual([]);
    // The sample notice and the header leave the first screen to the page.
    const headerBottom = await tab.evaluate(() => document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0);
    expect(headerBottom).toBeLessThanOrEqual(740 / 4);
    // Only search runs a script; every other page works without.
    const scripts = await tab.locator('script').count();
    if (page.startsWith('tim-kiem')) expect(scripts).toBeGreaterThan(0);
    else expect(scripts, 'trang có JavaScript').toBe(0);
    expect(await axeViolations(tab)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reflows at 320 px with text at 200 % (WCAG 1.4.10), header within the first quarter, and has no WCAG 2.2 AA violation at 1280 px', async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 740 }, locale: 'vi-VN' });
    const tab = await narrow.newPage();
    await tab.goto(url());
    // Set through the CSSOM, which the pages' Content-Security-Policy leaves to the reader.
    await tab.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    expect(await sidewaysScroll(tab), 'cuộn ngang ở 320 px, chữ 200 %').toEqual([]);
    // Enlarged, the notice and the header still leave three quarters of the first screen to the page.
    const headerBottom = await tab.evaluate(() => document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0);
    expect(headerBottom, 'đầu trang ở 320 px, chữ 200 %').toBeLessThanOrEqual(740 / 4);
    await narrow.close();
    const wide = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const desk = await wide.newPage();
    await desk.goto(url());
    expect(await axeViolations(desk)).toEqual([]);
    await wide.close();
  });
});

describe('the year list', () => {
  it('sends its filters for the whole year to the search page, and ships no script itself', async () => {
    const tab = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await tab.goto(server.url + 'nam/2025/');
    expect(await tab.locator('script').count()).toBe(0);
    await tab.selectOption('form[action$="/tim-kiem/"] select[name="loai"]', { label: 'Phường' });
    await tab.selectOption('form[action$="/tim-kiem/"] select[name="sap_xep"]', 'diem');
    await tab.click('form[action$="/tim-kiem/"] button[type="submit"]');
    await tab.waitForURL(/\/tim-kiem\/\?/);
    const params = new URL(tab.url()).searchParams;
    expect(Object.fromEntries(params)).toMatchObject({ noi_dung: 'Đơn vị', nam: '2025', loai: 'Phường', sap_xep: 'diem' });
    await tab.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === location.search);
    const titles = await tab.$$eval('.result-title', (as) => as.map((a) => a.textContent ?? ''));
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.startsWith('Phường'))).toBe(true);
    // Across tracks by share of the maximum: 43/50 (86 %) above 84/100 (84 %), although 43 < 84.
    await tab.goto(server.url + 'nam/2025/');
    await tab.selectOption('form[action$="/tim-kiem/"] select[name="ket_qua"]', 'Không công nhận');
    await tab.selectOption('form[action$="/tim-kiem/"] select[name="sap_xep"]', 'diem');
    await tab.click('form[action$="/tim-kiem/"] button[type="submit"]');
    await tab.waitForURL(/ket_qua=/);
    await tab.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === location.search);
    const refused = await tab.$$eval('.result-title', (as) => as.map((a) => a.textContent ?? ''));
    expect(refused.indexOf('Hợp tác xã Nông nghiệp Đồng Lúa')).toBeGreaterThanOrEqual(0);
    expect(refused.indexOf('Hợp tác xã Nông nghiệp Đồng Lúa')).toBeLessThan(refused.indexOf('Xã Suối Tre'));
    // The list shows what it is sorted by: each unit's score of the year with its maximum and share.
    const scores = await tab.$$eval('[data-search-results] li', (lis) => lis.map((li) => li.querySelector('.result-score')?.textContent ?? ''));
    expect(scores[refused.indexOf('Hợp tác xã Nông nghiệp Đồng Lúa')]).toBe('Năm 2025: thẩm định 43/50 (86 %)');
    expect(scores[refused.indexOf('Xã Suối Tre')]).toBe('Năm 2025: thẩm định 84/100 (84 %)');
    const shares = scores.filter((t) => t.includes('thẩm định')).map((t) => Number(/\(([\d,]+) %\)$/.exec(t)![1]!.replace(',', '.')));
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    await tab.close();
  });
});

describe('search', () => {
  it('works for real data under a sub-path', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(realServer.url + 'tim-kiem/');
    await tab.fill('input[name="q"]', 'Ngọc Hà');
    await tab.waitForSelector('[data-search-results] li a');
    const links = await tab.$$eval('[data-search-results] li a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links[0]).toBe('/antq/don-vi/ngoc-ha/');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('finds models and stories too, by their own text, and tells them apart', async () => {
    const tab = await browser.newPage();
    await tab.goto(server.url + 'tim-kiem/');
    await tab.locator('summary').click();
    await tab.selectOption('select[name="noi_dung"]', 'Mô hình');
    await tab.fill('input[name="q"]', 'camera');
    await tab.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'camera' && document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === location.search);
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

  it.each(['don-vi/xa-dong-lua/', 'nam/2025/', 'duy-tri/', ''])('leave navigation and the breadcrumb off paper on other pages too: /%s', async (rel) => {
    const tab = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    await tab.goto(server.url + rel);
    await tab.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-nav', '.site-shortcuts', '.breadcrumb', '.footer-nav']) {
      if ((await tab.locator(hidden).count()) > 0) expect(await tab.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    await tab.close();
  });

  it('print a revoked recognition with its status and the revoking decision on every page of the PDF', async () => {
    const pages = await printedPages('xac-minh/xa-dong-lua-2023/');
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, text] of pages.entries()) {
      expect(text, `trang ${i + 1}`).toContain('ĐÃ THU HỒI');
      expect(text, `trang ${i + 1}`).toContain('Quyết định số 1876/QĐ-UBND ngày 18/08/2025');
      expect(text, `trang ${i + 1}`).toContain('không phải giấy chứng nhận');
      expect(text, `trang ${i + 1}`).not.toContain('Trang chủ');
    }
  });

  it.each([
    ['lapsed', 'phuong-ben-do-2023', 'HẾT HIỆU LỰC', 'không duy trì được năm 2024'],
    ['merged', 'thi-tran-cau-go-2024', 'ĐƠN VỊ ĐÃ SÁP NHẬP', 'vào Xã Thượng Lâm từ năm 2025'],
  ])('print a %s recognition with its status on every page of the PDF, never as standing', async (_, code, label, detail) => {
    const pages = await printedPages(`xac-minh/${code}/`);
    for (const [i, text] of pages.entries()) {
      expect(text, `trang ${i + 1}`).toContain(`${label} · ${detail}`);
      expect(text, `trang ${i + 1}`).not.toContain('CÒN HIỆU LỰC');
      expect(text, `trang ${i + 1}`).not.toContain('Trang chủ');
    }
  });
});

/** A page printed to PDF by Chromium on A5 paper (a record runs over pages as a longer one would on A4), as text per page. */
async function printedPages(rel: string): Promise<string[]> {
  const tab = await browser.newPage();
  await tab.goto(server.url + rel);
  const file = path.join(tempDir('antq-pdf-'), 'xac-minh.pdf');
  writeFileSync(file, await tab.pdf({ format: 'A5' }));
  await tab.close();
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.error) throw new Error('Cần pdftotext (gói poppler-utils): bash .ci/run cài nó.');
  return r.stdout.split('\f').filter((p) => p.trim() !== '').map((p) => p.replace(/\s+/g, ' '));
}

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
    // Its search box sends the words to the search page, which finds the unit meant.
    await tab.fill('#q-404', site === 'real' ? 'Ngoc Ha' : 'xa dong lua');
    await tab.click('form.find button[type="submit"]');
    await tab.waitForURL(/\/tim-kiem\/\?q=/);
    await tab.waitForSelector('[data-search-results] li a');
    expect(await tab.getAttribute('[data-search-results] li a', 'href')).toBe(site === 'real' ? '/antq/don-vi/ngoc-ha/' : '/don-vi/xa-dong-lua/');
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

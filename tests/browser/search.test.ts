// Search as a citizen uses it, in Chromium on a 360 px phone: every unit of every fixture typed
// without tone marks and "đ" as "d", in capitals, and in part; results ten at a time with "Xem thêm";
// filters by kind, year, outcome, province and commune, also as a year page sends them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS, OUTCOMES } from '../../src/schemas/vocabulary.ts';
import { loadDataset, type Dataset } from '../../src/lib/validation/dataset.ts';
import { foldDiacritics } from '../../src/lib/text/strings.ts';
import { builtSite, FIXTURE_BUILDS } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { serve } from '../helpers/serve.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
type Built = keyof typeof FIXTURE_BUILDS;
const BASES: Record<Built, string> = { sample: '/', real: '/antq/', valid: '/' };

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Không thấy Chromium ở ${CHROMIUM}: chạy "apt-get install -y chromium" (bash .ci/run làm việc này).`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
});
afterAll(async () => {
  await browser?.close();
});

function dataset(name: Built): Dataset {
  const root = FIXTURES[FIXTURE_BUILDS[name].fixture];
  const o = loadDataset({ dataDir: path.join(root, 'data'), contentDir: path.join(root, 'content') });
  if (!o.ok) throw new Error(o.problems[0]!.message);
  return o.dataset;
}

/** Waits for the list that answers what the address now asks (the script marks it). */
async function results(tab: Page): Promise<{ urls: string[]; titles: string[]; status: string }> {
  await tab.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === location.search, null, { timeout: 15_000 });
  return tab.evaluate(() => ({
    urls: [...document.querySelectorAll<HTMLAnchorElement>('.result-title')].map((a) => new URL(a.href).pathname),
    titles: [...document.querySelectorAll('.result-title')].map((a) => a.textContent ?? ''),
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
  }));
}

/** Typed into the box as a reader types it, key by key. */
async function type(tab: Page, text: string): Promise<{ urls: string[]; titles: string[]; status: string }> {
  const box = tab.locator('#q');
  await box.fill('');
  await box.pressSequentially(text, { delay: 5 });
  await tab.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q.trim(), text);
  return results(tab);
}

describe.each(Object.keys(FIXTURE_BUILDS) as Built[])('search on the %s fixture', (name) => {
  let server: Awaited<ReturnType<typeof serve>>;
  let tab: Page;
  const d = dataset(name);
  const base = BASES[name];
  // Names of everything indexed by name: a part of a name may also be part of others.
  const names = [...d.units.map((u) => u.name), ...d.models.map((m) => m.name), ...d.stories.map((s) => s.title)];
  const sharing = (text: string) => names.filter((n) => ` ${foldDiacritics(n)} `.includes(` ${foldDiacritics(text)} `)).length;

  beforeAll(async () => {
    server = await serve(builtSite(name), base);
    tab = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await tab.goto(`${server.url}tim-kiem/`);
  });
  afterAll(async () => {
    await tab?.close();
    await server?.close();
  });

  it('finds every unit typed without tone marks, "đ" as "d", first or in the top 3', async () => {
    const missed: string[] = [];
    for (const unit of d.units) {
      const typed = foldDiacritics(unit.name);
      const { urls } = await type(tab, typed);
      const rank = urls.indexOf(`${base}don-vi/${unit.id}/`);
      // Units of the very same name (a "Khu dân cư số 1" in two communes) share the places.
      if (rank < 0 || rank >= Math.max(3, sharing(unit.name))) missed.push(`"${typed}" → ${unit.name} ở vị trí ${rank + 1}: ${urls.slice(0, 3).join(', ')}`);
    }
    expect(missed).toEqual([]);
  }, 300_000);

  it('finds every unit typed in capitals with its marks, and by the end of its name', async () => {
    const missed: string[] = [];
    for (const unit of d.units) {
      const words = unit.name.split(' ');
      for (const typed of [unit.name.toUpperCase(), words.length > 2 ? words.slice(-2).join(' ') : words.at(-1)!]) {
        const { urls } = await type(tab, typed);
        const rank = urls.indexOf(`${base}don-vi/${unit.id}/`);
        if (rank < 0 || rank >= Math.max(3, sharing(typed))) missed.push(`"${typed}" → ${unit.name} ở vị trí ${rank + 1}`);
      }
    }
    expect(missed).toEqual([]);
  }, 300_000);

  it('reaches every result ten at a time with "Xem thêm"', async () => {
    // Everything of a year, whatever its result: the longest list a fixture has.
    const year = [...new Set(d.results.map((r) => r.year))].sort((a, b) => d.results.filter((r) => r.year === b).length - d.results.filter((r) => r.year === a).length)[0]!;
    const expected = new Set(d.results.filter((r) => r.year === year).map((r) => `${base}don-vi/${r.unitId}/`));
    await tab.goto(`${server.url}tim-kiem/?noi_dung=${encodeURIComponent('Đơn vị')}&nam=${year}`);
    let { urls, status } = await results(tab);
    expect(status).toContain(`${expected.size} kết quả`);
    expect(urls.length).toBe(Math.min(10, expected.size));
    while (await tab.locator('[data-search-more]').isVisible()) {
      await tab.locator('[data-search-more]').click();
      await tab.waitForFunction((n) => document.querySelectorAll('.result-title').length > n, urls.length);
      ({ urls } = await results(tab));
    }
    expect(new Set(urls)).toEqual(expected);
    expect(urls.length).toBe(expected.size);
  });

  it('filters the whole year by kind, outcome, province and commune as a year page sends them, sorted by name', async () => {
    for (const r of d.results.slice(0, 6)) {
      const unit = d.units.find((u) => u.id === r.unitId)!;
      const params = new URLSearchParams({ noi_dung: 'Đơn vị', nam: String(r.year), ket_qua: OUTCOMES[r.outcome], tinh: unit.province, sap_xep: 'ten' });
      await tab.goto(`${server.url}tim-kiem/?${params}`);
      let { urls, titles } = await results(tab);
      while (await tab.locator('[data-search-more]').isVisible()) {
        await tab.locator('[data-search-more]').click();
        await tab.waitForFunction((n) => document.querySelectorAll('.result-title').length > n, urls.length);
        ({ urls, titles } = await results(tab));
      }
      const expected = d.results.filter((x) => x.year === r.year && x.outcome === r.outcome && d.units.find((u) => u.id === x.unitId)!.province === unit.province);
      expect(new Set(urls)).toEqual(new Set(expected.map((x) => `${base}don-vi/${x.unitId}/`)));
      expect(titles).toEqual([...titles].sort(new Intl.Collator('vi', { numeric: true }).compare));
      // The commune list offers the province's communes; choosing one narrows to it.
      const commune = `${unit.province} › ${unit.commune}`;
      await tab.locator('select[name="xa"]').selectOption(commune);
      ({ urls } = await results(tab));
      expect(new Set(urls)).toEqual(new Set(expected.filter((x) => d.units.find((u) => u.id === x.unitId)!.commune === unit.commune).map((x) => `${base}don-vi/${x.unitId}/`)));
    }
  });

  it('filters by kind of unit picked on the phone', async () => {
    const kind = d.units[0]!.kind;
    await tab.goto(`${server.url}tim-kiem/`);
    await tab.locator('summary').click();
    await tab.locator('select[name="loai"]').selectOption({ label: KINDS[kind] });
    let { urls } = await results(tab);
    while (await tab.locator('[data-search-more]').isVisible()) {
      await tab.locator('[data-search-more]').click();
      await tab.waitForFunction((n) => document.querySelectorAll('.result-title').length > n, urls.length);
      ({ urls } = await results(tab));
    }
    expect(new Set(urls)).toEqual(new Set(d.units.filter((u) => u.kind === kind).map((u) => `${base}don-vi/${u.id}/`)));
  });

  it('loads nothing for search until the reader uses it', async () => {
    const requests: string[] = [];
    const fresh = await browser.newPage({ viewport: { width: 360, height: 740 } });
    fresh.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await fresh.goto(`${server.url}tim-kiem/`);
    await fresh.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await fresh.locator('#q').focus();
    await fresh.waitForLoadState('networkidle');
    expect(requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await fresh.close();
  });
});

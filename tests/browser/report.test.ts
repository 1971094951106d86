import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/build.ts';
import { serve } from '../helpers/serve.ts';
import { tempDir } from '../helpers/temp.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Không thấy Chromium ở ${CHROMIUM}: chạy "apt-get install -y chromium" (bash .ci/run làm việc này).`);
  server = await serve(builtSite('sample'));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the yearly report on paper', () => {
  it('prints on A4 as a document: title, issuing body, date of the data, numbered pages, no navigation', async () => {
    const tab = await browser.newPage();
    await tab.goto(server.url + 'bao-cao/2025/');
    const file = path.join(tempDir('antq-report-pdf-'), 'bao-cao.pdf');
    writeFileSync(file, await tab.pdf({ format: 'A4', preferCSSPageSize: true }));
    await tab.close();
    const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (r.error) throw new Error('Cần pdftotext (gói poppler-utils): bash .ci/run cài nó.');
    const pages = r.stdout.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    const first = pages[0]!.replace(/\s+/g, ' ');
    expect(first).toContain('Báo cáo kết quả năm 2025');
    expect(first).toContain('Ban Chỉ đạo phong trào toàn dân bảo vệ ANTQ tỉnh Sông Mây');
    expect(first).toContain('theo các quyết định đến ngày 05/01/2026');
    for (const [i, p] of pages.entries()) {
      expect(p.replace(/\s+/g, ' '), `trang ${i + 1}`).toContain(`Trang ${i + 1}/${pages.length}`);
      expect(p, `trang ${i + 1}`).not.toContain('Tìm kiếm');
    }
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/build.ts';

// The sample fixture, and the real-data fixture built under /antq/ (tests/helpers/build.ts).
const SAMPLE = builtSite('sample');
const REAL = builtSite('real');
const page = (dist: string, rel: string) => readFileSync(path.join(dist, rel, 'index.html'), 'utf8');

describe('verification records', () => {
  it('exist for every recognition and every maintained year, and for nothing else', () => {
    type Row = { unitId: string; year: number; outcome: string };
    const years = readdirSync(path.join(SAMPLE, 'nam')).filter((y) => /^\d{4}$/.test(y));
    const expected = years.flatMap((y) => (JSON.parse(readFileSync(path.join(SAMPLE, `du-lieu/ket-qua-${y}.json`), 'utf8')) as Row[]).filter((r) => r.outcome === 'cong_nhan' || r.outcome === 'duy_tri').map((r) => `${r.unitId}-${r.year}`));
    expect(readdirSync(path.join(SAMPLE, 'xac-minh')).sort()).toEqual(expected.sort());
    expect(expected).toContain('phuong-song-may-2024');
  });

  it('print as a record of the published data, never as a certificate in a body’s name', () => {
    for (const code of readdirSync(path.join(SAMPLE, 'xac-minh'))) {
      const html = page(SAMPLE, `xac-minh/${code}`);
      expect(html, code).not.toMatch(/GIẤY CHỨNG NHẬN|Giấy chứng nhận|class="certificate|cert-title/);
      expect(html, code).toContain('không phải giấy chứng nhận');
      expect(html, code).toMatch(/<p class="status-banner"[^>]*><strong class="status-label"[^>]*>(CÒN HIỆU LỰC|ĐÃ THU HỒI|HẾT HIỆU LỰC|ĐÃ ĐƯỢC THAY THẾ|ĐƠN VỊ ĐÃ SÁP NHẬP)<\/strong>/);
      expect(html, code).toContain(`https://antq.example.gov.vn/xac-minh/${code}/`);
    }
  });

  it('say what was decided, by whom, the decision and the status now: revoked with the revoking decision', () => {
    const html = page(SAMPLE, 'xac-minh/xa-dong-lua-2023');
    expect(html).toContain('ĐÃ THU HỒI');
    expect(html).toContain('Công nhận năm 2023 đã bị thu hồi năm 2025 theo Quyết định số 1876/QĐ-UBND ngày 18/08/2025 của UBND tỉnh Sông Mây.');
    // The deciding body as the data names it (the district steering committee in 2023).
    expect(html).toContain('Quyết định số 2145/QĐ-UBND ngày 22/12/2023 của Ban Chỉ đạo phòng, chống tội phạm');
    // The maintained year before the revocation has its own record, revoked with it.
    const maintained = page(SAMPLE, 'xac-minh/xa-dong-lua-2024');
    expect(maintained).toContain('Công nhận duy trì năm 2024 (năm duy trì thứ 1 sau lần công nhận năm 2023)');
    expect(maintained).toContain('ĐÃ THU HỒI');
  });

  it('tell a lapsed recognition from the unit’s later one, and a standing one as standing', () => {
    expect(page(SAMPLE, 'xac-minh/phuong-ben-do-2023')).toContain('HẾT HIỆU LỰC');
    expect(page(SAMPLE, 'xac-minh/phuong-ben-do-2023')).toContain('Đơn vị được công nhận lại năm 2025');
    expect(page(SAMPLE, 'xac-minh/phuong-ben-do-2025')).toContain('CÒN HIỆU LỰC');
    expect(page(SAMPLE, 'xac-minh/phuong-song-may-2025')).toContain('Công nhận năm 2023 (duy trì năm 2025) còn hiệu lực; năm 2026 đang đánh giá duy trì.');
  });

  it('say that a recognised unit merged into another is no longer a unit of its own, not that it still stands', () => {
    const html = page(SAMPLE, 'xac-minh/thi-tran-cau-go-2024');
    expect(html).not.toContain('CÒN HIỆU LỰC');
    expect(html).toMatch(/<strong class="status-label"[^>]*>ĐƠN VỊ ĐÃ SÁP NHẬP<\/strong> <span class="status-detail"[^>]*>· vào Xã Thượng Lâm từ năm 2025<\/span>/);
    expect(html).toContain('từ năm 2025 đơn vị nhập vào Xã Thượng Lâm, không còn là đơn vị riêng');
  });

  it('are linked from the unit page, maintenance years included', () => {
    const html = page(SAMPLE, 'don-vi/phuong-song-may');
    for (const year of [2023, 2024, 2025]) expect(html).toContain(`href="/xac-minh/phuong-song-may-${year}/"`);
    expect(html).not.toContain('href="/xac-minh/phuong-song-may-2026/"');
  });
});

describe('the 404 page', () => {
  it('is Vietnamese, says the address or code does not exist, and offers search and the year lists', () => {
    const html = readFileSync(path.join(SAMPLE, '404.html'), 'utf8');
    expect(html).toContain('<html lang="vi"');
    expect(html).toContain('mã đơn vị, mã xác minh không tồn tại');
    expect(html).toContain('mã QR');
    expect(html).toContain('href="/tim-kiem/"');
    // Search offered on the page itself: a plain form to the search page, no script.
    expect(html).toMatch(/<form class="find"[^>]* method="get" action="\/tim-kiem\/" role="search"[^>]*>[\s\S]*?<input id="q-404" name="q" type="search"/);
    expect(html).not.toMatch(/<script\b/);
    for (const year of readdirSync(path.join(SAMPLE, 'nam')).filter((y) => /^\d{4}$/.test(y))) expect(html).toContain(`href="/nam/${year}/"`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
  });

  it('is built at the site root under a base path too, its links under the base', () => {
    const html = readFileSync(path.join(REAL, '404.html'), 'utf8');
    expect(html).toContain('href="/antq/tim-kiem/"');
    expect(html).toContain('action="/antq/tim-kiem/"');
    expect(html).toContain('href="/antq/nam/2027/"');
    expect([...html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!).filter((h) => !h.startsWith('/antq/'))).toEqual([]);
    expect(existsSync(path.join(REAL, '404', 'index.html'))).toBe(false);
  });
});

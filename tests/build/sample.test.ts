import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/publish/site-check.ts';
import { build, builtSite } from '../helpers/build.ts';
import { buildEnv, FIXTURES, ROOT } from '../helpers/paths.ts';
import { tempDir } from '../helpers/temp.ts';

// The sample fixture (tests/fixtures/sample), built once per run by tests/setup/fixture-builds.ts.
const DIST = builtSite('sample');

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

/** Sub-item points of each criteria table of seed 003, in reading order: every "(N điểm)". */
function seedPoints(): { territorial: number[]; organisational: number[] } {
  const text = readFileSync(path.join(ROOT, 'tests/fixtures/seed-003-bim-son.txt'), 'utf8');
  const first = text.indexOf('BỘ TIÊU CHÍ');
  const second = text.indexOf('BỘ TIÊU CHÍ', first + 1);
  const points = (part: string) => [...part.matchAll(/\((\d+) điểm\)/g)].map((m) => Number(m[1]));
  return { territorial: points(text.slice(first, second)), organisational: points(text.slice(second)) };
}

type Json = { nhom: { diem: number; tieu_chi: { diem: number; noi_dung: { diem: number }[] }[] }[]; tong_diem: number };
const readSet = (name: string): Json => JSON.parse(readFileSync(path.join(DIST, 'du-lieu/bo-tieu-chi', name), 'utf8'));

describe('the build of the sample fixture', () => {
  it('publishes the criteria sets of QĐ 3554 matching seed 003 point for point', () => {
    const seed = seedPoints();
    for (const [name, expected, total] of [
      ['3554-2025-dia-ban.json', seed.territorial, 100],
      ['3554-2025-co-quan.json', seed.organisational, 50],
    ] as const) {
      const set = readSet(name);
      expect(set.nhom.flatMap((g) => g.tieu_chi.flatMap((c) => c.noi_dung.map((i) => i.diem)))).toEqual(expected);
      expect(set.tong_diem).toBe(total);
      expect(set.nhom.reduce((t, g) => t + g.diem, 0)).toBe(total);
    }
    expect(readSet('3554-2025-dia-ban.json').nhom.flatMap((g) => g.tieu_chi.map((c) => c.diem))).toEqual([2, 2, 3, 5, 3, 3, 2, 5, 3, 5, 2, 4, 5, 12, 12, 5, 3, 6, 15, 3]);
    expect(readSet('3554-2025-co-quan.json').nhom.flatMap((g) => g.tieu_chi.map((c) => c.diem))).toEqual([3, 2, 4, 4, 6, 2, 3, 8, 8, 3, 4, 3]);
    expect(readSet('3554-2025-dia-ban.json').nhom).toHaveLength(4);
    expect(readSet('3554-2025-co-quan.json').nhom).toHaveLength(4);
  });

  it('labels every page as Vietnamese and as sample data', () => {
    const pages = files(DIST, '.html');
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).toContain('<html lang="vi"');
      expect(html, page).toContain('Dữ liệu minh họa');
    }
  });

  it('ships no JavaScript on content pages', () => {
    const withScript = files(DIST, '.html')
      .filter((p) => /<script\b/.test(readFileSync(p, 'utf8')))
      .map((p) => path.relative(DIST, p).split(path.sep).join('/'));
    expect(withScript.filter((p) => !/^(nam\/\d{4}|mo-hinh|tim-kiem)\/index\.html$/.test(p))).toEqual([]);
  });

  it('shows a unit page with its full history and score breakdown', () => {
    const html = readFileSync(path.join(DIST, 'don-vi/phuong-song-may/index.html'), 'utf8');
    for (const year of [2023, 2024, 2025, 2026]) expect(html).toContain(`id="nam-${year}"`);
    expect(html).toContain('Tiêu chí 19');
    expect(html).toContain('Hội đồng thay đổi');
    expect(html).toContain('Còn thiếu');
  });

  it('gives each model type its own page, linked from its models', () => {
    const html = readFileSync(path.join(DIST, 'mo-hinh/loai/camera-an-ninh/index.html'), 'utf8');
    expect(html).toContain('Camera an ninh khu phố Sông Mây');
    expect(html).toContain('Mắt thần cổng trường Lê Lợi');
    expect(html).not.toContain('Dân vận khéo');
    const model = readFileSync(path.join(DIST, 'mo-hinh/camera-an-ninh-song-may/index.html'), 'utf8');
    expect(model).toContain('href="/mo-hinh/loai/camera-an-ninh/"');
  });
  it('resolves every internal link and asset, and holds no markup the site does not write', () => {
    expect(checkSite(DIST)).toEqual([]);
  });

  it('has a share card image for every unit page, and every og:image resolves', () => {
    const units = readdirSync(path.join(DIST, 'don-vi'));
    expect(units.filter((id) => !existsSync(path.join(DIST, 'og/don-vi', `${id}.png`)))).toEqual([]);
    const missing: string[] = [];
    for (const page of files(DIST, '.html')) {
      const m = /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(page, 'utf8'));
      if (m && !existsSync(path.join(DIST, new URL(m[1]!).pathname))) missing.push(`${path.relative(DIST, page)} → ${m[1]}`);
    }
    expect(missing).toEqual([]);
    const png = readFileSync(path.join(DIST, 'og/don-vi/phuong-song-may.png'));
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
  });

  it('lists in the sitemap only URLs that resolve', () => {
    const urls = [...readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.filter((u) => !existsSync(path.join(DIST, decodeURIComponent(u), 'index.html')))).toEqual([]);
    expect(urls).toContain('/don-vi/phuong-song-may/');
  });

  it('has a verification record, with its QR code, for every recognition', () => {
    const verifications = readdirSync(path.join(DIST, 'xac-minh'));
    expect(verifications.length).toBeGreaterThan(10);
    for (const code of verifications) expect(readFileSync(path.join(DIST, 'xac-minh', code, 'index.html'), 'utf8')).toContain('<svg role="img" aria-label="Mã QR');
    const revoked = readFileSync(path.join(DIST, 'xac-minh/xa-dong-lua-2023/index.html'), 'utf8');
    expect(revoked).toContain('ĐÃ THU HỒI');
  });

  it('writes downloads that open right in Excel', () => {
    for (const file of files(path.join(DIST, 'du-lieu'), '.csv')) {
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.normalize('NFC')).toBe(text);
      // No cell starts a formula: every line's cells, quoted or not, begin with something else.
      for (const line of text.replace(/^\uFEFF/, '').split('\r\n')) expect(line, file).not.toMatch(/(^|,)"?[=+@]/);
    }
  });

  it('publishes nothing when the data is broken', () => {
    const dir = tempDir('antq-broken-');
    cpSync(FIXTURES.sample, dir, { recursive: true });
    const units = path.join(dir, 'data/don-vi.csv');
    writeFileSync(units, readFileSync(units, 'utf8') + 'phuong-song-may,Trùng,phuong,Tỉnh Sông Mây,09999,\n');
    const out = path.join(dir, 'dist');
    const r = build(path.join(dir, 'data'), out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Mã đơn vị "phuong-song-may" trùng với dòng');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.join(ROOT, 'package.json'))).toBe(true);
  });
});

describe('the publishing checks (npm run check-site)', () => {
  it('pass on the built sample: valid HTML, links, no foreign markup', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-site.ts')], { cwd: ROOT, encoding: 'utf8', env: buildEnv({ OUT_DIR: DIST, DATA_DIR: path.join(FIXTURES.sample, 'data') }) });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('stop a site whose page holds a script from the data', () => {
    const out = path.join(tempDir('antq-markup-'), 'dist');
    cpSync(DIST, out, { recursive: true });
    const page = path.join(out, 'don-vi/phuong-song-may/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', '</h1><script>alert(1)</script><a href="javascript:alert(1)" onclick="x()">x</a>'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-site.ts')], { cwd: ROOT, encoding: 'utf8', env: buildEnv({ OUT_DIR: out, DATA_DIR: path.join(FIXTURES.sample, 'data') }) });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('don-vi/phuong-song-may/index.html');
    expect(r.stderr).toContain('Content-Security-Policy');
    expect(r.stderr).toContain('onclick=');
    expect(r.stderr).toContain('javascript:alert');
  });
});

describe('the build', () => {
  it('is reproducible: the same commit and data give byte-identical output', async () => {
    const { createHash } = await import('node:crypto');
    const out = path.join(tempDir('antq-again-'), 'dist');
    const r = build(path.join(FIXTURES.sample, 'data'), out);
    expect(r.status).toBe(0);
    const digest = (dir: string) =>
      Object.fromEntries(
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((f) => statSync(path.join(dir, f)).isFile())
          .sort()
          .map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]),
      );
    expect(digest(out)).toEqual(digest(DIST));
  }, 300_000);
});


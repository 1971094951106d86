import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite, sitePages } from '../../src/lib/publish/site-check.ts';
import { builtSite } from '../helpers/build.ts';
import { buildEnv, FIXTURES, ROOT } from '../helpers/paths.ts';

// A department's real data (tests/fixtures/real: sample flag off, other ids, files saved by Excel with
// ";" and decimal commas, a year after the sample's), built under /antq/ as a GitHub Pages project site.
const DIST = builtSite('real');
const page = (rel: string) => readFileSync(path.join(DIST, rel, 'index.html'), 'utf8');

describe('the build of real data', () => {
  it('labels no page as sample data', () => {
    const pages = sitePages(DIST);
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) expect(readFileSync(path.join(DIST, p), 'utf8'), p).not.toContain('Dữ liệu minh họa');
  });

  it('publishes its own units and years, beyond the sample', () => {
    expect(readdirSync(path.join(DIST, 'don-vi')).sort()).toEqual(['ba-dinh', 'cty-kiem-thu', 'ngoc-ha', 'soc-son', 'thcs-kiem-thu']);
    expect(readdirSync(path.join(DIST, 'nam')).filter((f) => /^\d{4}$/.test(f)).sort()).toEqual(['2025', '2026', '2027']);
    expect(page('nam/2027')).toContain('Phường Ba Đình');
  });

  it('reads scores written with decimal commas and shows them so', () => {
    // 2025: Phường Ngọc Hà, criterion 14 appraised 9,5 of 12 → total 88,5.
    expect(page('don-vi/ngoc-ha')).toContain('88,5');
    expect(page('nam/2025')).toContain('88,5');
  });

  it('keeps every link under the sub-path, resolving, with no foreign markup', () => {
    expect(checkSite(DIST, '/antq/')).toEqual([]);
    expect(readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8')).toContain('<loc>https://so-ca.github.io/antq/don-vi/ba-dinh/</loc>');
    expect(page('xac-minh/ba-dinh-2025')).toContain('https://so-ca.github.io/antq/xac-minh/ba-dinh-2025/');
  });

  it('passes the publishing checks (npm run check-site)', () => {
    const env = buildEnv({ OUT_DIR: DIST, DATA_DIR: path.join(FIXTURES.real, 'data'), BASE_PATH: '/antq/' });
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-site.ts')], { cwd: ROOT, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

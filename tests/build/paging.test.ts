import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/publish/site-check.ts';
import { build } from '../helpers/build.ts';
import { buildEnv, ROOT } from '../helpers/paths.ts';
import { tempDir } from '../helpers/temp.ts';

describe('lists longer than a page (1,000 synthetic units)', () => {
  it('are paged with working links, each unit on one page, and the model showcase links every type list', () => {
    const work = tempDir('antq-1k-');
    const gen = spawnSync(process.execPath, [path.join(ROOT, 'scripts/generate.ts'), '--units', '1000', '--years', '5', '--out', work], { cwd: ROOT, encoding: 'utf8', env: buildEnv() });
    expect(gen.status, gen.stderr).toBe(0);
    const out = path.join(work, 'dist');
    const r = build(path.join(work, 'data'), out);
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const page = (rel: string) => readFileSync(path.join(out, rel, 'index.html'), 'utf8');
    const units = (html: string) => new Set([...html.matchAll(/href="\/don-vi\/([^/"]+)\/"/g)].map((m) => m[1]!));

    // Maintenance status: 250 units a page, numbered on, with previous/next and the current page marked.
    const first = page('duy-tri');
    const second = page('duy-tri/trang-2');
    expect(existsSync(path.join(out, 'duy-tri/trang-3/index.html'))).toBe(true);
    expect(units(first).size).toBe(250);
    expect([...units(second)].filter((u) => units(first).has(u))).toEqual([]);
    expect(second).toContain('<a href="/duy-tri/trang-2/" aria-current="page">Trang 2</a>');
    expect(second).toContain('<a href="/duy-tri/" rel="prev">');
    expect(second).toContain('<a href="/duy-tri/trang-3/" rel="next">');
    expect(second).toContain('đơn vị thứ 251 đến 500');

    // Model showcase: a few models per type, and a link to each type's whole list.
    const showcase = page('mo-hinh');
    const typeLinks = [...showcase.matchAll(/<a href="(\/mo-hinh\/loai\/[^"]+)"[^>]*>Xem cả/g)].map((m) => m[1]!);
    expect(typeLinks.length).toBeGreaterThan(0);
    for (const link of typeLinks) expect(existsSync(path.join(out, link, 'index.html')), link).toBe(true);

    // Every internal link of the whole build resolves.
    expect(checkSite(out).slice(0, 10)).toEqual([]);
  }, 300_000);
});

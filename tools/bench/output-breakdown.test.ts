import { gzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { breakdown, kindOf } from './output-breakdown.ts';
import { listFiles } from '../../src/lib/publish/site-manifest.ts';

describe('the output breakdown', () => {
  it('sorts every file of a site into one kind', () => {
    expect(kindOf('don-vi/xa-b/index.html')).toBe('unit pages');
    expect(kindOf('don-vi/xa-b/index.html.br')).toBe('precompressed copies');
    expect(kindOf('xac-minh/xa-b-2025/index.html')).toBe('verification pages');
    expect(kindOf('nam/2025/trang-2/index.html')).toBe('year lists');
    expect(kindOf('nhung/don-vi/xa-b/index.html')).toBe('embeds');
    expect(kindOf('og/don-vi/xa-b.png')).toBe('share cards');
    expect(kindOf('pagefind/fragment/vi_1.pf_fragment')).toBe('search index');
    expect(kindOf('du-lieu/don-vi.csv')).toBe('downloads');
    expect(kindOf('du-lieu/index.html')).toBe('other pages');
    expect(kindOf('_astro/Layout.x.css')).toBe('stylesheets and scripts');
    expect(kindOf('sitemap.xml')).toBe('other');
    expect(kindOf('404.html')).toBe('other pages');
  });
  it('sums bytes by kind and measures gzip and inline CSS on the pages', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'antq-breakdown-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const page = `<html><head><style>${'body{color:#1b1b1f}'.repeat(20)}</style></head><body>${'<p>Xã B</p>'.repeat(40)}</body></html>`;
    for (const id of ['a', 'b', 'c']) {
      mkdirSync(path.join(dir, 'don-vi', id), { recursive: true });
      writeFileSync(path.join(dir, 'don-vi', id, 'index.html'), page);
    }
    mkdirSync(path.join(dir, 'og/don-vi'), { recursive: true });
    writeFileSync(path.join(dir, 'og/don-vi/a.png'), Buffer.alloc(1000));
    const figures = breakdown(dir, listFiles(dir), 2);
    const units = figures.find((f) => f.kind === 'unit pages')!;
    expect(units).toMatchObject({ files: 3, bytes: 3 * Buffer.byteLength(page), sampled: 2 });
    expect(units.gzipBytes).toBe(3 * gzipSync(page, { level: 9 }).length);
    expect(units.inlineCssBytes).toBe(3 * 'body{color:#1b1b1f}'.length * 20);
    expect(figures.find((f) => f.kind === 'share cards')).toEqual({ kind: 'share cards', files: 1, bytes: 1000, sampled: 0 });
  });
});

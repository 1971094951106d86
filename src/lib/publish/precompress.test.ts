import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { compressible, precompress, precompressWanted } from './precompress.ts';

describe('precompressed copies', () => {
  it('are written beside text files, decompress to the same bytes, and are the same every build', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'antq-precompress-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const page = path.join(dir, 'index.html');
    const html = `<!doctype html><html lang="vi"><body>${'<p>Xã Đông Lúa được công nhận điển hình.</p>'.repeat(50)}</body></html>`;
    writeFileSync(page, html);
    const tiny = path.join(dir, 'robots.txt');
    writeFileSync(tiny, 'x');
    const result = await precompress([page]);
    expect(result.files).toBe(1);
    expect(gunzipSync(readFileSync(`${page}.gz`)).toString()).toBe(html);
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).toString()).toBe(html);
    expect(result.gzipBytes).toBeLessThan(html.length / 5);
    const first = readFileSync(`${page}.gz`);
    await precompress([page]);
    expect(readFileSync(`${page}.gz`).equals(first)).toBe(true);
    expect(existsSync(`${tiny}.gz`)).toBe(false);
  });
  it('are made of text files only, large enough to gain', () => {
    expect(compressible('don-vi/x/index.html', 9000)).toBe(true);
    expect(compressible('du-lieu/don-vi.csv', 9000)).toBe(true);
    expect(compressible('og/don-vi/x.png', 9000)).toBe(false);
    expect(compressible('pagefind/fragment/vi_1.pf_fragment', 9000)).toBe(false);
    expect(compressible('robots.txt', 40)).toBe(false);
  });
  it('are asked for by a flag or a setting', () => {
    expect(precompressWanted(['--precompress'], {})).toBe(true);
    expect(precompressWanted([], { PRECOMPRESS: '1' })).toBe(true);
    expect(precompressWanted([], { PRECOMPRESS: '0' })).toBe(false);
    expect(precompressWanted([], {})).toBe(false);
  });
});

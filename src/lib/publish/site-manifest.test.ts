import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSite, compareListing, listFiles, MANIFEST, manifestText, parseManifest, writeManifest } from './site-manifest.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'antq-manifest-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('the build manifest', () => {
  it('lists path and size in byte order, as LC_ALL=C sort does on the server', () => {
    const text = manifestText([{ path: 'don-vi/xa-b/index.html', size: 10 }, { path: 'Z.txt', size: 1 }, { path: 'a.txt', size: 2 }, { path: 'đ.txt', size: 3 }, { path: MANIFEST, size: 9 }]);
    expect(text).toBe('Z.txt\t1\na.txt\t2\ndon-vi/xa-b/index.html\t10\nđ.txt\t3\n');
    expect(parseManifest(text)).toEqual([{ path: 'Z.txt', size: 1 }, { path: 'a.txt', size: 2 }, { path: 'don-vi/xa-b/index.html', size: 10 }, { path: 'đ.txt', size: 3 }]);
  });
  it('accepts a whole site and names what is missing, different or extra', () => {
    const dir = site({ 'index.html': '<!doctype html>', 'don-vi/a/index.html': 'a', 'og/a.png': 'png' });
    expect(writeManifest(dir)).toBe(3);
    expect(checkSite(dir)).toEqual([]);
    writeFileSync(path.join(dir, 'og/a.png'), 'pn');
    unlinkSync(path.join(dir, 'don-vi/a/index.html'));
    writeFileSync(path.join(dir, 'thua.txt'), 'x');
    const problems = checkSite(dir).join('\n');
    expect(problems).toContain('tệp og/a.png có 2 byte, bản dựng ghi 3 byte');
    expect(problems).toContain('thiếu tệp don-vi/a/index.html');
    expect(problems).toContain('thừa tệp thua.txt');
  });
  it('refuses an empty folder, a build that never finished, and a site without its home page', () => {
    expect(checkSite(site({}))[0]).toMatch(/không có danh mục .*bản dựng chưa xong/);
    expect(checkSite(path.join(tmpdir(), 'antq-khong-co-thu-muc-nay'))[0]).toMatch(/không có danh mục/);
    const noHome = site({ 'nam/index.html': 'x' });
    writeManifest(noHome);
    expect(checkSite(noHome)[0]).toMatch(/không có trang chủ index.html/);
  });
  it('does not count symbolic links as site files (they are not uploaded)', () => {
    const dir = site({ 'index.html': 'x' });
    symlinkSync('/etc/passwd', path.join(dir, 'passwd'));
    expect(listFiles(dir).map((f) => f.path)).toEqual(['index.html']);
  });
  it('cuts a long list of differences short', () => {
    const manifest = Array.from({ length: 30 }, (_, i) => ({ path: `f${i}`, size: 1 }));
    const out = compareListing(manifest, [], 10);
    expect(out).toHaveLength(11);
    expect(out.at(-1)).toBe('… và 20 chỗ khác');
  });
});

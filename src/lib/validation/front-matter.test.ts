import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { blankFrontMatter, frontMatterLines, readFrontMatter } from './front-matter.ts';

describe('front matter', () => {
  it('keeps every value as the text the editor typed', () => {
    const r = readFrontMatter('---\nma_don_vi: 00004\nngay: 2026-01-05\ntieu_de: "Hai chấm: vẫn là chữ"\n---\nNội dung\n');
    expect(r).toEqual({ ok: true, data: { ma_don_vi: '00004', ngay: '2026-01-05', tieu_de: 'Hai chấm: vẫn là chữ' }, body: 'Nội dung\n' });
  });
  it('reports a syntax error with the line of the file, in Vietnamese', () => {
    const r = readFrontMatter('---\ntieu_de: Tin\ntom_tat: Một: hai: ba\n---\n');
    expect(r).toEqual({ ok: false, line: 3, message: 'Dòng 3 của phần đầu (front matter) viết sai cú pháp.' });
    expect(readFrontMatter('---\na: 1\na: 2\n---\n')).toMatchObject({ ok: false, message: expect.stringContaining('ghi hai lần') });
  });
  it('reads a file without front matter as all body', () => {
    expect(readFrontMatter('# Tiêu đề\n')).toEqual({ ok: true, data: {}, body: '# Tiêu đề\n' });
  });
  it('finds the line of a key, nested or not', () => {
    const text = '---\ntieu_de: A\nngay: 2026\nanh:\n  - tep: ./a.jpg\n  - tep: ./b.jpg\n    mo_ta: B\n---\n';
    const line = frontMatterLines(text);
    expect(line(['ngay'])).toBe(3);
    expect(line(['anh', 1, 'mo_ta'])).toBe(7);
    // A missing key: the line of the photo that lacks it.
    expect(line(['anh', 0, 'mo_ta'])).toBe(5);
    expect(frontMatterLines('---\na: [\n---\n')(['a'])).toBeUndefined();
  });
  it('gives Astro the body without front matter, each line where it was, so Astro parses none', () => {
    const text = '---\nngay: 2026-01-05\ntieu_de: !la Tin\n---\nDòng 5\n\n---\n\nDòng 9\n';
    const blank = blankFrontMatter(text);
    expect(blank).toBe('\n\n\n\nDòng 5\n\n---\n\nDòng 9\n');
    // Astro's own reader (js-yaml: a Date, and an error for the unknown tag) finds nothing to read.
    expect(() => parseFrontmatter(text)).toThrow();
    expect(parseFrontmatter(blank).frontmatter).toEqual({});
    expect(blankFrontMatter('Không có phần đầu\n')).toBe('Không có phần đầu\n');
  });
});

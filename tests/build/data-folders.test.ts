import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { tempDir } from '../helpers/temp.ts';

const STORY = 'content/tin-bai/tin-1.mdx';

describe('one data folder at a time', () => {
  it('builds each folder with its own text, whatever was built before from another', () => {
    const work = tempDir('antq-folders-');
    const a = path.join(work, 'a');
    const b = path.join(work, 'b');
    cpSync(FIXTURES.valid, a, { recursive: true });
    cpSync(FIXTURES.valid, b, { recursive: true });
    const storyPage = (out: string) => readFileSync(path.join(out, 'tin-bai/tin-1/index.html'), 'utf8');
    const run = (folder: string, out: string) => {
      const r = build(path.join(folder, 'data'), path.join(work, out));
      expect(r.status, r.stderr.slice(-3000)).toBe(0);
      return storyPage(path.join(work, out));
    };
    const text = 'Câu riêng của bài tin-1, giống hệt nhau ở hai thư mục.';
    const original = readFileSync(path.join(a, STORY), 'utf8').replace(/\n\n[^\n]+\n*$/, `\n\n${text}\n`);
    for (const folder of [a, b]) writeFileSync(path.join(folder, STORY), original);

    // Same bytes in both folders: B must name its own file, not reuse A's stored entry.
    expect(run(a, 'dist-a1')).toContain(text);
    expect(run(b, 'dist-b1')).toContain(text);
    // Edited in the old folder only: B still shows B's text.
    writeFileSync(path.join(a, STORY), original.replace(text, 'Chỉ thư mục A có câu này.'));
    const b2 = run(b, 'dist-b2');
    expect(b2).toContain(text);
    expect(b2).not.toContain('Chỉ thư mục A có câu này.');
    expect(run(a, 'dist-a2')).toContain('Chỉ thư mục A có câu này.');
    // The old folder gone: B still builds, with its own text.
    rmSync(a, { recursive: true, force: true });
    expect(run(b, 'dist-b3')).toContain(text);
  }, 300_000);
});

import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardJobs, drawCards, pruneCache } from './render.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'antq-og-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const jobs = cardJobs([{ path: 'og/x.png', kicker: 'K', title: 'T', lines: [], footer: 'F', accent: '#000000' }], path.join(dir, 'cache'));

/** A stand-in card worker that misbehaves in the given way. */
function worker(name: string, body: string): string {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { ${body} });\n`);
  return file;
}

describe('drawing cards in workers', () => {
  it('fails, not hangs, when a worker ends without answering', async () => {
    await expect(drawCards(jobs, path.join(dir, 'cache'), dir, worker('exits', 'process.exit(3);'), 1).done()).rejects.toThrow(/dừng giữa chừng \(mã 3\)/);
  });
  it('fails when a worker throws', async () => {
    await expect(drawCards(jobs, path.join(dir, 'cache'), dir, worker('throws', "throw new Error('hỏng');"), 1).done()).rejects.toThrow(/hỏng/);
  });
  it('finishes when the worker answers every batch', async () => {
    const drawn = await drawCards(jobs, path.join(dir, 'cache'), dir, worker('answers', 'parentPort.postMessage(1);'), 1).done();
    expect(drawn).toMatchObject({ rendered: 1, cached: 0, qrDrawn: 0 });
  });
  it('prunes from the cache what the build did not use, but not what is newer than the build', () => {
    const cache = path.join(dir, 'prune');
    mkdirSync(cache);
    const file = (name: string, ageSeconds: number) => {
      const f = path.join(cache, name);
      writeFileSync(f, 'x');
      const t = Date.now() / 1000 - ageSeconds;
      utimesSync(f, t, t);
      return f;
    };
    const used = file('used.png', 3600);
    const stale = file('stale.png', 3600);
    const fresh = file('fresh.png', 0);
    expect(pruneCache(cache, new Set([used]), Date.now() - 60_000)).toBe(1);
    expect([existsSync(used), existsSync(stale), existsSync(fresh)]).toEqual([true, false, true]);
  });
});

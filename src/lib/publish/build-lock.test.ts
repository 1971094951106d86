import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/helpers/temp.ts';
import { acquireBuildLock } from './build-lock.ts';

describe('the build lock', () => {
  it('makes a second build wait until the first releases', async () => {
    const lock = path.join(tempDir('antq-lock-'), 'lock');
    const release = await acquireBuildLock(lock, () => {});
    const waited: string[] = [];
    let second = false;
    const next = acquireBuildLock(lock, (l) => waited.push(l)).then((r) => {
      second = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 700));
    expect(second).toBe(false);
    expect(waited[0]).toContain(`pid ${process.pid}`);
    release();
    (await next)();
    expect(second).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a build that was killed', async () => {
    const lock = path.join(tempDir('antq-lock-'), 'lock');
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'pid'), '999999999');
    const release = await acquireBuildLock(lock, () => {});
    release();
    expect(existsSync(lock)).toBe(false);
  });
});

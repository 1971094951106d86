import { describe, expect, it } from 'vitest';
import { buildSideDirs, outDir } from './out-dir.ts';

describe('the build output folder', () => {
  it('defaults to dist/, and an empty OUT_DIR means the default', () => {
    expect(outDir('/p', {})).toBe('/p/dist');
    expect(outDir('/p', { OUT_DIR: '' })).toBe('/p/dist');
    expect(outDir('/p', { OUT_DIR: '/tmp/x' })).toBe('/tmp/x');
  });
  it('refuses a folder that would take the project or the data with it', () => {
    expect(() => outDir('/p', { OUT_DIR: '.' })).toThrow();
    expect(() => outDir('/p', { OUT_DIR: '/' })).toThrow();
    expect(() => outDir('/p/site', { OUT_DIR: '/p' })).toThrow();
    expect(() => outDir('/p', { OUT_DIR: '/d', DATA_DIR: '/d/data' })).toThrow();
  });
  it('holds the folders kept beside the output to the same rule', () => {
    expect(buildSideDirs('/p/dist', '/p', {})).toEqual({ oldSite: '/p/dist.antq-cu', embeds: '/p/dist.antq-nhung' });
    // A project named like a side folder of its own output is never emptied.
    expect(() => buildSideDirs('/srv/x', '/srv/x.antq-cu', {})).toThrow();
  });
});

import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/temp.ts';
import { forgetStoreOfOtherContent } from './content-store.ts';

describe('forgetStoreOfOtherContent', () => {
  it('keeps the content store for the same content folder and drops it for another', () => {
    const cache = tempDir('antq-store-');
    const store = path.join(cache, 'data-store.json');
    writeFileSync(store, '{}');
    expect(forgetStoreOfOtherContent(cache, '/a/content')).toBe(true); // no record yet: not known to be this folder's
    writeFileSync(store, '{}');
    expect(forgetStoreOfOtherContent(cache, '/a/content')).toBe(false);
    expect(existsSync(store)).toBe(true);
    expect(forgetStoreOfOtherContent(cache, '/b/content')).toBe(true);
    expect(existsSync(store)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { href } from './url.ts';

describe('links follow the base path', () => {
  it('works at a domain root and under a sub-path', () => {
    expect(href('/', 'don-vi/a/')).toBe('/don-vi/a/');
    expect(href('/antq/', '/don-vi/a/')).toBe('/antq/don-vi/a/');
    expect(href('/antq', '')).toBe('/antq/');
  });
});

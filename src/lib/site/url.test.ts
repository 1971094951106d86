import { describe, expect, it } from 'vitest';
import { linker } from './url.ts';

describe('links follow the base path', () => {
  it('works at a domain root and under a sub-path, with or without its trailing slash', () => {
    expect(linker('/')('don-vi/a/')).toBe('/don-vi/a/');
    expect(linker('/antq/')('/don-vi/a/')).toBe('/antq/don-vi/a/');
    expect(linker('/antq')('')).toBe('/antq/');
    expect(linker('/antq')('rss.xml')).toBe('/antq/rss.xml');
  });

  it('does not add a second slash between base and path', () => {
    expect(linker('/antq/')('//nam/2025/')).toBe('/antq/nam/2025/');
  });
});

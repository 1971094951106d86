import { describe, expect, it } from 'vitest';
import { href, linker } from './url.ts';

describe('links follow the base path', () => {
  it('works at a domain root and under a sub-path', () => {
    expect(href('/', 'don-vi/a/')).toBe('/don-vi/a/');
    expect(href('/antq/', '/don-vi/a/')).toBe('/antq/don-vi/a/');
    expect(href('/antq', '')).toBe('/antq/');
  });

  it('a linker bound to a base makes the same links as href with that base', () => {
    for (const base of ['/', '/antq/', '/antq']) {
      const link = linker(base);
      for (const path of ['', 'don-vi/a/', '/don-vi/a/', 'rss.xml']) expect(link(path)).toBe(href(base, path));
    }
  });

  it('a linker does not add a second slash between base and path', () => {
    expect(linker('/antq/')('//nam/2025/')).toBe('/antq/nam/2025/');
  });
});

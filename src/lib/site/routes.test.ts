import { describe, expect, it } from 'vitest';
import { routes } from './routes.ts';
import { linker } from './url.ts';

describe('route paths', () => {
  it('are relative to the base path and end pages with a slash', () => {
    expect(routes.unit('xa-a')).toBe('don-vi/xa-a/');
    expect(routes.year(2025)).toBe('nam/2025/');
    expect(routes.ogYear(2025)).toBe('og/nam/2025.png');
    expect(linker('/antq')(routes.verification('x-2023'))).toBe('/antq/xac-minh/x-2023/');
  });
});

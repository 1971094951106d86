import { describe, expect, it } from 'vitest';
import { pagePath, pagerNumbers, pageSegment, paginate } from './paginate.ts';

describe('paginate', () => {
  it('splits a list into full pages and a last partial one, with positions', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count, p.from, p.to])).toEqual([[1, 3, 1, 2], [2, 3, 3, 4], [3, 3, 5, 5]]);
  });
  it('keeps a short list, and an empty one, on a single page', () => {
    expect(paginate([1, 2], 1000)).toHaveLength(1);
    expect(paginate([], 1000)).toEqual([{ number: 1, count: 1, items: [], from: 1, to: 0 }]);
  });
  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow();
  });
  it('addresses page 1 as the list itself', () => {
    expect(pageSegment(1)).toBeUndefined();
    expect(pageSegment(3)).toBe('trang-3');
    expect(pagePath('nam/2029/', 1)).toBe('nam/2029/');
    expect(pagePath('nam/2029/', 3)).toBe('nam/2029/trang-3/');
  });
  it('a pager links the first, the last and two pages either side, marking the gaps', () => {
    const numbers = (number: number, count: number) => pagerNumbers({ number, count }).map(({ n, gapBefore }) => (gapBefore ? `…${n}` : String(n))).join(' ');
    expect(numbers(1, 1)).toBe('1');
    expect(numbers(3, 5)).toBe('1 2 3 4 5');
    expect(numbers(10, 20)).toBe('1 …8 9 10 11 12 …20');
    expect(numbers(20, 20)).toBe('1 …18 19 20');
  });
});

import { describe, expect, it } from 'vitest';
import { oncePer } from './memo.ts';

describe('oncePer', () => {
  it('computes once per key object and returns the same result after', () => {
    let calls = 0;
    const size = oncePer((list: number[]) => (calls++, { n: list.length }));
    const a = [1, 2];
    const first = size(a);
    expect(size(a)).toBe(first);
    expect(size([1, 2, 3])).toEqual({ n: 3 });
    expect(calls).toBe(2);
  });
});

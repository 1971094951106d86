import { describe, expect, it } from 'vitest';
import { oncePer, oncePerText } from './memo.ts';

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

describe('oncePerText', () => {
  it('computes once per text up to its limit, and each time past it', () => {
    const seen: string[] = [];
    const upper = oncePerText((t) => (seen.push(t), t.toUpperCase()), 2);
    expect([upper('a'), upper('a'), upper('b'), upper('c'), upper('c'), upper('b')]).toEqual(['A', 'A', 'B', 'C', 'C', 'B']);
    expect(seen).toEqual(['a', 'b', 'c', 'c']);
  });
});

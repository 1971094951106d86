import { describe, expect, it } from 'vitest';
import { oncePer, oncePerPair, oncePerText } from './memo.ts';

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

describe('oncePerPair', () => {
  it('computes once per key object and second key', () => {
    const calls: string[] = [];
    const report = oncePerPair((site: { name: string }, year: number) => (calls.push(`${site.name} ${year}`), { site: site.name, year }));
    const a = { name: 'a' };
    const b = { name: 'a' };
    const first = report(a, 2025);
    expect(report(a, 2025)).toBe(first);
    expect(report(a, 2026)).toEqual({ site: 'a', year: 2026 });
    expect(report(b, 2025)).not.toBe(first);
    expect(report(a, 2026)).toBe(report(a, 2026));
    expect(calls).toEqual(['a 2025', 'a 2026', 'a 2025']);
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

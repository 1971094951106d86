import { describe, expect, it } from 'vitest';
import { closest } from './strings.ts';

/** The plain definition, for reference. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}
function reference(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.round(word.length / 4)) + 1;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

describe('closest', () => {
  it('suggests a likely typo and nothing far off', () => {
    expect(closest('xa-dong-lau', ['xa-dong-lua', 'phuong-ben-do'])).toBe('xa-dong-lua');
    expect(closest('camera an nin', ['camera an ninh', 'dan van kheo'])).toBe('camera an ninh');
    expect(closest('truong-thpt-x', ['xa-dong-lua'])).toBeUndefined();
  });

  it('answers as the full edit distance does, on generated ids (its shortcuts change the speed only)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: 3 + Math.floor(random() * 14) }, () => 'abcdđe-'[Math.floor(random() * 7)]).join('');
    const candidates = Array.from({ length: 300 }, word);
    for (let k = 0; k < 300; k++) {
      const typed = random() < 0.5 ? word() : candidates[k]!.slice(0, -1) + 'x';
      expect(closest(typed, candidates), typed).toBe(reference(typed, candidates));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { isInForce, setInForce } from './criteria-in-force.ts';

const old = { id: 'cu', kinds: ['xa', 'phuong'] as const, fromYear: 2016, toYear: 2024 };
const current = { id: 'moi', kinds: ['xa', 'phuong', 'dac_khu'] as const, fromYear: 2025, toYear: null };
const offices = { id: 'co-quan', kinds: ['co_quan'] as const, fromYear: 2020, toYear: 2020 };
const sets = [old, current, offices].map((s) => ({ ...s, kinds: [...s.kinds] }));

describe('isInForce', () => {
  it('holds from the first year through the last, both included', () => {
    expect([2015, 2016, 2024, 2025].map((y) => isInForce(old, y))).toEqual([false, true, true, false]);
  });
  it('holds every year from the first when the set has no last year', () => {
    expect([2024, 2025, 2099].map((y) => isInForce(current, y))).toEqual([false, true, true]);
  });
  it('holds a one-year set in that year only', () => {
    expect([2019, 2020, 2021].map((y) => isInForce(offices, y))).toEqual([false, true, false]);
  });
});

describe('setInForce', () => {
  it('finds the set of the unit kind whose years include the year', () => {
    expect(setInForce(sets, 'xa', 2024)?.id).toBe('cu');
    expect(setInForce(sets, 'xa', 2025)?.id).toBe('moi');
    expect(setInForce(sets, 'dac_khu', 2025)?.id).toBe('moi');
    expect(setInForce(sets, 'co_quan', 2020)?.id).toBe('co-quan');
  });
  it('finds none for a kind no set covers, or a year before every set', () => {
    expect(setInForce(sets, 'khu_dan_cu', 2025)).toBeUndefined();
    expect(setInForce(sets, 'dac_khu', 2024)).toBeUndefined();
    expect(setInForce(sets, 'co_quan', 2021)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { collator, formatChange, formatDate, formatNumber, formatPercent, formatScore } from './format.ts';

describe('Vietnamese formatting', () => {
  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDate('2026-02-05')).toBe('05/02/2026');
    expect(formatDate(null)).toBe('—');
  });
  it('writes scores the fast way exactly as Intl does', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    const values = [0, -0, 0.05, 0.1 + 0.2, 1.005, 12.345, 999.99, 999.995, -5.5, -999.99, 1e-7, 100, 96.5, 0.25, 7.1, NaN, Infinity];
    for (let i = -100000; i <= 100000; i += 7) values.push(i / 100, i / 10);
    for (const v of values) expect(formatNumber(v), String(v)).toBe(intl.format(v));
  });
  it('writes decimal commas and dotted thousands', () => {
    expect(formatNumber(94.5)).toBe('94,5');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatPercent(1, 3)).toBe('33,3 %');
  });
  it('sorts names in Vietnamese order (Đ after D, tones after the bare letter)', () => {
    const names = ['Phường Đông Hòa', 'Phường Dĩ An', 'Phường An Phú', 'Phường Ấp Bắc', 'Phường Bình An'];
    expect([...names].sort(collator.compare)).toEqual(['Phường An Phú', 'Phường Ấp Bắc', 'Phường Bình An', 'Phường Dĩ An', 'Phường Đông Hòa']);
  });
});

describe('scores with their maximum', () => {
  it('writes a score beside its maximum, with decimal commas', () => {
    expect(formatScore(90.5, 100)).toBe('90,5/100');
    expect(formatScore(47, 50)).toBe('47/50');
    expect(formatScore(0, 3)).toBe('0/3');
  });
  it('writes a dash without a score, and the score alone when no maximum is known', () => {
    expect(formatScore(null, 100)).toBe('—');
    expect(formatScore(12, null)).toBe('12');
  });
  it('signs a change with a true minus sign, and writes no sign for none', () => {
    expect(formatChange(-3)).toBe('−3');
    expect(formatChange(0.5)).toBe('+0,5');
    expect(formatChange(0)).toBe('0');
    expect(formatChange(null)).toBe('—');
  });
});

import { describe, expect, it } from 'vitest';
import { collator, formatDate, formatNumber, formatPercent } from './format.ts';

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

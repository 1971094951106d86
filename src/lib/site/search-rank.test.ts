import { describe, expect, it } from 'vitest';
import { nameMatch, pagefindQuery, rankByName, searchWords } from './search-rank.ts';

describe('search by name', () => {
  it('folds tone marks and "đ" in both the query and the name', () => {
    expect(searchWords('Xã Đồng Lúa')).toEqual(['xa', 'dong', 'lua']);
    expect(searchWords('Phường Bến Đò'.normalize('NFD'))).toEqual(['phuong', 'ben', 'do']);
    expect(pagefindQuery('  xã  Đồng lúa ')).toBe('xã Dồng lúa');
  });

  it('scores the whole name over words in a row over word starts over anything else', () => {
    const name = 'Phường Hòa An';
    expect(nameMatch('phuong hoa an', name)).toBe(5);
    expect(nameMatch('PHƯỜNG HÒA AN', name)).toBe(5);
    expect(nameMatch('hoa an', name)).toBeGreaterThan(3);
    expect(nameMatch('phu hoa', name)).toBeGreaterThan(2);
    expect(nameMatch('hoa an', name)).toBeGreaterThan(nameMatch('phu hoa', name));
    expect(nameMatch('uong', name)).toBeGreaterThan(1);
    expect(nameMatch('uong', name)).toBeLessThan(2);
    expect(nameMatch('an ninh', name)).toBe(0);
    expect(nameMatch('', name)).toBe(0);
  });

  it('puts the name that answers first, the shorter of two first, and keeps the order of ties', () => {
    const pages = ['Trường THCS An Ninh', 'Xã Hòa An Đông', 'Khu dân cư số 2', 'Phường Hòa An', 'Xã Hòa Bình'];
    expect(rankByName(pages, 'hoa an', (p) => p)).toEqual(['Phường Hòa An', 'Xã Hòa An Đông', 'Trường THCS An Ninh', 'Khu dân cư số 2', 'Xã Hòa Bình']);
    expect(rankByName(pages, 'phuong ben do', (p) => p)).toEqual(pages);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collator } from '../text/format.ts';
import { nameSortKey } from './sort-key.ts';

const byKey = (names: string[]) =>
  names
    .map((n) => [nameSortKey(n), n] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, n]) => n);

/** Every neighbour pair in key order is in the collator's order too (ties allowed either way). */
function expectCollatorOrder(names: string[]) {
  const sorted = byKey(names);
  const wrong = sorted.slice(1).flatMap((n, i) => (collator.compare(sorted[i]!, n) > 0 ? [`${sorted[i]} > ${n}`] : []));
  expect(wrong).toEqual([]);
}

describe('name sort key', () => {
  it('orders the Vietnamese alphabet, numbers by value, a name before its longer forms', () => {
    expect(byKey(['Xã Ô Loan', 'Xã Đông', 'Xã Dương', 'Xã Ơ', 'Xã Ân', 'Xã An', 'Xã Ăn', 'Khu số 10', 'Khu số 2', 'Xã', 'Xã A'])).toEqual([
      'Khu số 2', 'Khu số 10', 'Xã', 'Xã A', 'Xã An', 'Xã Ăn', 'Xã Ân', 'Xã Dương', 'Xã Đông', 'Xã Ô Loan', 'Xã Ơ',
    ]);
    // Tone marks and case only break ties; typed decomposed, the same key.
    expect(byKey(['Hòa', 'Hoa', 'Hóa', 'Hỏa'])).toEqual(['Hoa', 'Hòa', 'Hỏa', 'Hóa']);
    expect(nameSortKey('Phường Hòa An'.normalize('NFD'))).toBe(nameSortKey('Phường Hòa An'));
  });

  it('agrees with Intl.Collator("vi") on every province and commune name of the official registry', () => {
    const registry = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../registry/vn-units-2026-07-25.json'), 'utf8')) as { FullName: string; Wards: { FullName: string }[] }[];
    const names = registry.flatMap((p) => [p.FullName, ...p.Wards.map((w) => w.FullName), ...p.Wards.map((w) => `${w.FullName}, ${p.FullName}`)]);
    expect(names.length).toBeGreaterThan(6000);
    expectCollatorOrder(names);
  });

  it('agrees with it on names with numbers, punctuation and foreign letters', () => {
    expectCollatorOrder(['Khu dân cư số 2', 'Khu dân cư số 10', 'Khu dân cư số 02A', 'Trường THCS Lê Lợi', 'Trường THCS Lê-Lợi', 'Công ty TNHH A.B', 'Công ty TNHH AB', 'Công ty (cũ) Minh', 'Ça', 'Zeta', 'Ñandu', 'Ấp 3', 'ấp 3', 'Tổ 1 - khu 2', 'Tổ 1  khu 2']);
  });
});

import { describe, expect, it } from 'vitest';
import { result, tinySite, unit } from '../../../tests/helpers/tiny-site.ts';
import { searchChoices } from './search-choices.ts';

describe("the search page's filter choices", () => {
  it('offer the kinds and provinces the units have, in Vietnamese order, and the years newest first', () => {
    const site = tinySite({
      units: [unit('a', [result(2023, 'cong_nhan')], { kind: 'phuong', province: 'Tỉnh Đông' }), unit('b', [result(2025, 'dang_thuc_hien')], { province: 'Tỉnh An' }), unit('c', [], { kind: 'co_quan', province: '' })],
    });
    const choices = searchChoices(site);
    expect(choices.kinds).toEqual(['Cơ quan', 'Phường', 'Xã']);
    expect(choices.provinces).toEqual(['Tỉnh An', 'Tỉnh Đông']);
    expect(choices.years).toEqual([2025, 2023]);
    expect(choices.outcomes).toContain('Thu hồi công nhận');
  });

  it('offer no kind, province or year on an empty site', () => {
    expect(searchChoices(tinySite())).toMatchObject({ kinds: [], years: [], provinces: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { fixture, summary } from '../../../../tests/helpers/fixture.ts';

describe('targets and calendar are well formed', () => {
  it('reports a deadline far from its plan year', () => {
    const f = fixture();
    f.setCell('data/lich.csv', 3, 'han', '15/12/2029');
    expect(summary(f.validate())).toContain('data/lich.csv:3:D Hạn 15/12/2029 không thuộc năm 2026 (hoặc năm liền kề).');
  });
  it('reports an unknown kind in a target', () => {
    const f = fixture();
    f.setCell('data/chi-tieu.csv', 2, 'loai_don_vi', 'xa/truong');
    expect(summary(f.validate())).toContain('data/chi-tieu.csv:2:C "truong" không phải giá trị hợp lệ.');
  });
  it('accepts kinds typed as labels', () => {
    const f = fixture();
    f.setCell('data/chi-tieu.csv', 2, 'loai_don_vi', 'Xã/Phường/Đặc khu');
    expect(summary(f.validate())).toEqual([]);
  });
});

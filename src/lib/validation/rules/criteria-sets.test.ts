import { describe, expect, it } from 'vitest';
import { fixture, summary } from '../../../../tests/helpers/fixture.ts';

describe('criteria sets add up and do not overlap', () => {
  it('reports items whose points do not add up to the stated total', () => {
    const f = fixture();
    f.setCell('data/bo-tieu-chi/3554-2025-co-quan.csv', 2, 'diem', '2');
    expect(summary(f.validate())).toContain('data/bo-tieu-chi/3554-2025-co-quan.csv::diem Tổng điểm các nội dung là 51, khác "tong_diem" 50 trong tệp 3554-2025-co-quan.json.');
  });
  it('reports two sets in force for the same kind in the same year', () => {
    const f = fixture();
    f.write('data/bo-tieu-chi/9745-2022-dia-ban.json', f.read('data/bo-tieu-chi/9745-2022-dia-ban.json').replace('"ap_dung_den_nam": 2024', '"ap_dung_den_nam": 2025'));
    expect(summary(f.validate()).some((l) => l.includes('cùng áp dụng cho xa, phuong'))).toBe(true);
  });
  it('reports a repeated item number and a group name that changes', () => {
    const f = fixture();
    f.setCell('data/bo-tieu-chi/3554-2025-co-quan.csv', 3, 'muc', '1');
    f.setCell('data/bo-tieu-chi/3554-2025-co-quan.csv', 4, 'ten_nhom', 'Nhóm khác');
    const s = summary(f.validate());
    expect(s).toContain('data/bo-tieu-chi/3554-2025-co-quan.csv:3:D Nội dung 1.1 bị lặp lại.');
    expect(s.some((l) => l.startsWith('data/bo-tieu-chi/3554-2025-co-quan.csv:4:B Tên nhóm 1 khác với dòng 2'))).toBe(true);
  });
  it('reports a total threshold above the maximum', () => {
    const f = fixture();
    f.write('data/bo-tieu-chi/3554-2025-co-quan.json', f.read('data/bo-tieu-chi/3554-2025-co-quan.json').replace('"moi_tieu_chi_dat": true,', '"moi_tieu_chi_dat": true, "tong_diem_toi_thieu": 55,'));
    expect(summary(f.validate())).toContain('data/bo-tieu-chi/3554-2025-co-quan.json::cong_nhan.tong_diem_toi_thieu Ngưỡng 55 điểm lớn hơn tổng điểm 50.');
  });
});

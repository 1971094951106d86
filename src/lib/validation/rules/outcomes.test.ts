import { describe, expect, it } from 'vitest';
import { fixture, summary } from '../../../../tests/helpers/fixture.ts';
import { loadDataset } from '../dataset.ts';

/** Sets a criteria set's recognition and maintenance rule in the copy. */
function ruleOf(f: ReturnType<typeof fixture>, set: string, rule: Record<string, unknown>) {
  const file = `data/bo-tieu-chi/${set}.json`;
  const json = JSON.parse(f.read(file));
  json.cong_nhan = { ...rule, nguon: 'Kế hoạch thử', gia_dinh: false };
  json.duy_tri = { ...rule, nguon: 'Kế hoạch thử', gia_dinh: false };
  f.write(file, JSON.stringify(json));
}

describe('the recognition and maintenance rule is the data of each criteria set', () => {
  it('every criterion met: a unit that passes any total but misses one criterion is not recognised', () => {
    const f = fixture();
    // Xã B, recognised in 2025 with every criterion at its maximum (100): criterion 7 now 1 of 2, total 99.
    f.setCell('data/ket-qua/2025.csv', 3, 'tc07_tham_dinh', '1');
    f.setCell('data/ket-qua/2025.csv', 3, 'tong_tham_dinh', '99');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:3:AA Kết quả "Công nhận" nhưng chưa đạt quy tắc của bộ "3554-2025-dia-ban" (mọi tiêu chí đều đạt: điểm thẩm định bằng điểm tối đa của tiêu chí, giả định của dữ liệu): tiêu chí 7 được 1/2 (cần 2).');
  });
  it('a total threshold, as a plan may write it, accepts the same unit', () => {
    const f = fixture();
    ruleOf(f, '3554-2025-dia-ban', { tong_diem_toi_thieu: 90 });
    f.setCell('data/ket-qua/2025.csv', 3, 'tc07_tham_dinh', '1');
    f.setCell('data/ket-qua/2025.csv', 3, 'tong_tham_dinh', '99');
    expect(summary(f.validate())).toEqual([]);
    f.setCell('data/ket-qua/2025.csv', 3, 'tc19_tham_dinh', '5');
    f.setCell('data/ket-qua/2025.csv', 3, 'tong_tham_dinh', '89');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:3:M Kết quả "Công nhận" nhưng chưa đạt quy tắc của bộ "3554-2025-dia-ban" (tổng điểm thẩm định từ 90/100 điểm trở lên): tổng điểm thẩm định 89/100 (cần từ 90/100).');
  });
  it('no criterion at zero, combined with a total; and a lower required score for one criterion', () => {
    const f = fixture();
    ruleOf(f, '3554-2025-dia-ban', { tong_diem_toi_thieu: 80, khong_tieu_chi_nao_0: true });
    f.setCell('data/ket-qua/2025.csv', 3, 'tc07_tham_dinh', '0');
    f.setCell('data/ket-qua/2025.csv', 3, 'tong_tham_dinh', '98');
    expect(summary(f.validate()).some((l) => l.endsWith('tiêu chí 7 được 0/2 (không được 0 điểm).'))).toBe(true);
    const g = fixture();
    ruleOf(g, '3554-2025-dia-ban', { moi_tieu_chi_dat: true, diem_dat: { 19: 12 } });
    g.setCell('data/ket-qua/2025.csv', 3, 'tc19_tham_dinh', '12');
    g.setCell('data/ket-qua/2025.csv', 3, 'tong_tham_dinh', '97');
    expect(summary(g.validate())).toEqual([]);
  });
  it('a rule must say something, and only of the set\'s own criteria', () => {
    const f = fixture();
    ruleOf(f, '3554-2025-co-quan', { diem_dat: { 30: 1 } });
    const s = summary(f.validate());
    expect(s.some((l) => l.includes('Quy tắc phải có ít nhất một điều kiện'))).toBe(true);
    ruleOf(f, '3554-2025-co-quan', { moi_tieu_chi_dat: true, diem_dat: { 30: 1, 1: 9 } });
    const t = summary(f.validate());
    expect(t).toContain('data/bo-tieu-chi/3554-2025-co-quan.json::cong_nhan.diem_dat Bộ không có tiêu chí 30.');
    expect(t).toContain('data/bo-tieu-chi/3554-2025-co-quan.json::cong_nhan.diem_dat Điểm đạt 9 của tiêu chí 1 lớn hơn điểm tối đa 3.');
  });
});

describe('a recognised outcome meets the eligibility facts and has a decision', () => {
  it('passes when all are met', () => {
    expect(summary(fixture().validate())).toEqual([]);
  });
  it('reports a registration without "An toàn về ANTT" or below the plan\'s classification, of the year the plan names', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'an_toan_antt', 'khong_dat');
    f.setCell('data/ket-qua/2025.csv', 4, 'xep_loai', 'Trung bình');
    const s = summary(f.validate());
    expect(s).toContain('data/ket-qua/2025.csv:3:E Đăng ký xây dựng năm 2025 nhưng không đạt "An toàn về ANTT" năm 2024.');
    expect(s).toContain('data/ket-qua/2025.csv:4:F Đăng ký xây dựng năm 2025 với xếp loại phong trào năm 2024 là "Trung bình", dưới mức "Khá" kế hoạch yêu cầu.');
  });
  it('makes an ineligible registration a warning where the plan allows, and checks nothing in a year without a plan', () => {
    const f = fixture();
    f.setCell('data/ke-hoach.csv', 2, 'muc_do', 'canh_bao');
    f.setCell('data/ke-hoach.csv', 2, 'nam_dieu_kien', 'cung_nam');
    f.setCell('data/ket-qua/2025.csv', 4, 'xep_loai', 'Trung bình');
    const outcome = f.validate();
    expect(summary(outcome)).toEqual([]);
    const warnings = loadDataset({ dataDir: f.dataDir, contentDir: `${f.root}/content` }).warnings;
    expect(summary(warnings)).toEqual(['data/ket-qua/2025.csv:4:F Đăng ký xây dựng năm 2025 với xếp loại phong trào năm 2025 là "Trung bình", dưới mức "Khá" kế hoạch yêu cầu.']);
    const g = fixture();
    g.write('data/ke-hoach.csv', g.read('data/ke-hoach.csv').split('\n')[0] + '\n');
    g.setCell('data/ket-qua/2025.csv', 4, 'xep_loai', 'Trung bình');
    expect(summary(g.validate())).toEqual([]);
  });
  it('reports a recognition without a complete decision', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'so_quyet_dinh', '');
    f.setCell('data/ket-qua/2025.csv', 3, 'co_quan_quyet_dinh', '');
    const s = summary(f.validate());
    expect(s).toContain('data/ket-qua/2025.csv:3:H Kết quả "Công nhận" phải có số quyết định.');
    expect(s).toContain('data/ket-qua/2025.csv:3:J Kết quả "Công nhận" phải ghi cơ quan ban hành quyết định.');
  });
  it('reports a decision dated outside the year', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'ngay_quyet_dinh', '16/12/2023');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:3:I Quyết định ngày 16/12/2023 không thuộc năm 2025 hoặc đầu năm sau.');
  });
  it('reports a maintained outcome that misses the maintenance rule, naming the criteria', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 2, 'tc19_tham_dinh', '4');
    f.setCell('data/ket-qua/2025.csv', 2, 'tong_tham_dinh', '89');
    expect(summary(f.validate()).some((l) => l.startsWith('data/ket-qua/2025.csv:2:') && l.includes('"Duy trì" nhưng chưa đạt quy tắc') && l.endsWith('tiêu chí 19 được 4/15 (cần 15).'))).toBe(true);
  });
  it('reports a stage that contradicts the outcome, and a building year without registration', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 4, 'giai_doan', 'duy_tri');
    f.setCell('data/ket-qua/2025.csv', 5, 'dang_ky', 'không');
    const s = summary(f.validate());
    expect(s).toContain('data/ket-qua/2025.csv:4:D Kết quả "Công nhận" chỉ có ở năm xây dựng, nhưng dòng ghi "năm duy trì".');
    expect(s).toContain('data/ket-qua/2025.csv:5:C Năm xây dựng nhưng đơn vị không đăng ký từ đầu năm.');
  });
  it('reports a row whose year differs from its file', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2026.csv', 5, 'nam', '2025');
    expect(summary(f.validate())).toContain('data/ket-qua/2026.csv:5:A Năm 2025 khác năm của tệp (2026).');
  });
});

import { describe, expect, it } from 'vitest';
import { fixture, summary } from '../../../tests/helpers/fixture.ts';

describe('a recognised outcome meets the threshold, the eligibility facts and has a decision', () => {
  it('passes when all are met', () => {
    expect(summary(fixture().validate())).toEqual([]);
  });
  it('reports a recognition below the threshold of its criteria set', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'tc19_tham_dinh', '6');
    f.setCell('data/ket-qua/2025.csv', 3, 'tong_tham_dinh', '89');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:3:M Điểm thẩm định 89 chưa đạt ngưỡng 90 để "Công nhận" (bộ "3554-2025-dia-ban").');
  });
  it('reports a recognition without "An toàn về ANTT" or below the minimum classification', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'an_toan_antt', 'khong_dat');
    f.setCell('data/ket-qua/2025.csv', 4, 'xep_loai', 'Trung bình');
    const s = summary(f.validate());
    expect(s).toContain('data/ket-qua/2025.csv:3:E Đơn vị không đạt "An toàn về ANTT" nên không được công nhận.');
    expect(s).toContain('data/ket-qua/2025.csv:4:F Xếp loại "Trung bình" thấp hơn mức tối thiểu "Khá" để được công nhận.');
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
  it('reports a maintained outcome below the maintenance threshold', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 2, 'tc19_tham_dinh', '4');
    f.setCell('data/ket-qua/2025.csv', 2, 'tong_tham_dinh', '79');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:2:M Điểm thẩm định 79 chưa đạt ngưỡng 80 để "Duy trì" (bộ "3554-2025-dia-ban").');
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

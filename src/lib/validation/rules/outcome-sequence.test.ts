import { describe, expect, it } from 'vitest';
import { fixture, summary } from '../../../../tests/helpers/fixture.ts';

const clearDecision = (f: ReturnType<typeof fixture>, file: string, row: number) => {
  for (const c of ['so_quyet_dinh', 'ngay_quyet_dinh', 'co_quan_quyet_dinh']) f.setCell(file, row, c, '');
};

describe('maintenance only follows a standing recognition', () => {
  it('reports "maintained" without an earlier recognition', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2024.csv', 2, 'ket_qua', 'khong_cong_nhan');
    clearDecision(f, 'data/ket-qua/2024.csv', 2);
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:2:G "Duy trì" nhưng đơn vị chưa có lần công nhận nào còn hiệu lực trước năm 2025.');
  });
  it('reports a second recognition while the first still stands', () => {
    const f = fixture();
    const set = (c: string, v: string) => f.setCell('data/ket-qua/2025.csv', 2, c, v);
    set('ket_qua', 'cong_nhan');
    set('giai_doan', 'xay_dung');
    set('dang_ky', 'có');
    set('so_quyet_dinh', '1/QĐ');
    set('ngay_quyet_dinh', '01/12/2025');
    set('co_quan_quyet_dinh', 'UBND tỉnh X');
    set('tc14_tham_dinh', '12');
    set('tc19_tham_dinh', '15');
    set('tong_tham_dinh', '96');
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:2:G Đơn vị đã được công nhận năm 2024 và còn hiệu lực, năm 2025 là năm duy trì.');
  });
  it('accepts a lapse followed by a new building year', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 2, 'ket_qua', 'khong_duy_tri');
    f.setCell('data/ket-qua/2026.csv', 2, 'giai_doan', 'xay_dung');
    f.setCell('data/ket-qua/2026.csv', 2, 'dang_ky', 'có');
    expect(summary(f.validate())).toEqual([]);
  });
  it('reports a standing recognition with no row in a later year', () => {
    const f = fixture();
    f.write('data/ket-qua/2026.csv', f.read('data/ket-qua/2026.csv').replace(/\n2026,khu-d,.*\n/, '\n'));
    expect(summary(f.validate())).toContain('data/ket-qua/2026.csv:: Đơn vị "khu-d" đang giữ công nhận (từ năm 2025) nhưng không có dòng kết quả năm 2026.');
  });
  it('reports a revocation of a unit that holds no recognition', () => {
    const f = fixture();
    const set = (c: string, v: string) => f.setCell('data/ket-qua/2024.csv', 3, c, v);
    set('ket_qua', 'thu_hoi');
    set('giai_doan', 'duy_tri');
    set('so_quyet_dinh', '9/QĐ');
    set('ngay_quyet_dinh', '01/11/2024');
    set('co_quan_quyet_dinh', 'UBND phường A');
    expect(summary(f.validate())).toContain('data/ket-qua/2024.csv:3:G "Thu hồi công nhận" nhưng đơn vị chưa có lần công nhận nào còn hiệu lực trước năm 2024.');
  });
});

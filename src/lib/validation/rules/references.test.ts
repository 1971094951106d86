import { describe, expect, it } from 'vitest';
import { fixture, summary } from '../../../../tests/helpers/fixture.ts';

describe('every reference resolves', () => {
  it('reports a result for an unknown unit and suggests the closest id', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2026.csv', 5, 'ma_don_vi', 'khu-e');
    const problems = f.validate();
    expect(summary(problems)).toContain('data/ket-qua/2026.csv:5:B Không có đơn vị mã "khu-e" trong data/don-vi.csv.');
    expect(problems.find((p) => p.message.includes('khu-e'))?.hint).toContain('"khu-d"');
  });
  it('reports an unknown criteria set', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2024.csv', 2, 'bo_tieu_chi', '9999-dia-ban');
    expect(summary(f.validate())).toContain('data/ket-qua/2024.csv:2:K Không có bộ tiêu chí mã "9999-dia-ban" trong data/bo-tieu-chi/.');
  });
  it('reports a model of an unknown unit and a story without its model', () => {
    const f = fixture();
    f.setCell('data/mo-hinh.csv', 2, 'ma_don_vi', 'phuong-z');
    f.write('content/mo-hinh/camera-b.mdx', '---\ntieu_de: "X"\n---\nText\n');
    const s = summary(f.validate());
    expect(s).toContain('data/mo-hinh.csv:2:D Không có đơn vị mã "phuong-z" trong data/don-vi.csv.');
    expect(s.some((l) => l.startsWith('content/mo-hinh/camera-b.mdx') && l.includes('không ứng với mô hình nào'))).toBe(true);
  });
  it('reports a story naming an unknown unit', () => {
    const f = fixture();
    f.write('content/tin-bai/tin-1.mdx', f.read('content/tin-bai/tin-1.mdx').replace('ma_don_vi: xa-b', 'ma_don_vi: xa-q'));
    expect(summary(f.validate()).some((l) => l.includes('tin-1.mdx') && l.includes('"xa-q"'))).toBe(true);
  });
  it('does not call a unit or model unknown when its own row was rejected for another cell', () => {
    const f = fixture();
    f.setCell('data/don-vi.csv', 3, 'ma_xa', '102');
    f.setCell('data/mo-hinh.csv', 2, 'nam_bat_dau', 'hai');
    const s = summary(f.validate());
    expect(s.some((l) => l.startsWith('data/don-vi.csv:3:E') && l.includes('thiếu số 0'))).toBe(true);
    expect(s.some((l) => l.startsWith('data/mo-hinh.csv:2:E'))).toBe(true);
    expect(s.filter((l) => l.includes('Không có đơn vị mã') || l.includes('không ứng với mô hình'))).toEqual([]);
  });
});

describe('merged units and awards', () => {
  it('a unit merged into another names one that exists, says when, and has no result from then on', () => {
    const f = fixture();
    f.write('data/don-vi.csv', f.read('data/don-vi.csv').replace('ma_tinh,ma_xa,dia_chi', 'ma_tinh,ma_xa,dia_chi,sap_nhap_vao,nam_sap_nhap').replace(/\n(phuong-a,[^\n]*)/, '\n$1,xa-b,2025').replace(/\n(xa-b,[^\n]*)/, '\n$1,xa-x,').replace(/\n(truong-c,[^\n]*)/, '\n$1,,').replace(/\n(khu-d,[^\n]*)/, '\n$1,,'));
    const s = summary(f.validate());
    expect(s).toContain('data/ket-qua/2025.csv:2:B Đơn vị "phuong-a" đã sáp nhập vào "xa-b" năm 2025, không còn kết quả năm 2025.');
    expect(s.some((l) => l.startsWith('data/don-vi.csv:3:') && l.includes('Không có đơn vị mã "xa-x" để sáp nhập vào.'))).toBe(true);
    expect(s.some((l) => l.startsWith('data/don-vi.csv:3:') && l.includes('phải ghi cả đơn vị nhận sáp nhập'))).toBe(true);
  });
  it('an award names a unit and a decision of its year', () => {
    const f = fixture();
    f.write('data/khen-thuong.csv', 'ma_don_vi,nam,hinh_thuc,co_quan,so_quyet_dinh,ngay_quyet_dinh,noi_dung\nxa-b,2025,Bằng khen,Chủ tịch UBND tỉnh X,1/QĐ,20/12/2025,\nxa-z,2025,giay_khen,UBND xã B,2/QĐ,05/01/2024,\nxa-b,2025,huân chương,UBND,3/QĐ,20/12/2025,\n');
    const s = summary(f.validate());
    expect(s).toContain('data/khen-thuong.csv:3:A Không có đơn vị mã "xa-z" trong danh sách đơn vị.');
    expect(s).toContain('data/khen-thuong.csv:3:F Quyết định khen thưởng ngày 05/01/2024 không thuộc năm 2025 hoặc đầu năm sau.');
    expect(s.some((l) => l.startsWith('data/khen-thuong.csv:4:C'))).toBe(true);
    expect(s.filter((l) => l.includes(':2:'))).toEqual([]);
  });
});

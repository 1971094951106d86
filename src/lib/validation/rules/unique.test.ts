import { describe, expect, it } from 'vitest';
import { fixture, summary } from '../../../../tests/helpers/fixture.ts';

describe('ids are unique, so a duplicate never silently replaces an earlier row', () => {
  it('passes on the valid fixture', () => {
    expect(summary(fixture().validate())).toEqual([]);
  });
  it('reports a duplicated unit id with both rows', () => {
    const f = fixture();
    f.appendLine('data/don-vi.csv', 'xa-b,Xã B trùng,xa,Tỉnh X,00109,');
    expect(summary(f.validate())).toContain('data/don-vi.csv:6:A Mã đơn vị "xa-b" trùng với dòng 3.');
  });
  it('reports a unit listed twice in one year', () => {
    const f = fixture();
    f.appendLine('data/ket-qua/2026.csv', '2026,khu-d,không,duy_tri,dat,kha,dang_thuc_hien' + ','.repeat(47));
    expect(summary(f.validate())).toContain('data/ket-qua/2026.csv:6:B Đơn vị "khu-d" trùng với dòng 5.');
  });
  it('reports a duplicate in the same run as another problem of the duplicated row', () => {
    const f = fixture();
    f.appendLine('data/don-vi.csv', 'xa-b,Xã B trùng,xa,Tỉnh X,109,');
    f.appendLine('data/ket-qua/2026.csv', '2026,khu-d,không,duy_tri,dat,kha,bogus' + ','.repeat(47));
    const s = summary(f.validate());
    expect(s).toContain('data/don-vi.csv:6:A Mã đơn vị "xa-b" trùng với dòng 3.');
    expect(s.some((l) => l.startsWith('data/don-vi.csv:6:E'))).toBe(true);
    expect(s).toContain('data/ket-qua/2026.csv:6:B Đơn vị "khu-d" trùng với dòng 5.');
    expect(s.some((l) => l.startsWith('data/ket-qua/2026.csv:6:G'))).toBe(true);
  });
  it('reports a row without an id instead of skipping it', () => {
    const f = fixture();
    f.appendLine('data/don-vi.csv', ',Xã không mã,xa,Tỉnh X,00110,');
    expect(summary(f.validate())).toContain('data/don-vi.csv:6:A Thiếu mã.');
  });
  it('reports a commune entered twice and duplicated model ids', () => {
    const f = fixture();
    f.appendLine('data/don-vi.csv', 'phuong-a-2,Phường A,phuong,98,00101,');
    f.appendLine('data/mo-hinh.csv', 'camera-a,Khác,Camera an ninh,xa-b,2024,,1,1,Trùng mã.');
    const s = summary(f.validate());
    expect(s).toContain('data/don-vi.csv:6:E Mã xã, phường, đặc khu "00101" trùng với dòng 2.');
    expect(s).toContain('data/mo-hinh.csv:3:A Mã mô hình "camera-a" trùng với dòng 2.');
  });
  it('reports a criteria set whose id differs from its file name', () => {
    const f = fixture();
    f.write('data/bo-tieu-chi/9745-2022-co-quan.json', f.read('data/bo-tieu-chi/9745-2022-co-quan.json').replace('"ma": "9745-2022-co-quan"', '"ma": "9745-co-quan"'));
    expect(summary(f.validate()).some((l) => l.includes('khác tên tệp'))).toBe(true);
  });
});

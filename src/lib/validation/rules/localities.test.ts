import { describe, expect, it } from 'vitest';
import { fixture, summary } from '../../../../tests/helpers/fixture.ts';

// The real-data fixture: Hà Nội's codes start with zeros (Phường Ba Đình is 00004), as Excel loses them.
describe('units name their place by official code', () => {
  it('says which code was meant when Excel dropped the leading zeros', () => {
    const f = fixture('real');
    f.write('data/don-vi.csv', f.read('data/don-vi.csv').replace(';01;00004;', ';1;4;'));
    const problems = f.validate();
    expect(summary(problems)).toEqual([
      'data/don-vi.csv:2:D Mã "1" thiếu số 0 ở đầu (Excel đã tự bỏ đi khi coi mã là số).',
      'data/don-vi.csv:2:E Mã "4" thiếu số 0 ở đầu (Excel đã tự bỏ đi khi coi mã là số).',
    ]);
    expect(problems[1]!.hint).toBe('Định dạng cột là Văn bản (Text) rồi ghi "00004".');
  });

  it('names the right commune when a digit was mistyped', () => {
    const f = fixture('real');
    f.write('data/don-vi.csv', f.read('data/don-vi.csv').replace(';01;00004;Số 1', ';01;00040;Số 1'));
    const problems = f.validate();
    expect(summary(problems)).toEqual(['data/don-vi.csv:2:E Không có xã, phường, đặc khu mã "00040" trong danh mục hành chính của Thành phố Hà Nội.']);
    expect(problems[0]!.hint).toMatch(/^Có phải là 00004 \(Phường Ba Đình\)/);
  });

  it('refuses a commune of another province, and a province the site does not cover', () => {
    const f = fixture('real');
    f.write('data/don-vi.csv', f.read('data/don-vi.csv').replace('Xã Sóc Sơn;Xã;01;00376', 'Xã Sóc Sơn;Xã;46;00376'));
    const s = summary(f.validate());
    expect(s).toContain('data/don-vi.csv:4:D Thành phố Huế (mã 46) không thuộc phạm vi của trang (ma_tinh trong cai-dat.json: 01).');
    expect(s).toContain('data/don-vi.csv:4:E Xã Sóc Sơn (mã 00376) thuộc Thành phố Hà Nội, không thuộc Thành phố Huế.');
  });

  it('holds a commune unit to its registry name and kind, tone placement aside', () => {
    const f = fixture('real');
    f.write('data/don-vi.csv', f.read('data/don-vi.csv').replace('Phường Ba Đình;Phường', 'Phường Ba Ðình;Phường').replace('Phường Ngọc Hà;Phường', 'Phường Ngọc Hà Mới;Phường').replace('Xã Sóc Sơn;Xã', 'Xã Sóc Sơn;Phường'));
    const s = summary(f.validate());
    expect(s).toContain('data/don-vi.csv:3:B Tên "Phường Ngọc Hà Mới" khác tên trong danh mục của mã 00008: "Phường Ngọc Hà".');
    expect(s).toContain('data/don-vi.csv:4:C Theo danh mục, mã 00376 là Xã Sóc Sơn (xã), không phải phường.');
    expect(s.filter((l) => l.includes(':2:'))).toEqual([]);
  });

  it('accepts a name whose tone mark sits elsewhere than in the registry', () => {
    const f = fixture('real');
    // The registry writes "Phường Thuận Hoá" (Huế, 19789); an editor types "Thuận Hòa".
    f.write('data/cai-dat.json', f.read('data/cai-dat.json').replace('"ma_tinh": [\n    "01"\n  ]', '"ma_tinh": ["01", "46"]'));
    f.write('data/don-vi.csv', f.read('data/don-vi.csv').replace(/\r\n$/, '\r\nthuan-hoa;Phường Thuận Hòa;phuong;46;19789;\r\n'));
    expect(summary(f.validate())).toEqual([]);
  });

  it('lets only sample data bring its own list of places', () => {
    const f = fixture('valid');
    f.write('data/cai-dat.json', f.read('data/cai-dat.json').replace('"du_lieu_minh_hoa": true', '"du_lieu_minh_hoa": false'));
    expect(summary(f.validate())).toContain('data/danh-muc-hanh-chinh.json:: Dữ liệu thật ("du_lieu_minh_hoa": false) phải dùng danh mục hành chính chính thức, không dùng danh mục địa danh riêng.');
  });

  it('tells an editor whose file still has the old locality columns what replaced them', () => {
    const f = fixture('valid');
    f.write('data/don-vi.csv', f.read('data/don-vi.csv').replace('ma_tinh,ma_xa', 'dia_ban,ma_hanh_chinh'));
    const problems = f.validate();
    expect(summary(problems).slice(0, 2)).toEqual(['data/don-vi.csv:1:D Cột "dia_ban" không còn dùng.', 'data/don-vi.csv:1:E Cột "ma_hanh_chinh" không còn dùng.']);
    expect(problems[1]!.hint).toContain('ma_xa');
  });
});

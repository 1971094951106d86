import { describe, expect, it } from 'vitest';
import { fixture, summary } from '../helpers/fixture.ts';

/**
 * Broken and hostile files an editor (or an attacker with commit access to a fork) might push:
 * each is rejected with a message that names the file, the row and the column, and says what to do.
 */
describe('broken and hostile input is rejected with a clear message', () => {
  it('a file saved in a legacy encoding', () => {
    const f = fixture();
    f.write('data/don-vi.csv', Buffer.from(f.read('data/don-vi.csv'), 'latin1'));
    expect(summary(f.validate())).toContain('data/don-vi.csv:2: Tệp không được lưu ở mã UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI): chữ tiếng Việt sẽ bị sai.');
  });

  it('a file whose text was encoded twice', () => {
    const f = fixture();
    f.write('data/don-vi.csv', Buffer.from(Buffer.from(f.read('data/don-vi.csv'), 'utf8').toString('latin1'), 'utf8'));
    expect(summary(f.validate()).some((l) => l.startsWith('data/don-vi.csv:2:') && l.includes('đổi mã hai lần'))).toBe(true);
  });

  it('a row whose columns shifted after a deleted cell', () => {
    const f = fixture();
    f.write('data/don-vi.csv', f.read('data/don-vi.csv').replace('xa-b,Xã B,xa,', 'xa-b,xa,'));
    const s = summary(f.validate());
    expect(s).toContain('data/don-vi.csv:3: Dòng có 5 ô nhưng dòng tiêu đề có 6 cột: các giá trị có thể đã bị lệch cột.');
    expect(s).toContain('data/don-vi.csv:3:C "98" không phải giá trị hợp lệ.');
  });

  it('a cell with a quote that is never closed', () => {
    const f = fixture();
    f.appendLine('data/don-vi.csv', 'xa-e,"Xã E,xa,Tỉnh X,00105,');
    expect(summary(f.validate())).toContain('data/don-vi.csv:6:B Một ô mở ngoặc kép (") nhưng không đóng: phần còn lại của tệp bị đọc vào ô đó.');
  });

  it('a formula such as =HYPERLINK(...) in a text cell', () => {
    const f = fixture();
    f.setCell('data/don-vi.csv', 3, 'ten', '=HYPERLINK("http://evil.example","Bấm vào đây")');
    expect(summary(f.validate())).toContain('data/don-vi.csv:3:B Ô bắt đầu bằng "=" nên Excel sẽ hiểu là công thức ("=HYPERLINK("http://evil.exampl").');
  });

  it('a formula hidden behind @ or + and a script tag', () => {
    const f = fixture();
    f.setCell('data/mo-hinh.csv', 2, 'tom_tat', 'Xem <script>alert(1)</script>');
    f.setCell('data/ket-qua/2025.csv', 3, 'co_quan_quyet_dinh', '@SUM(A1:A9)');
    const s = summary(f.validate());
    expect(s).toContain('data/mo-hinh.csv:2:I Ô chứa thẻ HTML (dạng <...>), không được phép trong dữ liệu.');
    expect(s).toContain('data/ket-qua/2025.csv:3:J Ô bắt đầu bằng "@" nên Excel sẽ hiểu là công thức ("@SUM(A1:A9)").');
  });

  it('markup in a story title', () => {
    const f = fixture();
    f.write('content/tin-bai/tin-1.mdx', f.read('content/tin-bai/tin-1.mdx').replace('tieu_de: Trao quyết định công nhận', 'tieu_de: "<img src=x onerror=alert(1)>"'));
    expect(summary(f.validate()).some((l) => l.startsWith('content/tin-bai/tin-1.mdx') && l.includes('thẻ HTML'))).toBe(true);
  });

  it('a giant file and a giant cell', () => {
    const f = fixture();
    f.write('data/mo-hinh.csv', Buffer.alloc(65 * 1048576, 0x61));
    f.setCell('data/don-vi.csv', 2, 'dia_chi', 'x'.repeat(5000));
    const s = summary(f.validate());
    expect(s).toContain('data/mo-hinh.csv:: Tệp nặng 65 MB, quá giới hạn 64 MB.');
    expect(s).toContain('data/don-vi.csv:2:F Ô dài 5000 ký tự, quá giới hạn 4000.');
  });

  it('duplicated rows', () => {
    const f = fixture();
    const line = f.read('data/ket-qua/2025.csv').split('\n')[2]!;
    f.appendLine('data/ket-qua/2025.csv', line);
    expect(summary(f.validate())).toContain('data/ket-qua/2025.csv:6:B Đơn vị "xa-b" trùng với dòng 3.');
  });

  it('scores out of range, negative or not numbers', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'tc15_tham_dinh', '120');
    f.setCell('data/ket-qua/2025.csv', 3, 'tc16_tham_dinh', '-5');
    f.setCell('data/ket-qua/2025.csv', 3, 'tc17_tham_dinh', '1e3');
    const s = summary(f.validate());
    expect(s).toContain('data/ket-qua/2025.csv:3:AQ Điểm thẩm định 120 vượt điểm tối đa 12 của tiêu chí 15.');
    expect(s).toContain('data/ket-qua/2025.csv:3:AS Điểm -5 là số âm.');
    expect(s).toContain('data/ket-qua/2025.csv:3:AU "1e3" không phải là số.');
  });

  it('an Excel date serial and a two-digit year', () => {
    const f = fixture();
    f.setCell('data/ket-qua/2025.csv', 3, 'ngay_quyet_dinh', '46007');
    f.setCell('data/lich.csv', 2, 'han', '30/01/26');
    const s = summary(f.validate());
    expect(s).toContain('data/ket-qua/2025.csv:3:I "46007" là số ngày của Excel, không phải ngày.');
    expect(s).toContain('data/lich.csv:2:D "30/01/26" ghi năm bằng 2 chữ số.');
  });

  it('an unknown column and a missing required one', () => {
    const f = fixture();
    f.write('data/don-vi.csv', f.read('data/don-vi.csv').replace('ma_don_vi,ten,loai,', 'ma_don_vi,Số điện thoại,loai,'));
    const s = summary(f.validate());
    expect(s).toContain('data/don-vi.csv:1:B Cột "Số điện thoại" không có trong mẫu của tệp này.');
    expect(s).toContain('data/don-vi.csv:1:ten Thiếu cột bắt buộc "ten".');
    // The units file cannot be read, so nothing naming a unit is reported as well.
    expect(s).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { formatAnnotations, formatProblems } from '../../src/lib/validation/problem.ts';
import { fixture, summary } from '../helpers/fixture.ts';

/** An editor reads the first error first: it must be the cause, and what only follows from it must not be listed. */
describe('errors lead with the cause', () => {
  it('a results file saved as Windows-1258 gets the encoding problem only', () => {
    const f = fixture('sample');
    f.write('data/ket-qua/2025.csv', Buffer.from(f.read('data/ket-qua/2025.csv').replace(/^\uFEFF/, ''), 'latin1'));
    const problems = f.validate();
    expect(summary(problems)).toEqual(['data/ket-qua/2025.csv:2: Tệp không được lưu ở mã UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI): chữ tiếng Việt sẽ bị sai.']);
  });

  it('a score column named tc5_tham_dinh gets one problem, naming the right header', () => {
    const f = fixture('sample');
    f.write('data/ket-qua/2025.csv', f.read('data/ket-qua/2025.csv').replace('tc05_tham_dinh', 'tc5_tham_dinh'));
    expect(summary(f.validate())).toEqual(['data/ket-qua/2025.csv:1:W Cột "tc5_tham_dinh" không có trong mẫu của tệp này; có phải là "tc05_tham_dinh"?']);
  });

  it('a required column misnamed gets one problem, and the rows it holds no other', () => {
    const f = fixture();
    f.write('data/don-vi.csv', f.read('data/don-vi.csv').replace('ma_don_vi,ten,loai,', 'ma_don_vi,tn,loaii,'));
    expect(summary(f.validate())).toEqual([
      'data/don-vi.csv:1:B Cột "tn" không có trong mẫu của tệp này; có phải là "ten"?',
      'data/don-vi.csv:1:C Cột "loaii" không có trong mẫu của tệp này; có phải là "loai"?',
    ]);
  });

  it('a file separated by something Excel does not write is one problem', () => {
    const f = fixture();
    f.write('data/mo-hinh.csv', f.read('data/mo-hinh.csv').replace(/,/g, '|'));
    const s = summary(f.validate());
    expect(s).toHaveLength(1);
    expect(s[0]).toContain('data/mo-hinh.csv:1: Không nhận ra dấu phân cách cột');
  });

  it('a criteria set file that does not parse is one problem, not one per row naming it', () => {
    const f = fixture();
    f.write('data/bo-tieu-chi/3554-2025-co-quan.json', f.read('data/bo-tieu-chi/3554-2025-co-quan.json').replace('"ten":', '"ten"'));
    const s = summary(f.validate());
    expect(s.filter((l) => l.includes('3554-2025-co-quan'))).toEqual([expect.stringMatching(/^data\/bo-tieu-chi\/3554-2025-co-quan\.json:3: Tệp JSON viết sai cú pháp/)]);
  });

  it('an unknown column says to delete it or mark it as the editor\'s own, and a "#" column is kept', () => {
    const f = fixture();
    const text = f.read('data/don-vi.csv').split('\n');
    text[0] += ',Số điện thoại,#Ghi chú riêng';
    for (let i = 1; i < text.length; i++) if (text[i]) text[i] += ',0912,Gọi trước khi đến';
    f.write('data/don-vi.csv', text.join('\n'));
    const s = summary(f.validate());
    expect(s).toHaveLength(1);
    expect(s[0]).toMatch(/^data\/don-vi\.csv:1:G Cột "Số điện thoại" không có trong mẫu của tệp này\.$/);
    expect(f.validate()[0]!.hint).toContain('"#Số điện thoại"');
  });

  it('a unit\'s name kept beside its code in a results file is accepted', () => {
    const f = fixture();
    const lines = f.read('data/ket-qua/2025.csv').split('\n');
    lines[0] = lines[0]!.replace('ma_don_vi,', 'ma_don_vi,ten_don_vi,');
    for (let i = 1; i < lines.length; i++) if (lines[i]) lines[i] = lines[i]!.replace(/^(\d{4},[^,]+,)/, '$1"Tên, để đọc",');
    f.write('data/ket-qua/2025.csv', lines.join('\n'));
    expect(summary(f.validate())).toEqual([]);
  });

  it('lists problems with whole files before problems of cells, in the report and in GitHub annotations', () => {
    const f = fixture();
    f.setCell('data/don-vi.csv', 2, 'loai', 'phường lạ');
    f.write('data/mo-hinh.csv', Buffer.from(f.read('data/mo-hinh.csv'), 'latin1'));
    f.write('data/lich.csv', f.read('data/lich.csv').replace('noi_dung', 'noidung2'));
    const problems = f.validate();
    const report = formatProblems(problems).split('\n').filter((l) => l.startsWith('✗'));
    expect(report[0]).toContain('data/lich.csv');
    expect(report[1]).toContain('data/mo-hinh.csv');
    expect(report.at(-1)).toContain('data/don-vi.csv, dòng 2');
    expect(formatAnnotations(problems).split('\n')[0]).toMatch(/^::error file=[^,]*data\/lich\.csv,/);
  });
});

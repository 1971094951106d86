import { describe, expect, it } from 'vitest';
import { ANNOTATION_LIMIT, formatAnnotations, problemOutput, type Problem } from './problem.ts';

// Issue 11, point 6: GitHub shows only the first ten error annotations of a step, so they lead with
// the root causes and the job summary holds the whole list as a Vietnamese table.
const cells: Problem[] = Array.from({ length: 14 }, (_, i) => ({ file: 'data/don-vi.csv', row: i + 2, column: 'C', columnName: 'loai', message: `Loại đơn vị không hợp lệ ${i}.`, hint: 'Chọn trong danh sách.' }));
const causes: Problem[] = [
  { file: 'data/ket-qua/2027.xlsx', sheet: 'Kết quả 2027', row: 4, message: 'Thiếu cột "ket_qua".', scope: 'file' },
  { file: 'data/mo-hinh.csv', message: 'Tệp không được lưu ở mã UTF-8.', scope: 'file' },
];
const all = [...cells, ...causes];

describe('problems in GitHub Actions', () => {
  it('annotate at most ten: the causes first, the tenth saying how many more and where the whole list is', () => {
    const lines = formatAnnotations(all).split('\n');
    expect(lines).toHaveLength(ANNOTATION_LIMIT);
    expect(lines[0]).toMatch(/^::error file=data\/ket-qua\/2027\.xlsx,line=4,title=.*trang tính “Kết quả 2027”/);
    expect(lines[1]).toMatch(/^::error file=data\/mo-hinh\.csv,title=/);
    expect(lines[2]).toMatch(/^::error file=data\/don-vi\.csv,line=2,col=3,/);
    expect(lines[9]).toBe('::error title=Còn 7 lỗi khác::Dữ liệu có 16 lỗi; đây là 9 lỗi đầu. Danh sách đầy đủ ở phần Tóm tắt (Summary) của lần chạy.');
    expect(formatAnnotations(cells.slice(0, ANNOTATION_LIMIT)).split('\n')).toHaveLength(ANNOTATION_LIMIT);
  });

  it('list every problem in the job summary as a Vietnamese table, causes first, sheet and cell named', () => {
    const { summary, stdout } = problemOutput(all, { GITHUB_ACTIONS: 'true' });
    expect(stdout).toBe(formatAnnotations(all));
    const lines = summary.split('\n');
    expect(lines[0]).toBe('### Dữ liệu có 16 lỗi: trang chưa được xuất bản');
    expect(summary).toContain('| # | Tệp | Dòng | Cột | Lỗi | Cách sửa |');
    const rows = lines.filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(16);
    expect(rows[0]).toBe('| 1 | data/ket-qua/2027.xlsx, trang tính “Kết quả 2027” | 4 |  | Thiếu cột "ket_qua". |  |');
    expect(rows[1]).toContain('data/mo-hinh.csv');
    expect(rows[2]).toBe('| 3 | data/don-vi.csv | 2 | C (loai) | Loại đơn vị không hợp lệ 0. | Chọn trong danh sách. |');
    // Outside GitHub Actions: the report for people only.
    expect(problemOutput(all, {})).toMatchObject({ stdout: '', summary: '' });
  });

  it('keep a cell holding a | or a line break inside its table cell', () => {
    const { summary } = problemOutput([{ file: 'data/don-vi.csv', row: 2, message: 'Ô có "a|b"\ntrên hai dòng.' }], { GITHUB_ACTIONS: 'true' });
    expect(summary).toContain('| Ô có "a\\|b" trên hai dòng. |');
  });
});

import { describe, expect, it } from 'vitest';
import { appendRows } from './csv-write.ts';
import { parseCsv } from '../validation/csv.ts';

describe('rows appended to an editor file', () => {
  it('follow the file: ";" and CRLF as Excel saves it in Vietnamese', () => {
    const text = '\uFEFFnam;nhom;chi_tieu\r\n2026;Xã, phường;3\r\n';
    const out = appendRows(text, [{ nam: '2027', nhom: 'Xã, phường', chi_tieu: '3' }, { nam: '2027', nhom: 'Có "ngoặc"; và chấm phẩy', chi_tieu: '1' }]);
    expect(out).toBe('\uFEFFnam;nhom;chi_tieu\r\n2026;Xã, phường;3\r\n2027;Xã, phường;3\r\n2027;"Có ""ngoặc""; và chấm phẩy";1\r\n');
    expect(parseCsv(out.slice(1)).table.records.map((r) => r.cells[1])).toEqual(['Xã, phường', 'Xã, phường', 'Có "ngoặc"; và chấm phẩy']);
  });
  it('follow the file: "," and LF, under the file\'s own headers in its own order', () => {
    expect(appendRows('Năm,Nguồn,nhom\n1,2,3\n\n', [{ nam: 'x, y', nhom: 'n', nguon: 's', khong_co: 'z' }])).toBe('Năm,Nguồn,nhom\n1,2,3\n"x, y",s,n\n');
  });
});

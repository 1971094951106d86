import { describe, expect, it } from 'vitest';
import { appendRows, csvLine } from './csv-write.ts';
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

describe('csvLine', () => {
  it('quotes a text holding the delimiter, a quote or a line break, and nothing else', () => {
    expect(csvLine(['Xã, phường', 'ghi "chú"', 'a\nb', 'a\rb', 'An Hòa'])).toBe('"Xã, phường","ghi ""chú""","a\nb","a\rb",An Hòa');
  });
  it('writes null as an empty cell and numbers with a decimal point', () => {
    expect(csvLine([2025, null, 4.5, 0])).toBe('2025,,4.5,0');
  });
  it('quotes for the delimiter it writes with', () => {
    expect(csvLine(['a;b', 'c,d'], ';')).toBe('"a;b";c,d');
  });
});

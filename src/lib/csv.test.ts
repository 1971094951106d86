import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv, sniffDelimiter } from './csv.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('what Excel does to a CSV file is accepted', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('a,b')]))).toEqual({ ok: true, text: 'a,b' });
  });
  it('decodes UTF-16 "Unicode text" with its BOM', () => {
    const body = Buffer.from('ten\tloai\nXã Ấn\txa\n', 'utf16le');
    const r = decodeCsv(new Uint8Array([0xff, 0xfe, ...body]));
    expect(r.ok && parseCsv(r.text).table.records[0]!.cells).toEqual(['Xã Ấn', 'xa']);
  });
  it('sniffs ";" as Excel writes it in a Vietnamese locale, and tabs', () => {
    expect(sniffDelimiter('a;b;"c,d"\n1;2;3')).toBe(';');
    expect(sniffDelimiter('a,b,c')).toBe(',');
    expect(sniffDelimiter('a\tb')).toBe('\t');
  });
  it('reads CRLF, normalises NFD to NFC, trims cells and skips empty rows keeping Excel row numbers', () => {
    const nfd = 'Phường An Bình'.normalize('NFD');
    const { table } = parseCsv(`ma;ten\r\n\r\np1; ${nfd} \r\n;\r\np2;"Xã, có dấu phẩy"\r\n`);
    expect(table.records).toEqual([
      { row: 3, cells: ['p1', 'Phường An Bình'] },
      { row: 5, cells: ['p2', 'Xã, có dấu phẩy'] },
    ]);
    expect(table.records[0]!.cells[1]).toBe('Phường An Bình'.normalize('NFC'));
  });
  it('trims padded cells in unquoted files too (whole-text check), and leaves inner spaces', () => {
    for (const [text, cells] of [
      ['a,b\n1, 2\n', ['1', '2']],
      ['a,b\n 1,2', ['1', '2']],
      ['a,b\n1,2\u00a0', ['1', '2']],
      ['a;b\n1 ;x y', ['1', 'x y']],
      ['a\tb\n 1\t2 \n', ['1', '2']],
    ] as const) {
      expect(parseCsv(text).table.records[0]!.cells, JSON.stringify(text)).toEqual(cells);
    }
  });
  it('reads a file that mixes CRLF and LF line endings', () => {
    const { table, errors } = parseCsv('a,b\r\n1,"x,y"\r\n2,3\n4,5\n');
    expect(errors).toEqual([]);
    expect(table.records.map((r) => r.cells)).toEqual([['1', 'x,y'], ['2', '3'], ['4', '5']]);
  });
  it('counts a row with a line break inside a quoted cell as one Excel row', () => {
    const { table } = parseCsv('a,b\n"dòng 1\ndòng 2",x\ny,z\n');
    expect(table.records.map((r) => r.row)).toEqual([2, 3]);
  });
});

describe('legacy encodings are rejected with a way out', () => {
  it('rejects Windows-1258 bytes and names the line', () => {
    const bytes = new Uint8Array([...enc('ma,ten\np1,'), 0x50, 0x68, 0xd0, 0xec, 0x6e, 0x67, 0x0a]);
    const r = decodeCsv(bytes);
    expect(r).toMatchObject({ ok: false, row: 2 });
    expect(!r.ok && r.hint).toContain('CSV UTF-8');
  });
  it('rejects text that was encoded twice', () => {
    const mojibake = Buffer.from(Buffer.from('Phường', 'utf8').toString('latin1'), 'utf8');
    expect(decodeCsv(new Uint8Array(mojibake))).toMatchObject({ ok: false, message: expect.stringContaining('hai lần') });
  });
  it('accepts valid UTF-8 without BOM', () => {
    expect(decodeCsv(enc('ten\nPhường'))).toEqual({ ok: true, text: 'ten\nPhường' });
  });
});

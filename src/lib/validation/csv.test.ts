import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvReader, decodeCsv, parseCsv, sniffDelimiter } from './csv.ts';
import { plainDecimal } from './coerce.ts';
import { cleanText } from '../text/strings.ts';

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

/** What the reader replaced: papaparse on the whole text, every cell cleaned, empty rows dropped. */
function viaPapaparse(text: string) {
  const unified = text.replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(unified, { delimiter: sniffDelimiter(unified), newline: '\n', header: false, skipEmptyLines: false });
  const rows = parsed.data.map((cells) => cells.map(cleanText));
  const header = rows[0] ?? [];
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const records = rows.slice(1).flatMap((cells, i) => (cells.some((c) => c !== '') ? [{ row: i + 2, cells }] : []));
  return { header, records, errors: parsed.errors.length };
}

describe('the CSV reader reads as papaparse did', () => {
  it('gives the same header and records for well-formed files of every shape', () => {
    const pieces = ['1.5', '007', '12345678901234567', '3,', ',5', 'a', 'Xã Ấn', ' x ', '4,5', '12', '0.25', '', '""', '"q,;\t"', '"dòng\nmới"', '"nói ""to"""', '\u00a0y\u00a0', 'Phường'.normalize('NFD'), '=1', '-3', ' 7', '"8"', '"1,5"', '"sp"  ', '"a""b"'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    let compared = 0;
    for (let t = 0; t < 400; t++) {
      const d = [',', ';', '\t'][t % 3]!;
      const nl = ['\n', '\r\n', '\r'][random(3)]!;
      const width = 1 + random(5);
      const lines = Array.from({ length: 1 + random(6) }, () => Array.from({ length: random(4) === 0 ? random(width + 2) : width }, () => pieces[random(pieces.length)]!).join(d));
      const text = [Array.from({ length: width }, (_, i) => `c${i}`).join(d), ...lines].join(nl) + (random(2) ? nl : '');
      const expected = viaPapaparse(text);
      if (expected.errors > 0) continue;
      const { table, errors } = parseCsv(text);
      expect(errors, JSON.stringify(text)).toEqual([]);
      expect({ header: table.header, records: table.records }, JSON.stringify(text)).toEqual({ header: expected.header, records: expected.records });
      // Read again with every column numeric: a cell is a number exactly when its text is a plain one, of that value.
      const reader = new CsvReader(text);
      const asNumbers: { row: number; cells: string[] }[] = [];
      const columns = 8;
      reader.forEachRecord(Int32Array.from({ length: columns }, (_, i) => i), new Float64Array(columns), (row, cells, numbers) =>
        asNumbers.push({ row, cells: cells.map((c, i) => (numbers[i] === numbers[i] ? `#${numbers[i]}` : c)) }),
      );
      const expectedNumbers = expected.records.map(({ row, cells }) => ({ row, cells: cells.map((c) => (plainDecimal(c) === plainDecimal(c) ? `#${plainDecimal(c)}` : c)) }));
      expect(asNumbers, JSON.stringify(text)).toEqual(expectedNumbers);
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('puts the plain numbers of numeric columns in the number slots, and leaves other text in the cell', () => {
    const reader = new CsvReader('ma;d1;d2\nx;4,5;"0.25"\ny; 7 ;-1\nz;hai;\n');
    const got: [number, string[], number[]][] = [];
    reader.forEachRecord(new Int32Array([-1, 0, 1]), new Float64Array(2), (row, cells, numbers) => got.push([row, [...cells], [...numbers]]));
    expect(got).toEqual([
      [2, ['x', '', ''], [4.5, 0.25]],
      [3, ['y', '', '-1'], [7, NaN]],
      [4, ['z', 'hai', ''], [NaN, NaN]],
    ]);
  });

  it('reports an unclosed quote and text after a closing quote, in Vietnamese, at the row and cell', () => {
    expect(parseCsv('a,b\n1,2\n"x,3\n4,5\n').errors).toEqual([{ row: 3, cell: 0, message: expect.stringContaining('không đóng') }]);
    const after = parseCsv('a,b\n1,"x"y\n3,4\n');
    expect(after.errors).toEqual([{ row: 2, cell: 1, message: expect.stringContaining('sau dấu ngoặc kép') }]);
    expect(after.table.records).toEqual([{ row: 2, cells: ['1', 'xy'] }, { row: 3, cells: ['3', '4'] }]);
  });

  it('accepts spaces Excel or a paste leaves after a closing quote, non-breaking ones too', () => {
    const { table, errors } = parseCsv('a,b\n"x" ,"y"\u00a0\n"z"\u202f\t,2\n');
    expect(errors).toEqual([]);
    expect(table.records.map((r) => r.cells)).toEqual([['x', 'y'], ['z', '2']]);
  });
});

import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CELL, isDateFormat, openWorkbook, serialToIsoDate, XlsxError} from './xlsx.ts';

import { compareSeeds } from '../../../tests/helpers/xlsx-generated.ts';

// The comparison with exceljs on a few seeds here; many more, and LibreOffice's files, in tests/build/xlsx-wide.test.ts.
describe('the xlsx reader reads as exceljs does', () => {
  it('gives the same cells, types, merges, hidden rows, columns and sheets on generated workbooks', async () => {
    const { cells, kinds } = await compareSeeds(1, 40);
    // The generator reaches every kind of cell, and enough of them.
    expect(kinds).toEqual([1, 2, 3, 4, 5, 6]);
    expect(cells).toBeGreaterThan(2_000);
  }, 120_000);
});


// ---------------------------------------------------------------------------------------------
// What Excel and other writers store that exceljs does not write, in small hand-made packages

/** A zip of the given parts (deflated, or stored when `stored`), as any writer makes one. */
function zip(parts: Record<string, string | Uint8Array>, stored = false): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = stored ? data : deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x800, 8);
    entry.writeUInt16LE(stored ? 0 : 8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (list: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;

/** A package around the given workbook parts, as Excel lays it out. */
function pkg(parts: { workbook: string; sheets: string[]; sharedStrings?: string; styles?: string; extra?: Record<string, string> }, stored = false): Uint8Array {
  const wbRels: [string, string, string][] = parts.sheets.map((_, i) => [`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`]);
  if (parts.sharedStrings) wbRels.push(['rIdS', 'sharedStrings', 'sharedStrings.xml']);
  if (parts.styles) wbRels.push(['rIdT', 'styles', '/xl/styles.xml']);
  return zip(
    {
      '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels/.rels': rels([['rId1', 'officeDocument', 'xl/workbook.xml']]),
      'xl/workbook.xml': parts.workbook,
      'xl/_rels/workbook.xml.rels': rels(wbRels),
      ...Object.fromEntries(parts.sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, s])),
      ...(parts.sharedStrings ? { 'xl/sharedStrings.xml': parts.sharedStrings } : {}),
      ...(parts.styles ? { 'xl/styles.xml': parts.styles } : {}),
      ...parts.extra,
    },
    stored,
  );
}

type ReadRow = { row: number; hidden: boolean; cells: (string | number | boolean | null | [string, number | string])[]; formula: number[] };

/** A sheet's rows, the same read a window of 64 bytes at a time and whole. */
function rowsOf(bytes: Uint8Array, sheet = 0): ReadRow[] {
  const [small, whole] = [64, Infinity].map((window) => rowsRead(bytes, sheet, window));
  expect(small).toEqual(whole);
  return whole!;
}

function rowsRead(bytes: Uint8Array, sheet: number, window: number): ReadRow[] {
  const opened = openWorkbook(bytes, { window });
  if (!opened.ok) throw new Error(opened.message);
  const out: ReadRow[] = [];
  opened.workbook.sheets[sheet]!.forEachRow((row, hidden, c) => {
    const cells = Array.from({ length: c.width }, (_, i) => {
      const k = c.kind[i]!;
      if (k === CELL.number) return c.number[i]!;
      if (k === CELL.text) return c.text[i]!;
      if (k === CELL.boolean) return c.number[i] === 1;
      if (k === CELL.error) return ['error', c.text[i]!] as [string, string];
      if (k === CELL.date) return ['date', c.number[i]!] as [string, number];
      if (k === CELL.formulaWithoutValue) return ['formula', 0] as [string, number];
      return null;
    });
    out.push({ row, hidden, cells, formula: Array.from(c.formula.subarray(0, c.width)) });
  });
  return out;
}

const sheetXml = (data: string, around = '') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${around}<sheetData>${data}</sheetData></worksheet>`;
const workbookXml = (sheets: string, pr = '') => `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${pr}<sheets>${sheets}</sheets></workbook>`;

describe('what other writers store', () => {
  it('reads shared strings: rich runs, phonetic runs left out, xml:space, entities, _xHHHH_ escapes, line ends', () => {
    const sst = `<?xml version="1.0"?><sst xmlns="${MAIN}" count="6" uniqueCount="6">
      <si><t>Xã Ấn</t></si>
      <si><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t>đậm</t></r><r><t xml:space="preserve"> và thường </t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh><phoneticPr fontId="1"/></si>
      <si><t xml:space="preserve">  a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x1F600;  </t></si>
      <si><t>dòng 1_x000D_\r\ndòng 2\rdòng 3_x0009_tab _x005F_x0041_ _x0001_</t></si>
      <si><t/></si>
      <si><t><![CDATA[<nguyên> & văn]]> &amp; x</t></si>
    </sst>`;
    const sheet = sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>99</v></c></row>');
    const [row] = rowsOf(pkg({ workbook: workbookXml('<sheet name="A" sheetId="1" r:id="rId1"/>'), sheets: [sheet], sharedStrings: sst }));
    expect(row!.cells).toEqual(['Xã Ấn', 'đậm và thường ', '  a & b <c> "d" \'e\' A😀  ', 'dòng 1\r\ndòng 2\ndòng 3\ttab _x0041_ \u0001', '', '<nguyên> & văn & x', '']);
  });

  it('reads inline strings, t="str", t="d", t="b", errors, formulas with and without cached values, and empty values', () => {
    const sheet = sheetXml(
      '<row r="2" spans="1:9" x14ac:dyDescent="0.25">' +
        '<c r="A2" t="inlineStr"><is><t>Phường &amp; xã</t></is></c>' +
        '<c r="B2" t="inlineStr"><is><r><t>Gi</t></r><r><rPr><i/></rPr><t xml:space="preserve">àu </t></r><rPh><t>x</t></rPh></is></c>' +
        '<c r="C2" t="str"><f>A2&amp;""</f><v>Phường_x000A_xã</v></c>' +
        '<c r="D2" t="d"><v>2024-03-01T12:00:00</v></c>' +
        '<c r="E2" t="b"><v>1</v></c><c r="F2" t="b"><f>FALSE()</f><v>0</v></c>' +
        '<c r="G2" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="H2"><f t="shared" ref="H2:H3" si="0">G2+1</f></c>' +
        '<c r="I2" t="str"><f>""</f><v></v></c>' +
        '<c r="J2" s="0"><v/></c><c r="K2" t="s"/>' +
        '<c r="L2"><f t="shared" si="0"/><v>-1.25E-3</v></c>' +
        '</row>',
    );
    const [row] = rowsOf(pkg({ workbook: workbookXml('<sheet name="A" sheetId="1" r:id="rId1"/>'), sheets: [sheet] }));
    expect(row!.row).toBe(2);
    expect(row!.cells).toEqual(['Phường & xã', 'Giàu ', 'Phường\nxã', ['date', 45352.5], true, false, ['error', '#DIV/0!'], ['formula', 0], '', null, null, -0.00125]);
    expect(row!.formula).toEqual([0, 0, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1]);
  });

  it('follows cells and rows that omit their reference, and skips what it does not read', () => {
    const sheet = sheetXml(
      '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>' +
        '<!-- a comment --><row hidden="true"><c r="B2"><v>7</v><extLst><ext uri="x"><x:y xmlns:x="u"/></ext></extLst></c></row>' +
        '<row r="9" hidden="0"/><row><c r="A10" t="inlineStr"><is><t>sau</t></is></c></row>',
    );
    expect(rowsOf(pkg({ workbook: workbookXml('<sheet name="A" sheetId="1" r:id="rId1"/>'), sheets: [sheet] }))).toEqual([
      { row: 1, hidden: false, cells: [1, 2, null, null, 5, 6], formula: [0, 0, 0, 0, 0, 0] },
      { row: 2, hidden: true, cells: [null, 7], formula: [0, 0] },
      { row: 9, hidden: false, cells: [], formula: [] },
      { row: 10, hidden: false, cells: ['sau'], formula: [0] },
    ]);
  });

  it('knows dates by style: built-in ids, custom codes, quoted text, brackets and escapes; 1904 workbooks', () => {
    const formats = ['dd/mm/yyyy', '0\\d', '"ngày" 0', '[h]:mm', '[Red]#,##0', '[$-42A]d mmmm yyyy', 'DD/MM/YYYY', '#,##0_m', '0.00E+00'];
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="${formats.length}">${formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${f.replace(/"/g, '&quot;')}"/>`).join('')}</numFmts>
      <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
      <cellXfs count="${formats.length + 3}"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0"><alignment horizontal="left"/></xf><xf numFmtId="4" xfId="0"/>${formats.map((_, i) => `<xf numFmtId="${164 + i}" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`;
    const cells = Array.from({ length: formats.length + 4 }, (_, s) => `<c s="${s}"><v>45352</v></c>`).join('');
    const bytes = pkg({ workbook: workbookXml('<sheet name="A" sheetId="1" r:id="rId1"/>', '<workbookPr date1904="1"/>'), sheets: [sheetXml(`<row r="1">${cells}</row>`)], styles });
    const opened = openWorkbook(bytes);
    expect(opened.ok && opened.workbook.date1904).toBe(true);
    const [row] = rowsOf(bytes);
    const date = ['date', 45352];
    expect(row!.cells).toEqual([45352, date, 45352, date, 45352, 45352, date, 45352, date, date, 45352, 45352, 45352]);
    expect(formats.map(isDateFormat)).toEqual([true, false, false, true, false, true, true, false, false]);
  });

  it('reads workbook parts: names with entities, states, chart sheets left out, prefixed elements, UTF-16, hidden column ranges, merges', () => {
    const wb = `<?xml version="1.0"?><x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets>
      <x:sheet name="Kết quả &amp; &quot;mã&quot;" sheetId="1" rel:id="rId1"/>
      <x:sheet name="Biểu đồ" sheetId="2" rel:id="rIdC"/>
      <x:sheet name="Ẩn" sheetId="3" state="hidden" rel:id="rId2"/>
      <x:sheet name="Rất ẩn" sheetId="4" state="veryHidden" rel:id="rId3"/></x:sheets></x:workbook>`;
    const prefixed = `<x:worksheet xmlns:x="${MAIN}"><x:cols><x:col min="2" max="4" width="0" hidden="1"/><x:col min="6" max="6" hidden="0"/></x:cols><x:sheetData><x:row r="1"><x:c r="A1"><x:v>3</x:v></x:c></x:row></x:sheetData><x:mergeCells count="2"><x:mergeCell ref="A1:C2"/><x:mergeCell ref="AA10:AB12"/></x:mergeCells></x:worksheet>`;
    // Stored and deflated, read whole and a few bytes at a time.
    for (const stored of [true, false]) {
      const bytes = zip({
        '_rels/.rels': rels([['rId1', 'officeDocument', '/xl/workbook.xml']]),
        'xl/workbook.xml': wb,
        'xl/_rels/workbook.xml.rels': rels([['rId1', 'worksheet', 'worksheets/Sheet1.xml'], ['rIdC', 'chartsheet', 'chartsheets/sheet1.xml'], ['rId2', 'worksheet', '/xl/worksheets/sheet2.xml'], ['rId3', 'worksheet', '../xl/worksheets/./sheet3.xml']]),
        'xl/worksheets/sheet1.xml': prefixed,
        'xl/chartsheets/sheet1.xml': '<chartsheet/>',
        // A UTF-16 part, as the package format allows.
        'xl/worksheets/sheet2.xml': new Uint8Array([0xff, 0xfe, ...Buffer.from(sheetXml('<row r="1"><c r="B1" t="inlineStr"><is><t>ẩn</t></is></c></row>').replace('UTF-8', 'UTF-16'), 'utf16le')]),
        'xl/worksheets/sheet3.xml': `<worksheet xmlns="${MAIN}"><dimension ref="A1"/><sheetData/><mergeCells count="1"><mergeCell ref="B2"/></mergeCells></worksheet>`,
      }, stored);
      for (const window of [64, Infinity]) {
        const opened = openWorkbook(bytes, { window });
        if (!opened.ok) throw new Error(opened.message);
        const { sheets } = opened.workbook;
        expect(sheets.map((s) => [s.name, s.state])).toEqual([['Kết quả & "mã"', 'visible'], ['Ẩn', 'hidden'], ['Rất ẩn', 'veryHidden']]);
        expect(sheets[0]!.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 2 }, { top: 10, left: 26, bottom: 12, right: 27 }]);
        expect([...sheets[0]!.hiddenColumns]).toEqual([1, 2, 3]);
        expect(rowsOf(bytes, 0)[0]!.cells).toEqual([3]);
        expect(rowsOf(bytes, 1)[0]!.cells).toEqual([null, 'ẩn']);
        expect(rowsOf(bytes, 2)).toEqual([]);
        expect(sheets[2]!.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 1 }]);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('files that are not a readable .xlsx are refused, in Vietnamese, with a way out', () => {
  const good = pkg({ workbook: workbookXml('<sheet name="A" sheetId="1" r:id="rId1"/>'), sheets: [sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>')] });
  const refusal = (bytes: Uint8Array) => {
    const r = openWorkbook(bytes);
    if (r.ok) throw new Error('accepted');
    expect(r.hint.length).toBeGreaterThan(20);
    return r.message;
  };
  /** An OLE compound file header and one directory sector naming the given streams. */
  const ole = (...streams: string[]) => {
    const b = Buffer.alloc(2048);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(b, 0);
    streams.forEach((name, i) => Buffer.from(name, 'utf16le').copy(b, 512 + i * 128));
    return new Uint8Array(b);
  };

  it('a CSV, an HTML page or an empty file renamed .xlsx', () => {
    expect(refusal(new TextEncoder().encode('ma_don_vi,ten\nxa-1,Xã Ấn\n'))).toContain('không phải là sổ làm việc');
    expect(refusal(new TextEncoder().encode('\ufeff<html><body><table><tr><td>1</td></tr></table></body></html>'))).toContain('HTML');
    expect(refusal(new Uint8Array(0))).toContain('trống');
  });
  it('an Excel 97–2003 .xls, and a password-protected workbook (an OLE container around the encrypted package)', () => {
    expect(refusal(ole('Root Entry', 'Workbook', '\u0005SummaryInformation'))).toContain('.xls');
    expect(refusal(ole('Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'))).toContain('mật khẩu');
  });
  it('a truncated file, a zip with encrypted entries, a ZIP64 directory', () => {
    expect(refusal(good.subarray(0, Math.floor(good.length / 2)))).toContain('chưa được chép hết');
    expect(refusal(good.subarray(0, good.length - 5))).toContain('chưa được chép hết');
    const encrypted = Buffer.from(good);
    for (let p = encrypted.indexOf(Buffer.from([0x50, 0x4b, 1, 2])); p >= 0; p = encrypted.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), p + 1)) encrypted[p + 8]! |= 1;
    expect(refusal(new Uint8Array(encrypted))).toContain('mật khẩu');
    const zip64 = Buffer.from(good);
    zip64.writeUInt32LE(0xffffffff, zip64.length - 22 + 16);
    expect(refusal(new Uint8Array(zip64))).toContain('ZIP64');
  });
  it('an OpenDocument spreadsheet, a binary .xlsb, a Word file', () => {
    expect(refusal(zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }, true))).toContain('.ods');
    expect(refusal(zip({ '_rels/.rels': rels([['rId1', 'officeDocument', 'xl/workbook.bin']]), 'xl/workbook.bin': 'x' }))).toContain('.xlsb');
    expect(refusal(zip({ '_rels/.rels': rels([['rId1', 'officeDocument', 'word/document.xml']]), 'word/document.xml': '<w/>' }))).toContain('không chứa sổ làm việc');
  });
  it('a damaged part: at opening for the workbook parts, while reading rows for a sheet', () => {
    const damaged = (part: string) => {
      const bytes = Buffer.from(pkg({ workbook: workbookXml('<sheet name="A" sheetId="1" r:id="rId1"/>'), sheets: [sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(50))], sharedStrings: `<sst xmlns="${MAIN}"><si><t>a</t></si></sst>` }));
      const name = bytes.indexOf(part);
      const data = name + part.length;
      for (let i = data + 2; i < data + 12; i++) bytes[i] = 0xff;
      return new Uint8Array(bytes);
    };
    expect(refusal(damaged('xl/sharedStrings.xml'))).toContain('xl/sharedStrings.xml');
    for (const window of [64, Infinity]) {
      const opened = openWorkbook(damaged('xl/worksheets/sheet1.xml'), { window });
      if (!opened.ok) throw new Error(opened.message);
      expect(() => opened.workbook.sheets[0]!.forEachRow(() => {}), `window ${window}`).toThrow(XlsxError);
    }
  });
});

describe('date serials', () => {
  it('are the days Excel shows, with its 1900 leap-year bug and in the 1904 system', () => {
    const cases: [number, boolean, string][] = [
      [1, false, '1900-01-01'],
      [59, false, '1900-02-28'],
      [60, false, '1900-02-29'],
      [61, false, '1900-03-01'],
      [0, false, '1900-01-00'],
      [36526, false, '2000-01-01'],
      [45352, false, '2024-03-01'],
      [45352.75, false, '2024-03-01'],
      [45352.9999999999, false, '2024-03-02'],
      [2958465, false, '9999-12-31'],
      [2958466, false, ''],
      [-1, false, ''],
      [0, true, '1904-01-01'],
      [1, true, '1904-01-02'],
      [43890, true, '2024-03-01'],
    ];
    for (const [serial, date1904, want] of cases) expect(serialToIsoDate(serial, date1904), `${serial} ${date1904}`).toBe(want);
  });
});

import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from './open-data.ts';

describe('downloads open safely and correctly in Excel', () => {
  it('neutralises cells Excel would run as formulas', () => {
    expect(neutralise('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutralise('+84 123')).toBe("'+84 123");
    expect(neutralise('-1')).toBe("'-1");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('Phường An Bình')).toBe('Phường An Bình');
  });
  it('writes UTF-8 with BOM, CRLF and quotes cells with commas', () => {
    const csv = toCsv(['ten', 'diem'], [['Xã A, B', 94.5], ['=1+1', null]]);
    expect(csv.startsWith('\uFEFFten,diem\r\n')).toBe(true);
    expect(csv).toContain('"Xã A, B",94.5\r\n');
    expect(csv).toContain(`'=1+1,\r\n`);
  });
});

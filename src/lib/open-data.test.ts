import { describe, expect, it } from 'vitest';
import { neutralise, resultColumns, toCsv } from './open-data.ts';

describe('downloads open safely and correctly in Excel', () => {
  it('size the score columns of a national year without blowing the stack', () => {
    const scores = Array.from({ length: 20 }, (_, i) => ({ criterion: i + 1, self: 1, appraised: 1, items: [] }));
    const results = Array.from({ length: 200_000 }, () => ({ scores }) as never);
    expect(resultColumns(results)).toHaveLength(13 + 40 + 1);
  });
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

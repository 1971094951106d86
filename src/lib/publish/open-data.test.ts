import { describe, expect, it } from 'vitest';
import { unitEntries } from '../../collections/loader.ts';
import { fixture, summary } from '../../../tests/helpers/fixture.ts';
import { loadDataset } from '../validation/dataset.ts';
import { neutralise, resultColumns, resultRows, toCsv } from './open-data.ts';
import { openDataFiles } from './open-data-files.ts';
import { buildSite } from '../site/site-index.ts';

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
  it('carry sub-item scores in columns named as the editors name them, after their criterion', () => {
    const results = [
      { scores: [{ criterion: 1, self: 2, appraised: 2, items: [] }, { criterion: 2, self: 12, appraised: 9, items: [{ item: 2, self: null, appraised: 3 }, { item: 1, self: 6, appraised: 6 }] }] },
      { scores: [{ criterion: 2, self: 10, appraised: 10, items: [] }] },
    ] as never[];
    const columns = resultColumns(results);
    expect(columns.slice(13, -1)).toEqual(['tc01_tu_cham', 'tc01_tham_dinh', 'tc02_tu_cham', 'tc02_tham_dinh', 'tc02.1_tu_cham', 'tc02.1_tham_dinh', 'tc02.2_tu_cham', 'tc02.2_tham_dinh']);
    const rows = resultRows(results, columns).map((r) => r.slice(13, -1));
    expect(rows).toEqual([
      [2, 2, 12, 9, 6, 6, null, 3],
      [null, null, 10, 10, null, null, null, null],
    ]);
  });
});

describe('a year’s download, fed back in as the editors’ file', () => {
  it('validates unchanged, sub-items included', () => {
    const f = fixture('sample');
    const o = loadDataset({ dataDir: f.dataDir, contentDir: `${f.root}/content` });
    if (!o.ok) throw new Error(summary(o.problems).join('\n'));
    const site = buildSite({ ...o.dataset, units: unitEntries(o.dataset).map((e) => e.data) });
    const csv = openDataFiles(site, 'https://antq.example.gov.vn', '/').find((file) => file.name === 'ket-qua-2025.csv')!.body;
    expect(csv.split('\r\n')[0]).toContain(',tc14_tu_cham,tc14_tham_dinh,tc14.1_tu_cham,tc14.1_tham_dinh,tc14.2_tu_cham,tc14.2_tham_dinh,');
    f.write('data/ket-qua/2025.csv', csv);
    const again = loadDataset({ dataDir: f.dataDir, contentDir: `${f.root}/content` });
    if (!again.ok) throw new Error(summary(again.problems).join('\n'));
    const packed = (d: typeof o.dataset) => unitEntries(d).flatMap((e) => e.data.results.filter((r) => r.year === 2025).map((r) => `${r.unitId} ${r.packedScores}`));
    expect(packed(again.dataset)).toEqual(packed(o.dataset));
    expect(packed(o.dataset).some((p) => p.includes('14:') && p.includes('(1:'))).toBe(true);
  });
});

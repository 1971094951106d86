import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitEntries } from '../../collections/loader.ts';
import { loadDataset } from '../validation/dataset.ts';
import { OUTCOMES } from '../../schemas/vocabulary.ts';
import { searchAlias, searchHtml, unitFilters, unitSearchRecords } from './search-records.ts';
import { buildSite } from './site-index.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures');

describe('unit search records', () => {
  const outcome = loadDataset({ dataDir: `${FIXTURES}/valid/data`, contentDir: `${FIXTURES}/valid/content` });
  if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
  const d = outcome.dataset;
  const site = buildSite({ ...d, units: unitEntries(d).map((e) => e.data) });
  const records = unitSearchRecords(site, '/antq/');

  it('has one entry per unit, at its page under the base path, titled by its name, with its filters', () => {
    expect(records).toHaveLength(site.units.length);
    for (const [i, r] of records.entries()) {
      const unit = site.units[i]!;
      expect(r.url).toBe(`/antq/don-vi/${unit.id}/`);
      expect(r.title).toBe(unit.name);
      expect(r.filters).toEqual(unitFilters(unit));
      expect(r.filters['Tỉnh']).toEqual([unit.province]);
      expect(r.filters['Xã']).toEqual([`${unit.province} › ${unit.commune}`]);
      // Year and outcome as pairs the unit really has, one per result.
      expect(r.filters['Kết quả năm']).toEqual(unit.results.map((res) => `${res.year} · ${OUTCOMES[res.outcome]}`));
    }
    // Names in Vietnamese alphabetical order by a key Pagefind compares as plain text.
    const byKey = [...records].sort((a, b) => (a.sort.thu_tu! < b.sort.thu_tu! ? -1 : 1)).map((r) => r.title);
    expect(byKey).toEqual([...byKey].sort(new Intl.Collator('vi').compare));
  });

  it('gives Pagefind a page with the name as heading, its unmarked form when it has "đ", and filters kept out of the text', () => {
    const html = searchHtml({ url: '/x/', title: 'Xã Đồng <Lúa>', place: 'Xã · Tỉnh A', summary: 'Được công nhận.', content: ['Năm 2025: xây dựng.'], filters: { 'Xã': ['Tỉnh A › Xã Đồng, Lúa'] }, sort: { thu_tu: '3' }, meta: {} });
    expect(html).toContain('<h1 data-pagefind-meta="title">Xã Đồng &lt;Lúa&gt;</h1>');
    expect(html).toContain('<p data-pagefind-weight="7">xa dong &lt;lua&gt;</p>');
    // The whole value, comma and all, as the element's text inside an ignored block.
    expect(html).toContain('<div data-pagefind-ignore hidden><span data-pagefind-filter="Xã">Tỉnh A › Xã Đồng, Lúa</span><span data-pagefind-sort="thu_tu">3</span></div>');
    expect(searchAlias('Phường Hòa An')).toBeNull();
    // Shown-only metadata keeps its decimal comma: the attribute form would split "90,5/100".
    expect(searchHtml({ url: '/x/', title: 'X', place: '', summary: '', content: [], filters: {}, sort: {}, meta: { diem_nam_2025: 'Năm 2025: thẩm định 90,5/100 (90,5 %)' } })).toContain('<span data-pagefind-meta="diem_nam_2025">Năm 2025: thẩm định 90,5/100 (90,5 %)</span>');
  });

  it('shows each scored year with its maximum and share, and sorts by the share, so the two tracks compare', () => {
    let scored = 0;
    for (const [i, r] of records.entries()) {
      for (const res of site.units[i]!.results) {
        const shown = r.meta[`diem_nam_${res.year}`];
        if (res.appraisedTotal === null && res.selfTotal === null) {
          expect(shown).toBeUndefined();
          continue;
        }
        scored++;
        expect(shown).toMatch(new RegExp(`^Năm ${res.year}: (thẩm định \\d+(,\\d+)?/${res.maxPoints} \\(\\d+(,\\d+)? %\\)|tự chấm \\d+(,\\d+)?/${res.maxPoints})$`));
        expect(r.sort[`diem_${res.year}`]).toBe(String(res.appraisedTotal === null ? -1 : Math.round((res.appraisedTotal / res.maxPoints!) * 1000) / 10));
      }
    }
    expect(scored).toBeGreaterThan(0);
  });

  it('says what the unit page says: locality, each year with its outcome and decision', () => {
    const unit = site.units.find((u) => u.results.some((r) => r.decision?.number))!;
    const record = records.find((r) => r.url.endsWith(`/${unit.id}/`))!;
    const text = [record.place, record.summary, ...record.content].join('\n');
    expect(text).toContain(unit.province);
    for (const r of unit.results) expect(text).toContain(`Năm ${r.year}:`);
    expect(text).toContain(unit.results.find((r) => r.decision?.number)!.decision!.number!);
  });
});

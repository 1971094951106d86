import { describe, expect, it } from 'vitest';
import { unitEntries } from '../../collections/loader.ts';
import { fixture, summary } from '../../../tests/helpers/fixture.ts';
import { result, tinySite, unit } from '../../../tests/helpers/tiny-site.ts';
import { loadDataset } from '../validation/dataset.ts';
import { buildSite } from './site-index.ts';
import { criteriaLossYears } from './criteria-loss-years.ts';

describe('where points are lost, year by year', () => {
  it('lists the years with appraised scores newest first, each with its sets', () => {
    const f = fixture('sample');
    const o = loadDataset({ dataDir: f.dataDir, contentDir: `${f.root}/content` });
    if (!o.ok) throw new Error(summary(o.problems).join('\n'));
    const years = criteriaLossYears(buildSite({ ...o.dataset, units: unitEntries(o.dataset).map((e) => e.data) }));
    expect(years.length).toBeGreaterThan(0);
    expect(years.map((y) => y.year)).toEqual(years.map((y) => y.year).toSorted((a, b) => b - a));
    expect(years.every((y) => y.stats.length > 0 && y.stats.every((s) => s.year === y.year))).toBe(true);
  });

  it('leaves out years whose results carry no scores', () => {
    expect(criteriaLossYears(tinySite({ units: [unit('a', [result(2024, 'cong_nhan')])] }))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { model, result, tinySite, unit } from '../../../tests/helpers/tiny-site.ts';
import { unitView } from './unit-view.ts';

describe("a unit's page", () => {
  const site = tinySite({
    settings: { title: 'T', publisher: 'P', jurisdiction: 'J', provinces: null, siteUrl: 'https://a.example', basePath: '/', isSample: false, licence: 'L', currentYear: 2026 },
    units: [
      unit('a', [result(2023, 'cong_nhan'), result(2024, 'duy_tri')]),
      unit('old', [result(2022, 'cong_nhan')], { mergedInto: 'a', mergedIn: 2025 }),
      unit('empty'),
    ],
    models: [model('m1', 'a')],
  });

  it('shows the newest year first, with where the unit stands', () => {
    const view = unitView(site, 'a')!;
    expect(view.years.map((y) => y.result.year)).toEqual([2024, 2023]);
    expect(view.standing).toBe('Được công nhận điển hình năm 2023, duy trì 1 năm liên tiếp.');
  });

  it('a year without a criteria set on the site has no breakdown and no averages', () => {
    const year = unitView(site, 'a')!.years[0]!;
    expect([year.set, year.breakdown, year.average, year.share]).toEqual([undefined, null, undefined, null]);
    expect(year.eligibilityYear).toBe(2023);
  });

  it('links a merged unit to its successor, and the successor to the units merged into it', () => {
    expect(unitView(site, 'old')!.successor?.id).toBe('a');
    expect(unitView(site, 'a')!.predecessors.map((u) => u.id)).toEqual(['old']);
    expect(unitView(site, 'a')!.successor).toBeUndefined();
  });

  it("reads the models against the unit's newest year, or the year the site follows when it has none", () => {
    expect(unitView(site, 'a')!).toMatchObject({ checkYear: 2024, models: [expect.objectContaining({ slug: 'm1' })], modelSet: undefined, modelCheck: null });
    expect(unitView(site, 'empty')!).toMatchObject({ checkYear: 2026, models: [], years: [] });
  });

  it('has no page for an unknown unit', () => {
    expect(unitView(site, 'zz')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { unitEntries } from '../../collections/loader.ts';
import { fixture, summary } from '../../../tests/helpers/fixture.ts';
import { criterionStats } from './criterion-stats.ts';
import { loadDataset } from '../validation/dataset.ts';
import { reportTables } from './report-tables.ts';
import { buildSite, type Site } from './site-index.ts';
import { reportHistory, yearReport } from './year-report.ts';

function sampleSite(edit: (units: ReturnType<typeof unitEntries>) => void = () => {}): Site {
  const f = fixture('sample');
  const o = loadDataset({ dataDir: f.dataDir, contentDir: `${f.root}/content` });
  if (!o.ok) throw new Error(summary(o.problems).join('\n'));
  const entries = unitEntries(o.dataset);
  edit(entries);
  return buildSite({ ...o.dataset, units: entries.map((e) => e.data) });
}

// Each test loads its own copy of the sample fixture (a temporary folder lives as long as its test).
function sample2025() {
  const site = sampleSite();
  return { site, report: yearReport(site, 2025) };
}

describe('the yearly report', () => {
  it('adds every kind into its track and every track into the total, this year and the year before', () => {
    const { site, report } = sample2025();
    const total = report.byKind.find((r) => r.key === 'tong')!;
    const tracks = report.byKind.filter((r) => r.level === 'track');
    for (const side of ['counts', 'previous'] as const) {
      for (const m of Object.keys(total.counts) as (keyof typeof total.counts)[]) {
        expect(tracks.reduce((t, r) => t + r[side]![m], 0), `${side} ${m}`).toBe(total[side]![m]);
      }
    }
    expect(total.counts.cong_nhan + total.counts.duy_tri + total.counts.khong_duy_tri + total.counts.thu_hoi + total.counts.khong_cong_nhan).toBe(report.units - site.yearSummaries.get(2025)!.counts.dang_thuc_hien);
    expect(report.previousYear).toBe(2024);
  });

  it('counts places as communes on a one-province site, and as provinces when units span several', () => {
    const { report } = sample2025();
    expect(report.placeLevel).toBe('xa');
    const several = sampleSite((entries) => {
      entries[0]!.data.provinceCode = '01';
      entries[0]!.data.province = 'Thành phố Hà Nội';
    });
    const r = yearReport(several, 2025);
    expect(r.placeLevel).toBe('tinh');
    const keys = r.byPlace.map((p) => p.key).filter((k) => k !== 'tong');
    expect(keys).toContain('tinh:99');
    expect(keys.every((k) => k.startsWith('tinh:'))).toBe(true);
    expect(r.byPlace.at(-1)!.counts).toEqual(report.byPlace.at(-1)!.counts);
  });

  it('has no year before for the first year, and its tables then carry no such columns', () => {
    const { site } = sample2025();
    const first = yearReport(site, 2023);
    expect(first.previousYear).toBeNull();
    expect(first.byKind.every((r) => r.previous === null)).toBe(true);
    const [kinds] = reportTables(first, criterionStats(site, 2023));
    expect(kinds!.columns.some((c) => c.key.endsWith('_nam_truoc'))).toBe(false);
  });

  it('is made once per year and build', () => {
    const { site, report } = sample2025();
    expect(yearReport(site, 2025)).toBe(report);
    expect(criterionStats(site, 2025)).toBe(criterionStats(site, 2025));
  });

  it('lists the years by track, oldest first', () => {
    const { site, report } = sample2025();
    const years = reportHistory(site).map((p) => p.year);
    expect(years).toEqual([...years].sort());
    expect(reportHistory(site).find((p) => p.year === 2025 && p.track === 'dia_ban')!.thu_hoi).toBe(report.byKind.find((r) => r.key === 'khoi:dia_ban')!.counts.thu_hoi);
  });
});

describe('where points are lost', () => {
  it('covers each criteria set appraised that year, group by group, with shares of the maximum', () => {
    const stats = criterionStats(sampleSite(), 2025);
    expect(stats.map((s) => s.set.id)).toEqual(['3554-2025-dia-ban', '3554-2025-co-quan']);
    for (const s of stats) {
      expect(s.groups.reduce((t, g) => t + g.max, 0)).toBe(s.total.max);
      for (const g of s.groups) for (const c of g.criteria) if (c.averageShare !== null) expect(c.averageShare).toBeLessThanOrEqual(100);
    }
  });

  it('leaves out a year nobody was appraised in yet', () => {
    expect(criterionStats(sampleSite(), 2026)).toEqual([]);
  });
});

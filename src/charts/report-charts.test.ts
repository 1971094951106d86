import { describe, expect, it } from 'vitest';
import { criteriaChart } from './criteria-chart.ts';
import { historyChart } from './history-chart.ts';
import { normaliseSvg } from '../../tests/helpers/normalise-svg.ts';
import type { SetStats } from '../lib/site/criterion-stats.ts';
import type { HistoryPoint } from '../lib/site/year-report.ts';

const stat = (max: number, share: number | null, below: number, scored = 10) => ({ max, scored, averageAppraised: share === null ? null : (share / 100) * max, averageShare: share, belowMax: below, paired: scored, averageGap: 0.5 });
const STATS = {
  year: 2025,
  set: { id: '3554-2025-dia-ban' },
  track: 'dia_ban',
  units: 10,
  total: stat(10, 80, 6),
  groups: [
    { no: 1, name: 'Nhóm một', ...stat(5, 90, 3), criteria: [{ no: 1, ...stat(2, 100, 0) }, { no: 2, ...stat(3, 83.3, 3) }] },
    { no: 2, name: 'Nhóm <hai> & ba', ...stat(5, 70, 6), criteria: [{ no: 3, ...stat(5, 70, 6) }, { no: 4, ...stat(0, null, 0, 0) }] },
  ],
} as unknown as SetStats;

const POINTS: HistoryPoint[] = [
  { year: 2024, track: 'dia_ban', cong_nhan: 5, duy_tri: 2, khong_duy_tri: 1, thu_hoi: 0 },
  { year: 2024, track: 'co_quan', cong_nhan: 3, duy_tri: 3, khong_duy_tri: 0, thu_hoi: 0 },
  { year: 2025, track: 'dia_ban', cong_nhan: 5, duy_tri: 5, khong_duy_tri: 0, thu_hoi: 1 },
];

describe('the chart of where points are lost', () => {
  it('matches its snapshot', async () => {
    await expect(normaliseSvg(criteriaChart(STATS, { width: 360, id: 'c', subject: 'năm 2025' }))).toMatchFileSnapshot('./__snapshots__/criteria-chart.svg');
  });
  it('writes each share beside its bar, so it reads without colour, and names the weakest criterion', () => {
    const svg = criteriaChart(STATS, { width: 360, id: 'c', subject: 'năm 2025' });
    expect(svg).toContain('>83,3 %</text>');
    expect(svg).toContain('>chưa có điểm</text>');
    expect(svg).toContain('Thấp nhất: tiêu chí 3, 70 %.');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-title c-desc"/);
  });
});

describe('the chart of the years', () => {
  it('matches its snapshot', async () => {
    await expect(normaliseSvg(historyChart(POINTS, { width: 480, id: 'h' }))).toMatchFileSnapshot('./__snapshots__/history-chart.svg');
  });
  it('writes every count and a letter under every bar, a year without results of a track as zeros', () => {
    const svg = historyChart(POINTS, { width: 480, id: 'h' });
    expect(svg.match(/<title>[^<]*năm \d{4}: [^<]*<\/title>/g)).toHaveLength(2 * 2 * 4);
    expect(svg).toContain('<title>Cơ quan, doanh nghiệp, cơ sở giáo dục, năm 2025: Công nhận mới 0</title>');
    expect(svg).toContain('từ năm 2024 đến năm 2025');
  });
  it('draws no years without failing', () => {
    expect(historyChart([], { width: 480, id: 'h' })).toContain('<svg');
  });
});

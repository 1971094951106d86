import { describe, expect, it } from 'vitest';
import { cellTextColour, maintenanceChart, type MaintenanceChartRow } from './maintenance-chart.ts';
import { contrastRatio } from './contrast.ts';
import { normaliseSvg } from '../../tests/helpers/normalise-svg.ts';
import { OUTCOME_COLOURS, type Outcome } from '../schemas/vocabulary.ts';

const row = (name: string, outcomes: Record<number, Outcome>): MaintenanceChartRow => ({
  name,
  outcomeByYear: new Map(Object.entries(outcomes).map(([y, o]) => [Number(y), o])),
});

const ROWS = [
  row('Phường Sông Mây', { 2023: 'cong_nhan', 2024: 'duy_tri', 2025: 'duy_tri', 2026: 'dang_thuc_hien' }),
  row('Xã Đồng Lúa', { 2023: 'cong_nhan', 2024: 'khong_duy_tri', 2026: 'dang_thuc_hien' }),
  row('Công ty "A&B" <Hòn Mây>', { 2024: 'khong_cong_nhan', 2025: 'cong_nhan', 2026: 'thu_hoi' }),
];
const YEARS = [2023, 2024, 2025, 2026];

describe('the year-by-unit maintenance chart', () => {
  // Written on a developer's machine when missing; in CI (CI=true) a missing snapshot fails instead.
  it('matches its snapshot', async () => {
    await expect(normaliseSvg(maintenanceChart(ROWS, YEARS, { width: 440 }))).toMatchFileSnapshot('./__snapshots__/maintenance-chart.svg');
  });

  it('is an accessible image that scales with its container', () => {
    const svg = maintenanceChart(ROWS, YEARS, { width: 440, id: 'c' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-title c-desc"[^>]*viewBox="0 0 440 [\d.]+" width="100%"/);
    expect(svg).toContain('<title id="c-title">Kết quả từng năm của 3 đơn vị từng được công nhận từ năm 2023 đến năm 2026</title>');
    expect(svg).toMatch(/<desc id="c-desc">[^<]*Bảng bên dưới/);
  });

  it('escapes unit names and never lets data text open a tag', () => {
    const svg = maintenanceChart(ROWS, YEARS, { width: 440 });
    expect(svg).toContain('Công ty &quot;A&amp;B&quot; &lt;Hòn Mây&gt;');
    expect(svg).not.toContain('<Hòn Mây>');
  });

  it('draws one cell per year with a row and leaves the others empty', () => {
    const svg = maintenanceChart([ROWS[1]!], YEARS, { width: 440 });
    const grid = svg.slice(0, svg.lastIndexOf('<g><g>'));
    expect(grid.match(/<rect [^>]*rx="3"/g)).toHaveLength(3);
    expect(svg).toContain('Xã Đồng Lúa, năm 2025: Không có kết quả năm đó');
  });

  it('shortens a name too long for the label column but keeps it whole in the cell titles', () => {
    const long = 'Công ty TNHH Chế biến Thủy sản Hòn Mây và Dịch vụ Hậu cần Nghề cá';
    const svg = maintenanceChart([row(long, { 2025: 'cong_nhan' })], [2025], { width: 320 });
    expect(svg).toMatch(/>Công ty TNHH[^<]*…<\/text>/);
    expect(svg).toContain(`<title>${long}, năm 2025: Công nhận</title>`);
  });

  it('writes every cell letter with at least 4.5:1 contrast', () => {
    for (const [outcome, fill] of Object.entries(OUTCOME_COLOURS) as [Outcome, string][]) {
      expect(contrastRatio(fill, cellTextColour(outcome)), outcome).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('writes smaller year labels when the columns are too narrow for them', () => {
    expect(maintenanceChart(ROWS, YEARS, { width: 300 })).toContain('font-weight="600" font-size="11">2023</text>');
    expect(maintenanceChart(ROWS, YEARS, { width: 440 })).toContain('font-weight="600">2023</text>');
  });

  it('draws an empty chart without failing', () => {
    expect(maintenanceChart([], [], { width: 440 })).toContain('của 0 đơn vị');
  });
});

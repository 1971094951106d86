import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../validation/dataset.ts';
import { diffDatasets, reportMarkdown } from './publish-report.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/valid');
const load = (): Dataset => {
  const o = loadDataset({ dataDir: path.join(FIXTURE, 'data'), contentDir: path.join(FIXTURE, 'content') });
  if (!o.ok) throw new Error('fixture invalid');
  return o.dataset;
};

describe('the publish report', () => {
  it('reports nothing when the data did not change', () => {
    const d = load();
    expect(diffDatasets(d, d)).toEqual([]);
    expect(reportMarkdown([], 'lần trước')).toContain('Không có thay đổi');
  });
  it('names new recognitions, lapses and corrected scores', () => {
    const before = load();
    const after = structuredClone(before);
    after.results = after.results.map((r) =>
      r.unitId === 'phuong-a' && r.year === 2025 ? { ...r, outcome: 'khong_duy_tri' as const } : r.unitId === 'truong-c' && r.year === 2025 ? { ...r, appraisedTotal: 46 } : r,
    );
    before.results = before.results.filter((r) => !(r.unitId === 'xa-b' && r.year === 2025));
    const changes = diffDatasets(before, after);
    expect(changes.map((c) => [c.unitId, c.year, c.kind])).toEqual([
      ['phuong-a', 2025, 'lapsed'],
      ['xa-b', 2025, 'new-recognition'],
      ['truong-c', 2025, 'score-corrected'],
    ]);
    const md = reportMarkdown(changes, 'commit abc');
    expect(md).toContain('#### Công nhận mới (1)');
    expect(md).toContain('điểm thẩm định 50/50 → 46/50');
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/validation/dataset.ts';
import { fixture, summary } from '../../tests/helpers/fixture.ts';
import { copiedPlanRows } from './year-template.ts';

// Issue 12, point 2: targets and calendar copied from the year before are marked for checking; the
// plan's number and date are never silently reused.
describe('a new year\'s targets and calendar, copied from the year before', () => {
  it('say in their source that they were copied and must be checked against the new plan', () => {
    const f = fixture('sample');
    const o = loadDataset({ dataDir: f.dataDir, contentDir: path.join(f.root, 'content') });
    if (!o.ok) throw new Error(summary(o.problems).join('\n'));
    const last = Math.max(...o.dataset.targets.map((t) => t.year));
    const year = last + 1;
    const { targets, calendar } = copiedPlanRows(o.dataset, year);
    expect(targets.length).toBe(o.dataset.targets.filter((t) => t.year === last).length);
    expect(calendar.length).toBeGreaterThan(0);
    for (const row of [...targets, ...calendar]) {
      expect(row.nam).toBe(String(year));
      expect(row.nguon).toMatch(/^CẦN KIỂM TRA: chép từ kế hoạch năm \d{4} \(.+\)$/);
    }
    // Deadlines move into the new year; none keeps last year's date.
    for (const step of calendar.filter((s) => s.han !== '')) expect(step.han).toMatch(new RegExp(`/${year}$`));
    // Nothing is copied over a year that already has its own targets or calendar.
    expect(copiedPlanRows(o.dataset, last).targets).toEqual([]);
  });
});

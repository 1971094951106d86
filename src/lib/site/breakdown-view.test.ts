import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../schemas/criteria-set.ts';
import { breakdown } from './breakdown.ts';
import { averages, breakdownNotes, scoreCells } from './breakdown-view.ts';
import type { SetStats } from './criterion-stats.ts';

const set = {
  maxPoints: 20,
  groups: [
    { no: 1, name: 'Một', points: 17, criteria: [{ no: 1, points: 5, items: [] }, { no: 2, points: 12, items: [] }] },
    { no: 2, name: 'Hai', points: 3, criteria: [{ no: 3, points: 3, items: [] }] },
  ],
} as unknown as CriteriaSet;
const stat = (max: number, averageAppraised: number | null) => ({ max, scored: 4, averageAppraised, averageShare: null, belowMax: 0, paired: 0, averageGap: null });

describe('the score table as a unit page shows it', () => {
  it('names each number with its column, with decimal commas and a signed change', () => {
    const b = breakdown([{ criterion: 1, self: 5, appraised: 3.5, items: [] }], set);
    expect(scoreCells(b.groups[0]!.criteria[0]!)).toEqual([
      { value: '5/5', label: 'Tự chấm' },
      { value: '3,5/5', label: 'Thẩm định' },
      { value: '−1,5', label: 'Hội đồng thay đổi' },
      { value: '1,5', label: 'Còn thiếu' },
    ]);
  });

  it('says where the council changed the self-scores and where points are short, and nothing before appraisal', () => {
    const b = breakdown([{ criterion: 1, self: 5, appraised: 4, items: [] }, { criterion: 2, self: 12, appraised: 12, items: [] }, { criterion: 3, self: 2, appraised: 3, items: [] }], set);
    expect(breakdownNotes(b)).toEqual({
      changed: 'Hội đồng thẩm định chấm khác điểm tự chấm ở 2 tiêu chí: tiêu chí 1 (−1), tiêu chí 3 (+1); tổng cộng 0 điểm.',
      short: 'Còn thiếu so với điểm tối đa ở 1 tiêu chí: tiêu chí 1 (thiếu 1); tổng cộng thiếu 1 điểm.',
    });
    expect(breakdownNotes(breakdown([{ criterion: 1, self: 5, appraised: null, items: [] }], set))).toBeNull();
  });

  it('leaves out the sentence on changes when the unit gave no self-scores, and says when nothing is short', () => {
    const b = breakdown([{ criterion: 1, self: null, appraised: 5, items: [] }, { criterion: 2, self: null, appraised: 12, items: [] }, { criterion: 3, self: null, appraised: 3, items: [] }], set);
    expect(breakdownNotes(b)).toEqual({ changed: null, short: 'Đạt điểm tối đa ở mọi tiêu chí.' });
  });

  it("puts the year's average beside each group, criterion and the total, and nothing where none is known", () => {
    const stats = { total: stat(20, 15.25), groups: [{ no: 1, ...stat(17, 13), criteria: [{ no: 2, ...stat(12, 9.5) }] }] } as unknown as SetStats;
    const a = averages(stats);
    expect([a.group(1), a.group(2), a.criterion(2), a.criterion(1), a.total]).toEqual(['13/17', '', '9,5/12', '', '15,25/20']);
  });
});

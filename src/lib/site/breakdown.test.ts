import { describe, expect, it } from 'vitest';
import { breakdown, criterionSummary, itemSummary } from './breakdown.ts';
import type { CriteriaSet } from '../../schemas/criteria-set.ts';
import type { CriterionScore } from '../../schemas/result.ts';

const item = (no: number, points: number, text = `Nội dung ${no}`) => ({ no, text, points, maintenanceText: null });
const set = {
  maxPoints: 20,
  groups: [
    { no: 1, name: 'Một', points: 17, criteria: [{ no: 1, points: 5, items: [{ no: 1, text: 'Một hai ba bốn năm sáu bảy tám chín mười', points: 5, maintenanceText: 'Năm duy trì ngắn' }] }, { no: 2, points: 12, items: [item(1, 6), item(2, 6)] }] },
    { no: 2, name: 'Hai', points: 3, criteria: [{ no: 3, points: 3, items: [item(1, 3)] }] },
  ],
} as unknown as CriteriaSet;

describe('the score breakdown', () => {
  it('keeps what the council changed apart from what is short of the maximum', () => {
    // Self-scored 9 and appraised 9 out of 12: the council changed nothing, 3 points are short of the maximum.
    const b = breakdown([{ criterion: 2, self: 9, appraised: 9, items: [] }], set);
    const c2 = b.groups[0]!.criteria[1]!;
    expect(c2).toMatchObject({ max: 12, self: 9, appraised: 9, change: 0, shortfall: 3 });
    expect(b.changed).toEqual([]);
    expect(b.short.map((c) => c.criterion.no)).toEqual([2]);
  });

  it('signs the change: negative where the council gave less than the unit claimed, positive where more', () => {
    const b = breakdown([{ criterion: 1, self: 5, appraised: 3.5, items: [] }, { criterion: 3, self: 2, appraised: 3, items: [] }], set);
    expect(b.groups[0]!.criteria[0]).toMatchObject({ change: -1.5, shortfall: 1.5 });
    expect(b.groups[1]!.criteria[0]).toMatchObject({ change: 1, shortfall: 0 });
    expect(b.changed.map((c) => c.criterion.no)).toEqual([1, 3]);
  });

  it('reads groups and the total the same way as criteria: each column the sum of the rows below', () => {
    const scores: CriterionScore[] = [
      { criterion: 1, self: 5, appraised: 4, items: [] },
      { criterion: 2, self: 12, appraised: 9, items: [] },
      { criterion: 3, self: 3, appraised: 3, items: [] },
    ];
    const b = breakdown(scores, set);
    expect(b.groups[0]).toMatchObject({ max: 17, self: 17, appraised: 13, change: -4, shortfall: 4 });
    expect(b.groups[1]).toMatchObject({ max: 3, self: 3, appraised: 3, change: 0, shortfall: 0 });
    expect(b.total).toMatchObject({ max: 20, self: 20, appraised: 16, change: -4, shortfall: 4 });
  });

  it('leaves what is not known empty instead of counting it as zero', () => {
    const b = breakdown([{ criterion: 1, self: 5, appraised: null, items: [] }], set);
    expect(b.groups[0]!.criteria[0]).toMatchObject({ self: 5, appraised: null, change: null, shortfall: null });
    expect(b.groups[1]).toMatchObject({ self: null, appraised: null, change: null, shortfall: null });
    expect(b.total).toMatchObject({ self: 5, appraised: null, change: null, shortfall: null });
  });

  it('shows sub-items only where the data scores them, every item of that criterion', () => {
    const b = breakdown([{ criterion: 2, self: 12, appraised: 9, items: [{ item: 2, self: null, appraised: 3 }, { item: 1, self: null, appraised: 6 }] }, { criterion: 1, self: 5, appraised: 5, items: [] }], set);
    expect(b.groups[0]!.criteria[0]!.items).toEqual([]);
    const items = b.groups[0]!.criteria[1]!.items;
    expect(items.map((i) => [i.item.no, i.max, i.self, i.appraised, i.change, i.shortfall])).toEqual([
      [1, 6, null, 6, null, 0],
      [2, 6, null, 3, null, 3],
    ]);
  });

  it('summarises a criterion or a sub-item in a few words, with the maintenance wording in maintenance years', () => {
    const c = set.groups[0]!.criteria[0]!;
    expect(criterionSummary(c, false, 20)).toBe('Một hai ba bốn năm …');
    expect(criterionSummary(c, true)).toBe('Năm duy trì ngắn');
    expect(itemSummary(c.items[0]!, true)).toBe('Năm duy trì ngắn');
    expect(itemSummary(c.items[0]!, false, 12)).toBe('Một hai ba …');
  });
});

import { describe, expect, it } from 'vitest';
import { newestFirst, storiesByUnit } from './stories.ts';

const story = (id: string, date: string, title: string) => ({ id, data: { date, title } });

describe('the story list', () => {
  it('puts the newest story first', () => {
    const list = newestFirst([story('a', '2025-03-01', 'A'), story('b', '2026-01-05', 'B'), story('c', '2025-12-31', 'C')]);
    expect(list.map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });
  it('orders stories of the same day by title, Vietnamese order', () => {
    const list = newestFirst([story('d', '2026-01-05', 'Đêm trực'), story('e', '2026-01-05', 'Dân làng')]);
    expect(list.map((s) => s.id)).toEqual(['e', 'd']);
  });
  it('leaves the input as it was', () => {
    const input = [story('a', '2025-01-01', 'A'), story('b', '2026-01-01', 'B')];
    newestFirst(input);
    expect(input.map((s) => s.id)).toEqual(['a', 'b']);
  });
  it('groups stories by the unit they are about, newest first, leaving out stories about no unit', () => {
    const s = (id: string, date: string, unitId: string | null) => ({ id, data: { date, title: id, unitId } });
    const byUnit = storiesByUnit([s('a', '2025-01-01', 'xa-a'), s('b', '2026-01-01', null), s('c', '2026-02-01', 'xa-a'), s('d', '2024-01-01', 'xa-b')]);
    expect([...byUnit.keys()].sort()).toEqual(['xa-a', 'xa-b']);
    expect(byUnit.get('xa-a')!.map((x) => x.id)).toEqual(['c', 'a']);
  });
});

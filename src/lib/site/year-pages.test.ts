import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../schemas/vocabulary.ts';
import { YEAR_PAGE_SIZE } from './paginate.ts';
import { emptyCounts, type ResultLine, type YearSummary } from './site-index.ts';
import { yearPages } from './year-pages.ts';

// A national year: more lines than one page holds, outcomes interleaved as units come by name.
const outcomes: Outcome[] = ['duy_tri', 'cong_nhan', 'khong_cong_nhan'];
const lines = Array.from({ length: YEAR_PAGE_SIZE * 2 + 10 }, (_, i) => ({ unit: { id: `u-${i}` }, result: { outcome: outcomes[i % 3]! } }) as unknown as ResultLine);
const summary: YearSummary = { year: 2029, lines, counts: emptyCounts(), targets: [] };

describe('the pages of a year list', () => {
  const pages = yearPages(summary);
  it('hold every line once, grouped by outcome in the order of the page, by name within', () => {
    expect(pages).toHaveLength(3);
    const all = pages.flatMap((p) => p.items);
    expect(new Set(all).size).toBe(lines.length);
    const order = all.map((l) => l.result.outcome);
    expect(order.indexOf('duy_tri')).toBeGreaterThan(order.lastIndexOf('cong_nhan'));
    const recognised = all.filter((l) => l.result.outcome === 'cong_nhan').map((l) => Number(l.unit.id.slice(2)));
    expect(recognised).toEqual([...recognised].sort((a, b) => a - b));
  });
  it('tell each page how many lines of each outcome came before it, so numbering continues', () => {
    const recognised = lines.filter((l) => l.result.outcome === 'cong_nhan').length;
    expect(pages[0]!.before.size).toBe(0);
    // Page 2 starts inside the "maintained" section: all recognitions and part of the maintained came before.
    expect(pages[1]!.before.get('cong_nhan')).toBe(recognised);
    expect(pages[1]!.before.get('duy_tri')).toBe(YEAR_PAGE_SIZE - recognised);
  });
  it('is built once per year', () => {
    expect(yearPages(summary)).toBe(pages);
  });
});

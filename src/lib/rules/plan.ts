import { cellAt } from '../table.ts';
import type { RuleContext } from './context.ts';

/** Calendar deadlines fall around their plan year. */
export function plan(ctx: RuleContext): void {
  const { calendar } = ctx.sources;
  for (const { value: s, row } of calendar.rows) {
    const y = Number(s.due.slice(0, 4));
    if (y < s.year - 1 || y > s.year + 1) {
      ctx.problems.add({ ...cellAt(calendar.columns, row, 'han'), message: `Hạn ${s.due.split('-').reverse().join('/')} không thuộc năm ${s.year} (hoặc năm liền kề).`, hint: 'Kiểm tra năm của hạn hoặc cột nam.' });
    }
  }
}

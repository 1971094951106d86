import { cellAt } from '../table.ts';
import type { RuleContext } from './context.ts';

/** Each calendar step has a deadline or a period, and a deadline falls around its plan year. */
export function plan(ctx: RuleContext): void {
  const { calendar } = ctx.sources;
  for (const { value: s, row } of calendar.rows) {
    if (s.due === null) {
      if (s.period === null) ctx.problems.add({ ...cellAt(calendar.columns, row, 'han'), message: 'Bước không có hạn (han) cũng không có thời hạn (thoi_han).', hint: 'Ghi ngày hạn dạng dd/mm/yyyy, hoặc thời hạn như kế hoạch ghi ("Quý I", "Trước ngày 15/10 hằng năm").' });
      continue;
    }
    const y = Number(s.due.slice(0, 4));
    if (y < s.year - 1 || y > s.year + 1) {
      ctx.problems.add({ ...cellAt(calendar.columns, row, 'han'), message: `Hạn ${s.due.split('-').reverse().join('/')} không thuộc năm ${s.year} (hoặc năm liền kề).`, hint: 'Kiểm tra năm của hạn hoặc cột nam.' });
    }
  }
}

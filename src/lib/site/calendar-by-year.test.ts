import { describe, expect, it } from 'vitest';
import { calendarByYear } from './calendar-by-year.ts';
import type { CalendarStep } from '../../schemas/calendar.ts';

const step = (year: number, step: CalendarStep['step'], due: string | null, source = 'Kế hoạch 1', period: string | null = null): CalendarStep => ({ year, step, text: step, due, period, actor: null, level: null, source });

describe('the calendar by year', () => {
  it('puts the newest year first and each year in deadline order', () => {
    const out = calendarByYear([step(2025, 'ho_so', '2025-11-20'), step(2026, 'dang_ky', '2026-01-30'), step(2025, 'dang_ky', '2025-01-30')]);
    expect(out.map((y) => y.year)).toEqual([2026, 2025]);
    expect(out[1]!.steps.map((s) => s.step)).toEqual(['dang_ky', 'ho_so']);
  });
  it('orders steps due the same day as the cycle runs: recognition before the report', () => {
    const out = calendarByYear([step(2026, 'bao_cao', '2026-12-20'), step(2026, 'cong_nhan', '2026-12-20')]);
    expect(out[0]!.steps.map((s) => s.step)).toEqual(['cong_nhan', 'bao_cao']);
  });
  it('names the source once when every step of the year cites the same document', () => {
    expect(calendarByYear([step(2026, 'dang_ky', '2026-01-30'), step(2026, 'ho_so', '2026-11-20')])[0]!.commonSource).toBe('Kế hoạch 1');
    expect(calendarByYear([step(2026, 'dang_ky', '2026-01-30'), step(2026, 'ho_so', '2026-11-20', 'Kế hoạch 2')])[0]!.commonSource).toBeNull();
  });
  it('is empty without a calendar', () => {
    expect(calendarByYear([])).toEqual([]);
  });
  it('keeps a step given only a period in its place in the cycle', () => {
    const out = calendarByYear([step(2023, 'cong_nhan', '2023-10-20'), step(2023, 'dang_ky', null, 'Kế hoạch 1', 'Quý I')]);
    expect(out[0]!.steps.map((s) => s.step)).toEqual(['dang_ky', 'cong_nhan']);
  });
});

import { STEPS, type Step } from '../../schemas/vocabulary.ts';
import type { CalendarStep } from '../../schemas/calendar.ts';

export interface CalendarYear {
  year: number;
  steps: CalendarStep[];
  /** The document every step of the year cites, so a page can name it once; null when they differ. */
  commonSource: string | null;
}

const STEP_ORDER = Object.keys(STEPS) as Step[];

/** Steps by deadline; a step given only a period ("Quý I") keeps its place in the yearly cycle. */
export function compareSteps(a: CalendarStep, b: CalendarStep): number {
  return a.year - b.year || (a.due && b.due ? a.due.localeCompare(b.due) : 0) || STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step);
}

/** The calendar grouped by year, newest year first; each year's steps by deadline, then in the order of the cycle. */
export function calendarByYear(steps: readonly CalendarStep[]): CalendarYear[] {
  return [...Map.groupBy(steps, (s) => s.year).entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({
      year,
      steps: [...list].sort(compareSteps),
      commonSource: new Set(list.map((s) => s.source)).size === 1 ? list[0]!.source : null,
    }));
}

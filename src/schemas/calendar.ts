import { cell, table } from './cell.ts';
import { STEPS, type Step } from '../i18n/vocabulary.ts';

/** A dated step of the publishing body's yearly plan (lịch thực hiện). */
export interface CalendarStep {
  year: number;
  step: Step;
  text: string;
  /** ISO date of the deadline. */
  due: string;
  source: string;
}

/** `data/lich.csv`. */
export const calendarTable = table(
  {
    nam: cell.year(),
    buoc: cell.vocabulary(STEPS),
    noi_dung: cell.text(),
    han: cell.date(),
    nguon: cell.text(),
  },
  [],
  (r): CalendarStep => ({ year: r.nam, step: r.buoc, text: r.noi_dung, due: r.han, source: r.nguon }),
);

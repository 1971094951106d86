import { cell, table } from './cell.ts';
import { STEPS, type Step } from './vocabulary.ts';

/** A step of the publishing body's yearly plan (lịch thực hiện): its deadline or period, and who acts at which level. */
export interface CalendarStep {
  year: number;
  step: Step;
  text: string;
  /** ISO date of the deadline; null when the plan gives a period instead. */
  due: string | null;
  /** The plan's period when it gives no date ("Quý I", "Trước 15/10 hằng năm"). */
  period: string | null;
  /** Who does it (chủ trì), e.g. "Công an tỉnh". */
  actor: string | null;
  /** At which level (cấp), e.g. "Cấp tỉnh". */
  level: string | null;
  source: string;
}

/** `data/lich.csv`: a deadline (han) or a period (thoi_han), at least one. */
export const calendarTable = table(
  {
    nam: cell.year(),
    buoc: cell.vocabulary(STEPS),
    noi_dung: cell.text(),
    han: cell.optionalDate(),
    thoi_han: cell.optionalText(),
    chu_tri: cell.optionalText(),
    cap: cell.optionalText(),
    nguon: cell.text(),
  },
  ['han', 'thoi_han', 'chu_tri', 'cap'],
  (r): CalendarStep => ({ year: r.nam, step: r.buoc, text: r.noi_dung, due: r.han, period: r.thoi_han, actor: r.chu_tri, level: r.cap, source: r.nguon }),
);

import type { CalendarStep } from '../../schemas/calendar.ts';
import type { DossierDocument } from '../../schemas/dossier.ts';
import type { Plan } from '../../schemas/plan.ts';
import { calendarByYear } from './calendar-by-year.ts';
import { eligibilityText } from './eligibility-text.ts';
import { eligibilityYearOf } from '../validation/rules/eligibility.ts';

/** A year of the programme as its plan sets it: conditions to register, who decides, the dossier, the calendar. */
export interface PlanYear {
  year: number;
  plan: Plan | null;
  /** The registration conditions in words, each naming the year it reads; empty when the plan names none. */
  conditions: string[];
  dossier: DossierDocument[];
  steps: CalendarStep[];
  /** The source every calendar step cites, when they all cite one. */
  calendarSource: string | null;
}

/** The conditions of a year's plan in words. */
export function planConditions(plan: Plan): string[] {
  const of = eligibilityYearOf(plan, plan.year);
  const out: string[] = [];
  if (plan.safetyRequired) out.push(`Đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm ${of}`);
  if (plan.minClassification) out.push(`Xếp loại phong trào toàn dân bảo vệ ANTQ năm ${of} ${eligibilityText(plan.minClassification)}`);
  return out;
}

/** Every year that has a plan, a dossier or a calendar, newest first. */
export function planYears(plans: ReadonlyMap<number, Plan>, dossier: ReadonlyMap<number, DossierDocument[]>, calendar: readonly CalendarStep[]): PlanYear[] {
  const byYear = new Map(calendarByYear(calendar).map((y) => [y.year, y]));
  const years = [...new Set([...plans.keys(), ...dossier.keys(), ...byYear.keys()])].sort((a, b) => b - a);
  return years.map((year) => {
    const plan = plans.get(year) ?? null;
    const cal = byYear.get(year);
    return { year, plan, conditions: plan ? planConditions(plan) : [], dossier: dossier.get(year) ?? [], steps: cal?.steps ?? [], calendarSource: cal?.commonSource ?? null };
  });
}

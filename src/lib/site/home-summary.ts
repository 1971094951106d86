import type { CalendarStep } from '../../schemas/calendar.ts';
import type { Model } from '../../schemas/model.ts';
import { recognisedAny, type ResultLine, type Site, type YearSummary } from './site-index.ts';
import { isActive } from './models.ts';

/** Where a step of the year's plan stands on the build day: a step given only a period ("Quý I") is never called past or next. */
export type StepState = 'done' | 'next' | 'later';

/** What the home page shows, computed from the site index on the build day. */
export interface HomeSummary {
  /** Units holding the title now. */
  standing: number;
  /** The year the site follows, when it has results or targets. */
  current: YearSummary | undefined;
  /** Of the current year's units: building (xay_dung) and maintaining (duy_tri). */
  building: number;
  maintaining: number;
  /** The latest year with decisions: while the current year is under way, the public asks about it. */
  lastDecided: YearSummary | undefined;
  /** The current year's plan, each step with where it stands. */
  steps: { step: CalendarStep; state: StepState }[];
  /** The six newest recognitions. */
  latest: ResultLine[];
  /** Up to three active models, those with a photo first. */
  featured: Model[];
}

/** The home page's figures and lists; `today` is the build day (ISO), `hasPhoto` whether a model has a lead photo. */
export function homeSummary(site: Pick<Site, 'settings' | 'yearSummaries' | 'calendar' | 'recognitions' | 'models' | 'historyByUnit'>, today: string, hasPhoto: (slug: string) => boolean): HomeSummary {
  const year = site.settings.currentYear;
  const current = site.yearSummaries.get(year);
  const lastDecided = [...site.yearSummaries.values()].filter(recognisedAny).sort((a, b) => b.year - a.year)[0];
  const plan = site.calendar.filter((s) => s.year === year);
  const next = plan.find((s) => s.due !== null && s.due >= today);
  const steps = plan.map((step) => ({ step, state: (step.due !== null && step.due < today ? 'done' : step === next ? 'next' : 'later') as StepState }));
  // A showcase is seen before it is read: models with a photo first; the sort is stable, so equals keep their order.
  const featured = site.models
    .filter(isActive)
    .map((m, i) => ({ m, i, photo: hasPhoto(m.slug) }))
    .sort((a, b) => Number(!a.photo) - Number(!b.photo) || a.i - b.i)
    .slice(0, 3)
    .map(({ m }) => m);
  let standing = 0;
  for (const h of site.historyByUnit.values()) if (h.standing === 'standing') standing++;
  return {
    standing,
    current,
    building: current?.lines.filter((l) => l.result.stage === 'xay_dung').length ?? 0,
    maintaining: current?.lines.filter((l) => l.result.stage === 'duy_tri').length ?? 0,
    lastDecided,
    steps,
    latest: site.recognitions.slice(0, 6),
    featured,
  };
}

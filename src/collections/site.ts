import { getCollection } from 'astro:content';
import { buildSite, type Site } from '../lib/site/site-index.ts';

let site: Promise<Site> | undefined;

/** The site index, built once per build from the collections and shared by every page. */
export function getSite(): Promise<Site> {
  return (site ??= (async () => {
    const [settings, criteriaSets, units, models, targets, calendar, plans, dossier, awards] = await Promise.all([
      getCollection('settings'),
      getCollection('criteriaSets'),
      getCollection('units'),
      getCollection('models'),
      getCollection('targets'),
      getCollection('calendar'),
      getCollection('plans'),
      getCollection('dossier'),
      getCollection('awards'),
    ]);
    return buildSite({
      settings: settings[0]!.data,
      criteriaSets: criteriaSets.map((e) => e.data),
      units: units.map((e) => e.data),
      models: models.map((e) => e.data),
      targets: targets.map((e) => e.data),
      calendar: calendar.map((e) => e.data),
      plans: plans.map((e) => e.data),
      dossier: dossier.map((e) => e.data),
      awards: awards.map((e) => e.data),
    });
  })());
}

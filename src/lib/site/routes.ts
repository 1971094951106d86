/**
 * The site's route paths, relative to the base path. Pages and components link them with `link`
 * (collections/links.ts); lib code is given the base (or a linker bound to it, site/url.ts).
 */
export const routes = {
  /** The sections the menu lists. */
  years: 'nam/',
  maintenance: 'duy-tri/',
  models: 'mo-hinh/',
  criteria: 'tieu-chi/',
  process: 'quy-trinh/',
  stories: 'tin-bai/',
  search: 'tim-kiem/',
  data: 'du-lieu/',
  reports: 'bao-cao/',
  unit: (id: string) => `don-vi/${id}/`,
  year: (year: number | string) => `nam/${year}/`,
  report: (year: number) => `bao-cao/${year}/`,
  reportWorkbook: (year: number) => `bao-cao/${year}/bao-cao-${year}.xlsx`,
  model: (slug: string) => `mo-hinh/${slug}/`,
  modelType: (slug: string) => `mo-hinh/loai/${slug}/`,
  story: (slug: string) => `tin-bai/${slug}/`,
  verification: (code: string) => `xac-minh/${code}/`,
  dataFile: (name: string) => `du-lieu/${name}`,
  criteriaSetJson: (id: string) => `du-lieu/bo-tieu-chi/${id}.json`,
  /** The small pages other portals embed (publish/embed.ts). */
  embedUnit: (id: string) => `nhung/don-vi/${id}/`,
  embedYear: (year: number) => `nhung/nam/${year}/`,
  /** The share cards (lib/cards/share-cards.ts) a page names as its image. */
  ogUnit: (id: string) => `og/don-vi/${id}.png`,
  ogYear: (year: number) => `og/nam/${year}.png`,
} as const;

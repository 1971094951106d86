import { isCommuneKind, KINDS, OUTCOMES, STAGES, TRACKS } from '../../schemas/vocabulary.ts';
import { escapeXml } from '../text/escape-xml.ts';
import { formatDate } from '../text/format.ts';
import { nameSortKey } from './sort-key.ts';
import { appraisedShare, resultScoreText } from '../domain/result-score.ts';
import { ui } from '../../i18n/ui.ts';
import type { Site, UnitWithResults } from './site-index.ts';
import { standingSentence } from './standing.ts';
import { foldDiacritics } from '../text/strings.ts';
import { linker } from './url.ts';
import { communeValue, NAME_SORT, scoreMeta, scoreSort, SEARCH_CONTENT, SEARCH_FILTERS, YEAR_OUTCOME_FILTER, yearOutcome } from './search-filters.ts';
import { routes } from './routes.ts';

export { SEARCH_FILTERS } from './search-filters.ts';

/** A search entry for a unit, made from the data; `searchHtml` gives Pagefind its page. */
export interface SearchRecord {
  url: string;
  title: string;
  /** Kind and place, shown under the name in the results. */
  place: string;
  /** Where the unit stands: shown in the results instead of an excerpt. */
  summary: string;
  /** The rest of what the unit page says, searchable but not weighted. */
  content: string[];
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  /** Shown in the results, not searched: a year's scores with their maximum ("Năm 2025: thẩm định 47/50 (94 %)"). */
  meta: Record<string, string>;
}

/** A name as typed without any mark, when that differs from what Pagefind folds itself: it leaves "đ" alone. */
export function searchAlias(name: string): string | null {
  return /[đĐð]/.test(name) ? foldDiacritics(name) : null;
}

/** The search filters of a unit: the same in its search entry and wherever it is listed. */
export function unitFilters(unit: UnitWithResults): Record<string, string[]> {
  return {
    [SEARCH_FILTERS.noi_dung]: [SEARCH_CONTENT.unit],
    [SEARCH_FILTERS.loai]: [KINDS[unit.kind]],
    [SEARCH_FILTERS.nam]: unit.results.map((r) => String(r.year)),
    [SEARCH_FILTERS.ket_qua]: [...new Set(unit.results.map((r) => OUTCOMES[r.outcome]))],
    [YEAR_OUTCOME_FILTER]: unit.results.map((r) => yearOutcome(r.year, OUTCOMES[r.outcome])),
    ...placeFilters(unit.province, unit.commune),
  };
}

/** Province and commune filters of anything that belongs to a place (a unit, its models, its stories). */
export function placeFilters(province: string, commune: string): Record<string, string[]> {
  return { [SEARCH_FILTERS.tinh]: province ? [province] : [], [SEARCH_FILTERS.xa]: province && commune ? [communeValue(province, commune)] : [] };
}

/**
 * Unit search entries, made from the data rather than read back from the built pages: they can be
 * indexed while Astro is still building (at 35,000 units, reading the pages back took as long as
 * a third of the build). The text is what the unit page says about the unit, without score tables.
 */
export function unitSearchRecords(site: Site, base: string): SearchRecord[] {
  const link = linker(base);
  return site.units.map((unit) => {
    const history = site.historyByUnit.get(unit.id)!;
    const years = [...unit.results].reverse().map((r) => {
      const d = r.decision;
      const decision = d ? `, quyết định ${d.number ?? ''} ngày ${formatDate(d.date)}${d.body ? ` của ${d.body}` : ''}` : '';
      return `Năm ${r.year}: ${STAGES[r.stage]}, ${OUTCOMES[r.outcome]}${decision}.`;
    });
    const models = (site.modelsByUnit.get(unit.id) ?? []).map((m) => `Mô hình ${m.name} (${m.type}).`);
    const place = isCommuneKind(unit.kind) ? unit.province : `${unit.commune}, ${unit.province}`;
    const sort: Record<string, string> = { [NAME_SORT]: nameSortKey(unit.name) };
    // By share of the maximum, as lists sort: the two tracks score out of 100 and 50. Every result of
    // a year has a key, so no unit drops out of a list sorted by score; unscored ones come last.
    for (const r of unit.results) sort[scoreSort(r.year)] = String(appraisedShare(r) ?? -1);
    // A list sorted by score shows the score it is sorted by, with its maximum and share.
    const meta: Record<string, string> = {};
    for (const r of unit.results) {
      const score = resultScoreText(r);
      if (score) meta[scoreMeta(r.year)] = ui.yearScore(r.year, score);
    }
    return {
      url: link(routes.unit(unit.id)),
      title: unit.name,
      place: `${KINDS[unit.kind]} · ${place}`,
      summary: standingSentence(history),
      content: [`${TRACKS[unit.track]}.`, `Mã xã ${unit.communeCode}, mã tỉnh ${unit.provinceCode}.`, unit.address ? `Địa chỉ: ${unit.address}.` : '', ...years, ...models].filter(Boolean),
      filters: unitFilters(unit),
      sort,
      meta,
    };
  });
}

const attr = (s: string) => escapeXml(s);

/**
 * The page Pagefind indexes for an entry. The name is the heading, which Pagefind weighs most, so
 * a unit whose name matches comes before one that only mentions the words; its unmarked form
 * ("Xa Dong Lua") is weighed as much, so typing without "đ" finds it too.
 */
export function searchHtml(r: SearchRecord): string {
  const alias = searchAlias(r.title);
  return [
    '<!doctype html><html lang="vi"><body><main data-pagefind-body>',
    `<h1 data-pagefind-meta="title">${escapeXml(r.title)}</h1>`,
    alias ? `<p data-pagefind-weight="7">${escapeXml(alias)}</p>` : '',
    `<p data-pagefind-meta="place">${escapeXml(r.place)}</p>`,
    `<p data-pagefind-meta="summary">${escapeXml(r.summary)}</p>`,
    ...r.content.map((line) => `<p>${escapeXml(line)}</p>`),
    filterHtml(r.filters, r.sort, r.meta),
    '</main></body></html>',
  ].join('');
}

/**
 * Filters, sort keys and shown-only metadata as Pagefind reads them, kept out of the searchable text.
 * A value is the element's text, never split at its commas as the attribute form ("name:value,
 * name:value") is: "90,5/100" stays whole.
 */
export function filterHtml(filters: Record<string, string[]>, sort: Record<string, string> = {}, meta: Record<string, string> = {}): string {
  const spans = [
    ...Object.entries(filters).flatMap(([name, values]) => values.map((v) => `<span data-pagefind-filter="${attr(name)}">${escapeXml(v)}</span>`)),
    ...Object.entries(sort).map(([key, value]) => `<span data-pagefind-sort="${attr(key)}">${escapeXml(value)}</span>`),
    ...Object.entries(meta).map(([key, value]) => `<span data-pagefind-meta="${attr(key)}">${escapeXml(value)}</span>`),
  ];
  return `<div data-pagefind-ignore hidden>${spans.join('')}</div>`;
}

import { isCommuneKind, KINDS, OUTCOMES, STAGES, TRACKS } from '../i18n/vocabulary.ts';
import { formatDate } from './format.ts';
import type { Site, UnitWithResults } from './site-index.ts';
import { standingSentence } from './standing.ts';
import { href } from './url.ts';

/** A search entry given to Pagefind directly (its `addCustomRecord` shape). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The search filters of a unit: the same on its page and in its search entry. */
export function unitFilters(unit: UnitWithResults): Record<string, string[]> {
  return {
    'Nội dung': ['Đơn vị'],
    'Loại đơn vị': [KINDS[unit.kind]],
    Năm: unit.results.map((r) => String(r.year)),
    'Kết quả': [...new Set(unit.results.map((r) => OUTCOMES[r.outcome]))],
  };
}

/**
 * Unit search entries, made from the data rather than read back from the built pages: they can be
 * indexed while Astro is still building (at 35,000 units, reading the pages back took as long as
 * a third of the build). The text is what the unit page says about the unit, without score tables.
 */
export function unitSearchRecords(site: Site, base: string): SearchRecord[] {
  return site.units.map((unit) => {
    const history = site.historyByUnit.get(unit.id)!;
    const years = [...unit.results].reverse().map((r) => {
      const d = r.decision;
      const decision = d ? `, quyết định ${d.number ?? ''} ngày ${formatDate(d.date)}${d.body ? ` của ${d.body}` : ''}` : '';
      return `Năm ${r.year}: ${STAGES[r.stage]}, ${OUTCOMES[r.outcome]}${decision}.`;
    });
    const models = (site.modelsByUnit.get(unit.id) ?? []).map((m) => `Mô hình ${m.name} (${m.type}).`);
    const facts = [`${KINDS[unit.kind]}, ${TRACKS[unit.track]}, ${isCommuneKind(unit.kind) ? unit.province : `${unit.commune}, ${unit.province}`}.`, `Mã xã ${unit.communeCode}, mã tỉnh ${unit.provinceCode}.`, unit.address ? `Địa chỉ: ${unit.address}.` : ''];
    return {
      url: href(base, `don-vi/${unit.id}/`),
      content: [unit.name, standingSentence(history), ...facts, ...years, ...models].filter(Boolean).join('\n'),
      language: 'vi',
      meta: { title: unit.name },
      filters: unitFilters(unit),
    };
  });
}

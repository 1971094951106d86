import { KINDS, OUTCOMES } from '../../schemas/vocabulary.ts';
import { collator } from '../text/format.ts';
import type { Site } from './site-index.ts';

/** The search page's filter choices, over the whole site: every filter covers every unit, not a page. */
export interface SearchChoices {
  /** Kind labels the site's units have, in Vietnamese order. */
  kinds: string[];
  /** Years with results or targets, newest first. */
  years: number[];
  provinces: string[];
  /** Every outcome label, in the vocabulary's order. */
  outcomes: string[];
}

export function searchChoices(site: Pick<Site, 'units' | 'yearSummaries'>): SearchChoices {
  return {
    kinds: [...new Set(site.units.map((u) => KINDS[u.kind]))].sort(collator.compare),
    years: [...site.yearSummaries.keys()].sort((a, b) => b - a),
    provinces: [...new Set(site.units.map((u) => u.province).filter(Boolean))].sort(collator.compare),
    outcomes: Object.values(OUTCOMES),
  };
}

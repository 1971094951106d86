import type { UnitWithResults } from './site-index.ts';
import { recordStatus, statusWords, type RecordFacts, type StatusWords } from '../domain/verification.ts';

/**
 * What a verification page claims about a record: whether the recognition (or maintained year)
 * still stands today, and the words for it. A unit merged into another is read with its
 * successor's name (its code when the successor is not on the site).
 */
export function verificationStatus(
  unit: Pick<UnitWithResults, 'results' | 'mergedIn' | 'mergedInto'>,
  facts: RecordFacts,
  unitsById: ReadonlyMap<string, { name: string }>,
): StatusWords {
  const merged = unit.mergedIn !== null && unit.mergedInto ? { year: unit.mergedIn, into: unitsById.get(unit.mergedInto)?.name ?? unit.mergedInto } : null;
  return statusWords(facts, recordStatus(unit.results, facts.year, merged));
}

/** The record in a short phrase for the page's title: "công nhận năm 2023", "duy trì năm 2024". */
export function recordPhrase(facts: RecordFacts): string {
  return facts.kind === 'recognition' ? `công nhận năm ${facts.year}` : `duy trì năm ${facts.year}`;
}

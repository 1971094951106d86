import { foldDiacritics } from '../text/strings.ts';

/** Words as search compares them: no tone marks, "đ" as "d", lower case, punctuation as space. */
export function searchWords(text: string): string[] {
  return foldDiacritics(text.normalize('NFC'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The query given to Pagefind: "đ" as "d" (Pagefind folds tone marks itself but not "đ", and every
 * name with "đ" is indexed in its unmarked form too), extra spaces dropped.
 */
export function pagefindQuery(query: string): string {
  return query.normalize('NFC').replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D').replace(/\s+/g, ' ').trim();
}

/**
 * How well a name answers a query, from 0 (not by its name) up: the whole name typed scores most,
 * then the words in a row ("hoa an" in "Phường Hòa An"), then every word at the start of one of
 * the name's words, then every word somewhere in it. A shorter name covering the query is the
 * closer answer ("Phường Hòa An" before "Xã Hòa An Đông").
 */
export function nameMatch(query: string, name: string): number {
  const q = searchWords(query);
  const n = searchWords(name);
  if (q.length === 0 || n.length === 0) return 0;
  const coverage = Math.min(1, q.length / n.length);
  const joined = ` ${n.join(' ')} `;
  if (q.join(' ') === n.join(' ')) return 5;
  if (joined.includes(` ${q.join(' ')} `)) return 3 + coverage;
  if (q.every((w) => n.some((x) => x.startsWith(w)))) return 2 + coverage;
  if (q.every((w) => n.some((x) => x.includes(w)))) return 1 + coverage / 2;
  return 0;
}

/** Items in order of how well their names answer the query; Pagefind's order where they tie. */
export function rankByName<T>(items: readonly T[], query: string, nameOf: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, score: nameMatch(query, nameOf(item)) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.item);
}

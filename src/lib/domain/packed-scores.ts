import type { CriterionScore, RowScores } from '../../schemas/result.ts';
import { hasCriterion, slot } from './scores.ts';

/*
 * A year's per-criterion scores as one short string, the form the site keeps them in.
 *
 * Why: kept as objects, 35,000 units × 5 years × 20 criteria made Astro's content data store
 * 126 MB and its build 4.5 GB of memory (the store is held while syncing, bundled as a module and
 * parsed again for the pages). Packed, a result's scores are one string, unpacked only by the one
 * page that shows them.
 *
 * Form: criteria separated by ";", each "no:self/appraised", its sub-items (if any) in brackets
 * "(no:self/appraised,…)"; a missing score is empty. "1:3/3;2:2/1.5(1:1/1,2:1/0.5)".
 */

const num = (v: number | null) => (v === null ? '' : String(v));
const parse = (v: string) => (v === '' ? null : Number(v));

function pair(text: string, where: string): [number, number | null, number | null] {
  const m = /^(\d+):([^/]*)\/(.*)$/.exec(text);
  if (!m) throw new Error(`Điểm nén không hợp lệ: "${text}" trong "${where}"`);
  return [Number(m[1]), parse(m[2]!), parse(m[3]!)];
}

/** Packs a row of a score table straight into the string: no object per criterion on the way. */
export function packScores(scores: RowScores): string {
  let out = '';
  for (const c of scores.table.criteria) {
    if (!hasCriterion(scores, c)) continue;
    if (out !== '') out += ';';
    out += `${c.criterion}:${num(slot(scores, c.self))}/${num(slot(scores, c.appraised))}`;
    let items = '';
    for (const i of c.items) {
      const self = slot(scores, i.self);
      const appraised = slot(scores, i.appraised);
      if (self === null && appraised === null) continue;
      items += `${items === '' ? '' : ','}${i.item}:${num(self)}/${num(appraised)}`;
    }
    if (items !== '') out += `(${items})`;
  }
  return out;
}

export function unpackScores(packed: string): CriterionScore[] {
  if (packed === '') return [];
  return packed.split(';').map((part) => {
    const open = part.indexOf('(');
    const [criterion, self, appraised] = pair(open < 0 ? part : part.slice(0, open), packed);
    const items = open < 0 ? [] : part.slice(open + 1, -1).split(',').map((i) => {
      const [item, s, a] = pair(i, packed);
      return { item, self: s, appraised: a };
    });
    return { criterion, self, appraised, items };
  });
}

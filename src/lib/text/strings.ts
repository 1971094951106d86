/** The non-breaking spaces Excel and Word leave in cells. */
export const NON_BREAKING = /[\u00a0\u2007\u202f]/g;

/** Unicode NFC, trimmed, with Excel's non-breaking spaces turned into plain ones. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(NON_BREAKING, ' ').trim();
}

/** Lower-case ASCII without Vietnamese tone marks: "Phường Ấn Bình" → "phuong an binh". */
export function foldDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // "Đ" and the look-alike "Ð" (Icelandic eth) that Vietnamese typing sometimes produces.
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
    .toLowerCase();
}

/** A header or vocabulary key as editors may type it: "Mã đơn vị" and "ma-don-vi" both become "ma_don_vi". */
export function toKey(value: string): string {
  return foldDiacritics(cleanText(value)).replace(/[\s\-/]+/g, '_');
}

/** A URL slug from Vietnamese text: "Camera an ninh" → "camera-an-ninh". */
export function slugify(value: string): string {
  return foldDiacritics(cleanText(value))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The closest candidate by edit distance, if close enough to be a likely typo: about one edit in
 * four characters. A suggestion far from what was typed misleads more than none.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.round(word.length / 4)) + 1;
  for (const candidate of candidates) {
    // Cheap first: two words whose lengths differ by d are at least d edits apart. Then a distance
    // that gives up once it cannot beat the best: an editor's 2,000 mistyped ids against a national
    // list of 50,000 units took minutes with the full computation for every pair.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = editDistanceBelow(word, candidate, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

let row = new Int32Array(64);
/** The edit distance of a and b when it is below `limit`, else `limit`. */
function editDistanceBelow(a: string, b: string, limit: number): number {
  if (row.length <= b.length) row = new Int32Array(b.length * 2 + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      const v = Math.min(tmp + 1, row[j - 1]! + 1, prev + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      if (v < rowMin) rowMin = v;
      prev = tmp;
    }
    // Every later row is at least this row's smallest value.
    if (rowMin >= limit) return limit;
  }
  return Math.min(row[b.length]!, limit);
}

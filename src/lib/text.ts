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
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

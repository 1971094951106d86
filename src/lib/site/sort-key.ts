/**
 * A text key whose plain (code-unit) order is Vietnamese alphabetical order, as
 * `Intl.Collator('vi', { numeric: true })` orders names: for a sorter that only compares strings,
 * such as Pagefind's sort (the search page's "Theo tên"). Letters follow the Vietnamese alphabet
 * (a ă â b c d đ e ê … o ô ơ … u ư …), numbers compare by value ("số 2" before "số 10"), spaces and
 * punctuation before digits before letters; tone marks and then case only break ties.
 */
const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
const LETTER = new Map(ALPHABET.map((l, i) => [l, i.toString(16).padStart(2, '0')]));
/** Marks that make a letter of its own: breve (ă), circumflex (â ê ô), horn (ơ ư). */
const LETTER_MARKS = /[\u0306\u0302\u031b]/g;
/** Tone marks in the order the collator puts them: none, huyền, hỏi, ngã, sắc, nặng. */
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

export function nameSortKey(name: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  // One letter with all its marks at a time.
  for (const [cluster] of name.normalize('NFD').matchAll(/\d+|\P{M}\p{M}*/gu)) {
    if (/^\d/.test(cluster)) {
      const digits = cluster.replace(/^0+(?=\d)/, '');
      primary += `1${hex(digits.length, 2)}${digits}`;
      continue;
    }
    const base = cluster[0]!;
    const lower = base.toLowerCase();
    const marks = cluster.slice(1);
    if (/\p{L}/u.test(base)) {
      const letterMarks = (marks.match(LETTER_MARKS) ?? []).join('');
      const letter = LETTER.get((lower + letterMarks).normalize('NFC')) ?? LETTER.get(lower);
      primary += letter !== undefined ? `3${letter}` : `4${hex(lower.codePointAt(0)!, 6)}`;
      secondary += String(1 + TONES.findIndex((t) => marks.includes(t)));
      tertiary += base === lower ? '0' : '1';
    } else {
      // Spaces and punctuation: before digits and letters, in code-point order.
      primary += `0${hex(base.codePointAt(0)!, 6)}`;
    }
  }
  // "!" sorts before every class digit: a name that is the start of another comes first.
  return `${primary}!${secondary}!${tertiary}`;
}

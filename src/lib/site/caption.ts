/** A photo's caption and its photographer, as shown under it ("Ảnh: …"). */
export interface Caption {
  text: string | null;
  credit: string | null;
}

/**
 * Splits an inline image's title, written as `"Chú thích. Ảnh: Tên tác giả"`, at its last "Ảnh:"
 * (the credit line Vietnamese papers print under a photo). A title without it is all caption.
 */
export function splitCredit(title: string | null | undefined): Caption {
  const t = (title ?? '').normalize('NFC').trim();
  if (!t) return { text: null, credit: null };
  // The last "Ảnh:" that starts a word ("Hình ảnh:" in a caption is not a credit).
  const marks = [...t.matchAll(/(?<!\p{L})Ảnh\s*:/gu)];
  const last = marks.at(-1);
  if (!last) return { text: t, credit: null };
  const text = t.slice(0, last.index).replace(/[\s(–-]+$/u, '');
  const credit = t.slice(last.index + last[0].length).replace(/\)\s*$/, '').trim();
  return { text: text || null, credit: credit || null };
}

/**
 * The widths a content photo is published in. One set for every place a photo appears (story
 * text, a model's gallery, the thumbnail on a model's card), so the same photo is encoded once per
 * width however often it is shown: encoding is what a photo costs the build.
 *
 * The text column is at most ~680 CSS px wide: 720 covers it at device pixel ratio 1 and a 360 px
 * phone at ratio 2 (656 px), 1080 a phone at ratio 3, 1360 the column at ratio 2.
 */
export const PHOTO_WIDTHS = [480, 720, 1080, 1360] as const;
/** The JPEG (or PNG) fallback for browsers without WebP: two widths are enough for those few. */
export const FALLBACK_WIDTHS = [720, 1080] as const;

/** Sizes a photo has in the story text: the column, or the screen less its margins on a phone. */
export const PROSE_SIZES = '(min-width: 46rem) 42rem, calc(100vw - 2rem)';
/** A photo in a two-column gallery (one column on a phone). */
export const GALLERY_SIZES = '(min-width: 46rem) 21rem, calc(100vw - 2rem)';
/** A thumbnail on a model's card in a list. */
export const CARD_SIZES = '(min-width: 46rem) 22rem, calc(100vw - 2rem)';

/** Widths not larger than the original (never enlarged); the original's own width when it is smaller than all. */
export function widthsFor(originalWidth: number, wanted: readonly number[]): number[] {
  const fit = wanted.filter((w) => w < originalWidth);
  if (fit.length < wanted.length) fit.push(originalWidth);
  return [...new Set(fit)].sort((a, b) => a - b);
}

/** Height at a width, keeping the original's proportions. */
export function heightAt(width: number, original: { width: number; height: number }): number {
  return Math.round((width * original.height) / original.width);
}

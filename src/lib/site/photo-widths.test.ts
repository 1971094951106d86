import { describe, expect, it } from 'vitest';
import { FALLBACK_WIDTHS, heightAt, PHOTO_WIDTHS, widthsFor } from './photo-widths.ts';

describe('widthsFor', () => {
  it('publishes a phone photo in every width, none larger than 1360 px', () => {
    expect(widthsFor(4000, PHOTO_WIDTHS)).toEqual([480, 720, 1080, 1360]);
    expect(widthsFor(4000, FALLBACK_WIDTHS)).toEqual([720, 1080]);
  });
  it('never enlarges: a small picture stops at its own width', () => {
    expect(widthsFor(800, PHOTO_WIDTHS)).toEqual([480, 720, 800]);
    expect(widthsFor(300, PHOTO_WIDTHS)).toEqual([300]);
    expect(widthsFor(720, FALLBACK_WIDTHS)).toEqual([720]);
  });
  it('keeps proportions', () => {
    expect(heightAt(720, { width: 4000, height: 3000 })).toBe(540);
    expect(heightAt(480, { width: 3000, height: 4000 })).toBe(640);
  });
});

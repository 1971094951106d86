import { describe, expect, it } from 'vitest';
import { contrastRatio, textColourOn } from './contrast.ts';

describe('text colour on a coloured cell', () => {
  it('measures black on white as 21:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
  it('picks white on a dark blue and dark text on an orange', () => {
    expect(textColourOn('#0072b2')).toBe('#ffffff');
    expect(textColourOn('#e69f00')).toBe('#1b1b1f');
  });
  it('rejects a colour that is not #rrggbb', () => {
    expect(() => contrastRatio('blue', '#ffffff')).toThrow('#rrggbb');
  });
});

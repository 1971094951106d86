import { describe, expect, it } from 'vitest';
import { eligibilityText } from './eligibility-text.ts';

describe('the classification condition in words', () => {
  it('says "or better" below the top level', () => {
    expect(eligibilityText('kha')).toBe('từ mức “Khá” trở lên');
  });
  it('does not say "or better" for the top level', () => {
    expect(eligibilityText('xuat_sac')).toBe('đạt mức “Xuất sắc”');
  });
});

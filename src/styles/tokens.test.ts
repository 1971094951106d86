import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTCOME_COLOURS } from '../schemas/vocabulary.ts';
import { COLOURS } from './tokens.ts';

describe('the colours charts and cards draw with', () => {
  it('are the tokens of global.css', () => {
    const css = readFileSync(new URL('./global.css', import.meta.url), 'utf8');
    const token = (name: string) => css.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`))?.[1];
    expect({ text: token('color-text'), background: token('color-bg'), surface: token('color-surface'), brand: token('color-brand'), border: token('color-border'), link: token('color-link'), attention: token('outcome-thu_hoi-text'), sample: token('color-sample'), sampleBorder: token('color-sample-border'), rule: token('outcome-khong_cong_nhan') }).toEqual(COLOURS);
    expect(COLOURS.rule).toBe(OUTCOME_COLOURS.khong_cong_nhan);
  });
});

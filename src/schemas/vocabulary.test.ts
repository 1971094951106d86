import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTCOME_COLOURS, OUTCOMES } from './vocabulary.ts';

describe('the outcome colours', () => {
  it('are the --outcome-* tokens of global.css, one per outcome, so pages, charts and share cards agree', () => {
    const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
    const tokens = Object.fromEntries([...css.matchAll(/--outcome-([a-z_]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]));
    expect(tokens).toEqual(OUTCOME_COLOURS);
    expect(Object.keys(OUTCOME_COLOURS).sort()).toEqual(Object.keys(OUTCOMES).sort());
  });
});

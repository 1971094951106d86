import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTCOME_COLOURS, OUTCOME_TEXT_COLOURS, OUTCOMES } from './vocabulary.ts';

describe('the outcome colours', () => {
  it('are the --outcome-* tokens of global.css, one per outcome, so pages, charts and share cards agree', () => {
    const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
    const tokens = Object.fromEntries([...css.matchAll(/--outcome-([a-z_]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]));
    expect(tokens).toEqual(OUTCOME_COLOURS);
    expect(Object.keys(OUTCOME_COLOURS).sort()).toEqual(Object.keys(OUTCOMES).sort());
  });

  it('as text are the --outcome-*-text tokens, and every page and share card takes them from there', () => {
    const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
    const tokens = Object.fromEntries([...css.matchAll(/--outcome-([a-z_]+)-text:\s*(#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]));
    expect(tokens).toEqual(OUTCOME_TEXT_COLOURS);
    // Outside the tokens, no stylesheet retypes them.
    expect(css.replace(/--outcome-[a-z_]+-text:[^;]+;/g, '')).not.toMatch(new RegExp(Object.values(OUTCOME_TEXT_COLOURS).join('|')));
  });
});

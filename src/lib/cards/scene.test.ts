import { describe, expect, it } from 'vitest';
import { cardSvg, wrap } from './scene.ts';

describe('share cards', () => {
  it('wrap long names on word boundaries and mark what was cut', () => {
    expect(wrap('Trường Trung học phổ thông Lê Lợi', 20, 2)).toEqual(['Trường Trung học phổ', 'thông Lê Lợi']);
    expect(wrap('a b c d e f g h i j', 3, 2)).toEqual(['a b', 'c …']);
  });
  it('escape every text from the data', () => {
    const svg = cardSvg({ path: 'x.png', kicker: 'K', title: '<script>&', lines: ['"a"'], footer: 'f', accent: '#000' });
    expect(svg).toContain('&lt;script&gt;&amp;');
    expect(svg).toContain('&quot;a&quot;');
    expect(svg).not.toContain('<script>');
  });
});

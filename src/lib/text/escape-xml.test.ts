import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape-xml.ts';

describe('escaping data text for SVG', () => {
  it('replaces the five XML special characters', () => {
    expect(escapeXml(`Công ty "A&B" <Hòn Mây> 'cũ'`)).toBe('Công ty &quot;A&amp;B&quot; &lt;Hòn Mây&gt; &#39;cũ&#39;');
  });
  it('leaves ordinary Vietnamese text and existing-looking entities alone but escaped once', () => {
    expect(escapeXml('Phường Sông Mây')).toBe('Phường Sông Mây');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

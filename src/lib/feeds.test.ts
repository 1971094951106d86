import { describe, expect, it } from 'vitest';
import { rss, sitemap } from './feeds.ts';

describe('feeds', () => {
  it('escape every text from the data', () => {
    const out = rss({ title: '<T>', link: 'https://a/', description: '"&"', self: 'https://a/rss.xml' }, []);
    expect(out).toContain('<title>&lt;T&gt;</title>');
    expect(out).toContain('<description>&quot;&amp;&quot;</description>');
  });
  it('write a sorted sitemap', () => {
    expect(sitemap(['https://a/b/', 'https://a/'])).toContain('<url><loc>https://a/</loc></url>\n  <url><loc>https://a/b/</loc></url>');
  });
  it('write RSS newest first with RFC 822 dates in Vietnam time', () => {
    const out = rss({ title: 'T', link: 'https://a/', description: 'D', self: 'https://a/rss.xml' }, [
      { title: 'Cũ', link: 'https://a/1/', date: '2025-01-02', description: 'x' },
      { title: 'Mới <b>', link: 'https://a/2/', date: '2026-03-04', description: 'y' },
    ]);
    expect(out.indexOf('Mới &lt;b&gt;')).toBeLessThan(out.indexOf('Cũ'));
    expect(out).toContain('<pubDate>Tue, 03 Mar 2026 17:00:00 GMT</pubDate>');
  });
});

import { describe, expect, it } from 'vitest';
import { rss, sitemap, sitemapFiles } from './feeds.ts';

describe('feeds', () => {
  it('escape every text from the data', () => {
    const out = rss({ title: '<T>', link: 'https://a/', description: '"&"', self: 'https://a/rss.xml' }, []);
    expect(out).toContain('<title>&lt;T&gt;</title>');
    expect(out).toContain('<description>&quot;&amp;&quot;</description>');
  });
  it('write a sorted sitemap', () => {
    expect(sitemap(['https://a/b/', 'https://a/'])).toContain('<url><loc>https://a/</loc></url>\n  <url><loc>https://a/b/</loc></url>');
  });
  it('keep one sitemap.xml up to the limit, and above it an index of files of at most the limit each', () => {
    const urls = Array.from({ length: 7 }, (_, i) => `https://a/${i}/`);
    expect([...sitemapFiles(urls, (n) => `https://a/${n}`, 7).keys()]).toEqual(['sitemap.xml']);
    const files = sitemapFiles(urls, (n) => `https://a/${n}`, 3);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    const index = files.get('sitemap.xml')!;
    expect(index).toContain('<sitemapindex');
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://a/sitemap-1.xml', 'https://a/sitemap-2.xml', 'https://a/sitemap-3.xml']);
    // Every URL once, in order, none in the index itself.
    const listed = ['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml'].flatMap((n) => [...files.get(n)!.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(listed).toEqual([...urls].sort());
    expect(files.get('sitemap-3.xml')!.match(/<url>/g)).toHaveLength(1);
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

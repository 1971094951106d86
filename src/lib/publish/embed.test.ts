import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitEntries } from '../../collections/loader.ts';
import { loadDataset } from '../validation/dataset.ts';
import { embedPages } from './embed.ts';
import { buildSite } from '../site/site-index.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/valid');

describe('embed cards', () => {
  it('exist per unit and per year, escape the data and carry their own CSP', () => {
    const o = loadDataset({ dataDir: path.join(FIXTURE, 'data'), contentDir: path.join(FIXTURE, 'content') });
    if (!o.ok) throw new Error('fixture invalid');
    o.dataset.units[0]!.name = 'Phường <A> & "B"';
    const pages = embedPages(buildSite({ ...o.dataset, units: unitEntries(o.dataset).map((e) => e.data) }), 'https://so-ca.github.io', '/antq/');
    expect([...pages.keys()]).toContain('nhung/don-vi/phuong-a/index.html');
    expect([...pages.keys()]).toContain('nhung/nam/2025/index.html');
    const html = pages.get('nhung/don-vi/phuong-a/index.html')!;
    expect(html).toContain('<h1>Phường &lt;A&gt; &amp; &quot;B&quot;</h1>');
    expect(html).toContain('href="https://so-ca.github.io/antq/don-vi/phuong-a/"');
    expect(html).toMatch(/content-security-policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
    expect(html).not.toContain('<script');
  });
});

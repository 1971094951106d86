import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitEntries } from '../data/loader.ts';
import { loadDataset } from './dataset.ts';
import { unitFilters, unitSearchRecords } from './search-records.ts';
import { buildSite } from './site-index.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures');

describe('unit search records', () => {
  const outcome = loadDataset({ dataDir: `${FIXTURES}/valid/data`, contentDir: `${FIXTURES}/valid/content` });
  if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
  const d = outcome.dataset;
  const site = buildSite({ ...d, units: unitEntries(d).map((e) => e.data) });
  const records = unitSearchRecords(site, '/antq/');

  it('has one Vietnamese entry per unit, at its page under the base path, titled by its name', () => {
    expect(records).toHaveLength(site.units.length);
    for (const [i, r] of records.entries()) {
      const unit = site.units[i]!;
      expect(r.url).toBe(`/antq/don-vi/${unit.id}/`);
      expect(r.language).toBe('vi');
      expect(r.meta.title).toBe(unit.name);
      expect(r.content.startsWith(unit.name)).toBe(true);
      expect(r.filters).toEqual(unitFilters(unit));
    }
  });

  it('says what the unit page says: locality, each year with its outcome and decision', () => {
    const unit = site.units.find((u) => u.results.some((r) => r.decision?.number))!;
    const record = records.find((r) => r.url.endsWith(`/${unit.id}/`))!;
    expect(record.content).toContain(unit.locality);
    for (const r of unit.results) expect(record.content).toContain(`Năm ${r.year}:`);
    expect(record.content).toContain(unit.results.find((r) => r.decision?.number)!.decision!.number!);
  });
});

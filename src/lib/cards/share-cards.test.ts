import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitEntries } from '../../collections/loader.ts';
import { loadDataset } from '../validation/dataset.ts';
import { latestLine, shareCards } from './share-cards.ts';
import { buildSite } from '../site/site-index.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/valid');

describe('share cards', () => {
  const o = loadDataset({ dataDir: path.join(FIXTURE, 'data'), contentDir: path.join(FIXTURE, 'content') });
  if (!o.ok) throw new Error('fixture invalid');
  const site = buildSite({ ...o.dataset, units: unitEntries(o.dataset).map((e) => e.data) });

  it('show the latest year’s score with its maximum, the appraised one once there is one', () => {
    const lines = (id: string) => shareCards(site).find((c) => c.path === `og/don-vi/${id}.png`)!.lines;
    const school = site.unitsById.get('truong-c')!;
    expect(lines('truong-c').at(-1)).toBe(latestLine(school.results.at(-1)!));
    expect(latestLine({ ...school.results.at(-1)!, year: 2025, outcome: 'cong_nhan', appraisedTotal: 47, selfTotal: 49, maxPoints: 50 })).toBe('Năm 2025: Công nhận · thẩm định 47/50 (94 %)');
    expect(latestLine({ ...school.results.at(-1)!, year: 2026, outcome: 'dang_thuc_hien', appraisedTotal: null, selfTotal: 48.5, maxPoints: 50 })).toBe('Năm 2026: Đang thực hiện · tự chấm 48,5/50');
    // A residential area has no criteria set and no score: the line says the outcome alone.
    expect(lines('khu-d').at(-1)).toMatch(/^Năm \d{4}: [^·]+$/);
  });
});

import type { Model } from '../../src/schemas/model.ts';
import type { StoredResult } from '../../src/schemas/result.ts';
import type { Outcome } from '../../src/schemas/vocabulary.ts';
import { TRACK_OF_KIND } from '../../src/schemas/vocabulary.ts';
import { buildSite, type Site, type SiteInput, type UnitWithResults } from '../../src/lib/site/site-index.ts';

/** A year's result with only what a test names; the rest empty. */
export function result(year: number, outcome: Outcome, more: Partial<StoredResult> = {}): StoredResult {
  return {
    year,
    unitId: 'u',
    registered: true,
    stage: outcome === 'duy_tri' ? 'duy_tri' : 'xay_dung',
    safe: true,
    classification: 'xuat_sac',
    outcome,
    decision: outcome === 'cong_nhan' || outcome === 'duy_tri' ? { number: `${year}/QĐ`, date: `${year}-12-01`, body: 'UBND tỉnh' } : null,
    criteriaSetId: null,
    selfTotal: null,
    appraisedTotal: null,
    note: null,
    packedScores: '',
    maxPoints: null,
    ...more,
  };
}

/** A commune (xã) with the given results, oldest first. */
export function unit(id: string, results: StoredResult[] = [], more: Partial<UnitWithResults> = {}): UnitWithResults {
  const kind = more.kind ?? 'xa';
  return {
    id,
    name: `Xã ${id}`,
    kind,
    track: TRACK_OF_KIND[kind],
    provinceCode: '99',
    communeCode: '00001',
    province: 'Tỉnh Sông Mây',
    commune: `Xã ${id}`,
    locality: 'Tỉnh Sông Mây',
    address: null,
    mergedInto: null,
    mergedIn: null,
    results: results.map((r) => ({ ...r, unitId: id })),
    ...more,
  };
}

/** A model of a unit, active from 2023 unless told otherwise. */
export function model(slug: string, unitId: string, more: Partial<Model> = {}): Model {
  return { slug, name: `Mô hình ${slug}`, type: 'Camera an ninh', countsAs: [], unitId, startYear: 2023, endYear: null, locations: null, teams: null, summary: '', ...more };
}

/** A site index from a few inline units and models; every other dataset empty. */
export function tinySite(input: Partial<SiteInput> = {}): Site {
  return buildSite({
    settings: { title: 'Điển hình', publisher: 'Công an tỉnh', jurisdiction: 'tỉnh Sông Mây', provinces: null, siteUrl: 'https://a.example', basePath: '/', isSample: false, licence: 'CC BY 4.0', currentYear: 2025 },
    criteriaSets: [],
    units: [],
    models: [],
    targets: [],
    calendar: [],
    plans: [],
    dossier: [],
    awards: [],
    ...input,
  });
}

import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/helpers/fixture.ts';
import { readSettings } from './settings-file.ts';
import { siteLocation } from './site-config.ts';

describe('siteLocation', () => {
  it('takes the address from the settings as their schema reads them', () => {
    const f = fixture('valid');
    f.write('data/cai-dat.json', f.read('data/cai-dat.json').replace('"https://antq.example.gov.vn"', '"https://antq.example.gov.vn/"').replace('"duong_dan_goc": "/"', '"duong_dan_goc": "/antq/"'));
    expect(siteLocation(f.dataDir, {})).toEqual({ site: 'https://antq.example.gov.vn', base: '/antq/' });
    expect(siteLocation(f.dataDir, { SITE_URL: 'https://so-ca.github.io/', BASE_PATH: 'kho' })).toEqual({ site: 'https://so-ca.github.io', base: '/kho/' });
  });
  it('uses the defaults, not half-read settings, when the settings are invalid (validation says why)', () => {
    const f = fixture('valid');
    f.write('data/cai-dat.json', f.read('data/cai-dat.json').replace('"nam_hien_tai": 2026', '"nam_hien_tai": "2026"'));
    expect(readSettings(f.dataDir)).toMatchObject({ ok: false, issues: [{ path: ['nam_hien_tai'] }] });
    expect(siteLocation(f.dataDir, {})).toEqual({ site: 'https://example.invalid', base: '/' });
  });
});

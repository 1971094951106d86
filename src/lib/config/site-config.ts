import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the site is served: from the settings file, overridden by SITE_URL / BASE_PATH (CI, Pages). */
export function siteLocation(dataDir: string, env: Record<string, string | undefined> = process.env): { site: string; base: string } {
  let site = 'https://example.invalid';
  let base = '/';
  try {
    const settings = JSON.parse(readFileSync(path.join(dataDir, 'cai-dat.json'), 'utf8').replace(/^\uFEFF/, ''));
    site = settings.dia_chi_trang ?? site;
    base = settings.duong_dan_goc ?? base;
  } catch {
    // Validation reports a missing or broken settings file; the config only needs defaults.
  }
  site = (env.SITE_URL || site).replace(/\/+$/, '');
  base = env.BASE_PATH || base;
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  return { site, base };
}

import { readSettings } from './settings-file.ts';

/** Where the site is served: from the settings (their schema), overridden by SITE_URL / BASE_PATH (CI, Pages). */
export function siteLocation(dataDir: string, env: Record<string, string | undefined> = process.env): { site: string; base: string } {
  const read = readSettings(dataDir);
  // Invalid settings stop the build at validation, which says why; until then the defaults serve.
  const settings = read.ok ? read.settings : { siteUrl: 'https://example.invalid', basePath: '/' };
  const site = (env.SITE_URL || settings.siteUrl).replace(/\/+$/, '');
  let base = env.BASE_PATH || settings.basePath;
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  return { site, base };
}

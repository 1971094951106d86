import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { settingsSchema, type Settings } from '../../schemas/settings.ts';

/** The site settings file in a data folder. */
export const SETTINGS_FILE = 'cai-dat.json';

/** The settings as their schema reads them, or why they cannot be read. */
export type SettingsRead =
  | { ok: true; file: string; settings: Settings }
  | { ok: false; file: string; missing: true }
  | { ok: false; file: string; syntaxError: Error }
  | { ok: false; file: string; issues: readonly z.core.$ZodIssue[] };

/**
 * The one reader of `cai-dat.json`: the validator reports what is wrong with it, and the site's
 * address (astro.config.mjs, the build) is taken from the same parse, never from the raw JSON.
 */
export function readSettings(dataDir: string): SettingsRead {
  const file = path.join(dataDir, SETTINGS_FILE);
  if (!existsSync(file)) return { ok: false, file, missing: true };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '').normalize('NFC'));
  } catch (e) {
    return { ok: false, file, syntaxError: e as Error };
  }
  const parsed = settingsSchema.safeParse(data);
  return parsed.success ? { ok: true, file, settings: parsed.data } : { ok: false, file, issues: parsed.error.issues };
}

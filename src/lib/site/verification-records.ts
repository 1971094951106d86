import { escapeXml } from '../text/escape-xml.ts';
import { oncePer } from '../domain/memo.ts';
import { cachedQr } from '../cards/qr-cache.ts';
import { linker } from './url.ts';
import type { StoredResult } from '../../schemas/result.ts';
import type { Site, UnitWithResults } from './site-index.ts';
import { recordFacts, type RecordFacts } from '../domain/verification.ts';
import { routes } from './routes.ts';

/** The permanent code of a verification record: the unit and the year (recognised, or maintained). */
export function verificationCode(unitId: string, year: number): string {
  return `${unitId}-${year}`;
}

/** A decision the site publishes a verification record of: a recognition, or a maintained year. */
export interface VerificationRecord {
  unit: UnitWithResults;
  result: StoredResult;
  code: string;
  facts: RecordFacts;
}

/**
 * Every verification record with its code: each recognition (công nhận) and each maintained year
 * (duy trì). Built once per site: every verification page looks itself up here, and rebuilding the
 * map per page made the build quadratic in the number of recognitions.
 */
export const verificationRecords = oncePer((site: Site): Map<string, VerificationRecord> => {
  const records = new Map<string, VerificationRecord>();
  for (const unit of site.units) {
    for (const result of unit.results) {
      const facts = recordFacts(unit.results, result.year);
      if (!facts) continue;
      const code = verificationCode(unit.id, result.year);
      records.set(code, { unit, result, code, facts });
    }
  }
  return records;
});

/** Absolute URL of a verification page: what the QR code on a printed record points to. */
export function verificationUrl(siteUrl: string, base: string, code: string): string {
  return new URL(linker(base)(routes.verification(code)), siteUrl).href;
}

/** The QR code as an SVG element (attributes only, no inline style, so it passes the CSP). */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await cachedQr(text);
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeXml(label)}" width="160" height="160" `);
}

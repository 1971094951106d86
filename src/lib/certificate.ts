import { escapeXml } from './escape-xml.ts';
import { oncePer } from './memo.ts';
import { cachedQr } from './qr-cache.ts';
import { href } from './url.ts';
import type { Site, ResultLine } from './site-index.ts';

/** The permanent code of a recognition: the unit and the year it was recognised. */
export function verificationCode(unitId: string, year: number): string {
  return `${unitId}-${year}`;
}

/**
 * Every recognition (công nhận) with its code, for the verification and certificate pages. Built
 * once per site: every verification page looks itself up here, and rebuilding the map per page
 * made the build quadratic in the number of recognitions.
 */
export const recognitionsByCode = oncePer(
  (site: Site): Map<string, ResultLine> => new Map(site.recognitions.map((line) => [verificationCode(line.unit.id, line.result.year), line])),
);

/** Absolute URL of a verification page: what the QR code on a printed certificate points to. */
export function verificationUrl(siteUrl: string, base: string, code: string): string {
  return new URL(href(base, `xac-minh/${code}/`), siteUrl).href;
}

/** The QR code as an SVG element (attributes only, no inline style, so it passes the CSP). */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await cachedQr(text);
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeXml(label)}" width="160" height="160" `);
}

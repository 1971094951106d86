import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';

/**
 * QR codes kept on disk by the text they encode. Nationally there are ~25,000 verification pages
 * and a QR code costs ~1 ms (most of it choosing the mask), 10 % of Astro's rendering: the card
 * workers draw them into this cache on the spare core while Astro renders other pages, and a
 * rebuild finds them drawn. A page whose code is not in the cache draws it itself.
 */
export const QR_CACHE_DIR = path.join('node_modules', '.cache', 'antq-qr');
/** Part of every key: a change to how codes are drawn draws them all again. */
const QR_RENDERER = 'qrcode-1.5/svg/M/margin-2';

export function qrCacheFile(text: string, dir = QR_CACHE_DIR): string {
  return path.join(dir, `${createHash('sha256').update(QR_RENDERER).update('\0').update(text).digest('hex').slice(0, 32)}.svg`);
}

/** The QR code of `text` as qrcode draws it (an <svg> element with a path). */
export async function drawQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** Draws the code into the cache (written under a temporary name, then renamed). */
export async function cacheQr(text: string, dir = QR_CACHE_DIR): Promise<string> {
  const svg = await drawQr(text);
  const file = qrCacheFile(text, dir);
  mkdirSync(dir, { recursive: true });
  // Astro and a card worker may draw the same code at once: each writes its own temporary file.
  const tmp = `${file}.${randomUUID()}.tmp`;
  writeFileSync(tmp, svg);
  renameSync(tmp, file);
  return svg;
}

/** From the cache when there, else drawn and kept. */
export async function cachedQr(text: string, dir = QR_CACHE_DIR): Promise<string> {
  const file = qrCacheFile(text, dir);
  return existsSync(file) ? readFileSync(file, 'utf8') : cacheQr(text, dir);
}

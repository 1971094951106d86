import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * What a picture file is, read from its bytes before the build: the build's image pipeline
 * (sharp) is told to decode whatever it gets (`failOn: 'none'`), so a truncated photo would be
 * published half grey, and a format it cannot decode (an iPhone's HEIC) would be copied out
 * unchanged, with the GPS position it carries. Only the head and the tail of a file are read: a
 * national site has hundreds of photos of several MB each, and validation must stay quick.
 */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'svg';

export type ImageInspection =
  | { ok: true; format: ImageFormat; width: number | null; height: number | null; bytes: number }
  | { ok: false; reason: 'missing' | 'heic' | 'unsupported' | 'corrupt' | 'too-large'; bytes: number; detail?: string };

/** Larger files are refused: a phone photo is 2–8 MB; 20 MB is a RAW file or a scan to be resized first. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Larger pictures are refused too: decoding 50 million pixels takes ~200 MB and seconds per size made. */
export const MAX_IMAGE_PIXELS = 50_000_000;

const HEAD = 256 * 1024;
const TAIL = 64 * 1024;

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/** ISO base media files (HEIC, HEIF, AVIF): "ftyp" then a brand. */
function heifBrand(head: Buffer): string | null {
  if (head.length < 12 || head.toString('latin1', 4, 8) !== 'ftyp') return null;
  return head.toString('latin1', 8, 12);
}

/**
 * Walks a JPEG's markers up to the start of the image data: the frame header gives the size.
 * Returns null when the structure is broken (a file cut short in its header, or not a JPEG).
 */
function jpegHeader(fd: number, bytes: number): { width: number; height: number; scanStart: number } | null {
  let head = readAt(fd, 0, Math.min(bytes, HEAD));
  let at = 2;
  let size: { width: number; height: number } | null = null;
  for (;;) {
    // Metadata blocks (EXIF, ICC profiles, a maker's preview) can push the image data past the head.
    if (at + 4 > head.length) {
      if (head.length >= bytes) return null;
      head = readAt(fd, 0, Math.min(bytes, head.length * 4));
      continue;
    }
    if (head[at] !== 0xff) return null;
    const marker = head[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xd9) return null; // end of image before any image data
    const length = head.readUInt16BE(at + 2);
    if (length < 2) return null;
    // Start-of-frame markers (not DHT C4, JPG C8, DAC CC): height and width follow the precision byte.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > head.length) {
        if (head.length >= bytes) return null;
        head = readAt(fd, 0, Math.min(bytes, head.length * 4));
        continue;
      }
      size = { height: head.readUInt16BE(at + 5), width: head.readUInt16BE(at + 7) };
    }
    if (marker === 0xda) return size ? { ...size, scanStart: at + 2 + length } : null;
    at += 2 + length;
    if (at > bytes) return null;
  }
}

/** Whether an end-of-image marker follows the image data: a photo cut short in copying has none. */
function jpegHasEnd(fd: number, bytes: number, scanStart: number): boolean {
  // Usually the last two bytes; some phones append their own data after it, so look further back.
  const tailStart = Math.max(scanStart, bytes - TAIL);
  const tail = readAt(fd, tailStart, bytes - tailStart);
  for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
  if (tailStart === scanStart) return false;
  const rest = readAt(fd, scanStart, tailStart - scanStart + 1);
  for (let i = rest.length - 2; i >= 0; i--) if (rest[i] === 0xff && rest[i + 1] === 0xd9) return true;
  return false;
}

/** PNG: chunks walked by their lengths (skipping the pixel data) down to the closing IEND chunk. */
function pngSize(fd: number, bytes: number): { width: number; height: number } | null {
  const head = readAt(fd, 0, 33);
  if (head.length < 33 || head.toString('latin1', 12, 16) !== 'IHDR') return null;
  const size = { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
  let at = 8;
  const chunk = Buffer.alloc(8);
  while (at + 12 <= bytes) {
    if (readSync(fd, chunk, 0, 8, at) < 8) return null;
    const type = chunk.toString('latin1', 4, 8);
    if (type === 'IEND') return size;
    at += 12 + chunk.readUInt32BE(0);
  }
  return null;
}

/** WebP: the RIFF header states the file's length; a file cut short is shorter than it says. */
function webpSize(head: Buffer, bytes: number): { width: number | null; height: number | null } | null {
  if (head.readUInt32LE(4) + 8 > bytes) return null;
  const kind = head.toString('latin1', 12, 16);
  if (kind === 'VP8X' && head.length >= 30) return { width: head.readUIntLE(24, 3) + 1, height: head.readUIntLE(27, 3) + 1 };
  if (kind === 'VP8 ' && head.length >= 30) return { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff };
  if (kind === 'VP8L' && head.length >= 25) {
    const b = head.readUInt32LE(21);
    return { width: (b & 0x3fff) + 1, height: ((b >> 14) & 0x3fff) + 1 };
  }
  return { width: null, height: null };
}

/** Reads what the build needs to know of a picture file: that it exists, its format, that it is whole. */
export function inspectImage(file: string, maxBytes = MAX_IMAGE_BYTES): ImageInspection {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return { ok: false, reason: 'missing', bytes: 0 };
  }
  try {
    const stat = fstatSync(fd);
    const bytes = stat.size;
    if (!stat.isFile()) return { ok: false, reason: 'missing', bytes: 0 };
    const head = readAt(fd, 0, Math.min(bytes, 64));
    const brand = heifBrand(head);
    if (brand && /^(hei[cxsm]|hev[cxsm]|mif1|msf1|heif)$/.test(brand)) return { ok: false, reason: 'heic', bytes };
    if (bytes > maxBytes) return { ok: false, reason: 'too-large', bytes };
    if (bytes === 0) return { ok: false, reason: 'corrupt', bytes, detail: 'tệp rỗng (0 byte)' };
    let result: { width: number | null; height: number | null } | null;
    let format: ImageFormat;
    if (head[0] === 0xff && head[1] === 0xd8) {
      format = 'jpeg';
      const h = jpegHeader(fd, bytes);
      result = h && jpegHasEnd(fd, bytes, h.scanStart) ? h : null;
    } else if (head.toString('latin1', 0, 8) === '\x89PNG\r\n\x1a\n') {
      format = 'png';
      result = pngSize(fd, bytes);
    } else if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') {
      format = 'webp';
      result = webpSize(readAt(fd, 0, 32), bytes);
    } else if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(readAt(fd, 0, Math.min(bytes, 4096)).toString('utf8').replace(/^\uFEFF/, ''))) {
      return { ok: true, format: 'svg', width: null, height: null, bytes };
    } else {
      return brand ? { ok: false, reason: 'unsupported', bytes, detail: brand } : { ok: false, reason: 'corrupt', bytes };
    }
    if (!result || result.width === 0 || result.height === 0) return { ok: false, reason: 'corrupt', bytes };
    if (result.width !== null && result.height !== null && result.width * result.height > MAX_IMAGE_PIXELS) {
      return { ok: false, reason: 'too-large', bytes, detail: `${result.width}×${result.height}` };
    }
    return { ok: true, format, width: result.width, height: result.height, bytes };
  } finally {
    closeSync(fd);
  }
}

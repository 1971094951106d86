import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const FILTER_NONE = 0;
const FILTER_UP = 2;
const COLOUR_INDEXED = 3;
const COLOUR_RGBA = 6;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Scanlines of `bytesPerRow` bytes, each preceded by its filter: a row equal to the row above is
 * written as "Up" (all zeros), any other row as it is ("None"). Rows are only compared and copied
 * (memcmp, memcpy), never walked byte by byte in JavaScript.
 */
function filterRows(pixels: Buffer, bytesPerRow: number, height: number): Buffer {
  const raw = Buffer.alloc((bytesPerRow + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * bytesPerRow, (y + 1) * bytesPerRow);
    const out = y * (bytesPerRow + 1);
    if (y > 0 && row.equals(pixels.subarray((y - 1) * bytesPerRow, y * bytesPerRow))) raw[out] = FILTER_UP;
    else {
      raw[out] = FILTER_NONE;
      row.copy(raw, out + 1);
    }
  }
  return raw;
}

/** The IHDR chunk's data: 8 bits per channel or index. */
function imageHeader(width: number, height: number, colourType: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = colourType;
  return header;
}

/**
 * An RGBA raster as a PNG, fast rather than small. Share cards are mostly flat colour, so most
 * rows repeat the one above (see `filterRows`) and the zeros deflate at level 1 to almost nothing:
 * about a tenth of resvg's own encoder time, which tries every filter at full compression, for a
 * file a little larger.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number, level = 1): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: ${rgba.length} bytes for ${width}×${height}`);
  const raw = filterRows(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), width * 4, height);
  return Buffer.concat([SIGNATURE, chunk('IHDR', imageHeader(width, height, COLOUR_RGBA)), chunk('IDAT', deflateSync(raw, { level })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A raster of palette indexes (one byte a pixel) as an indexed-colour PNG, rows filtered by
 * `filterRows`. `palette` holds 0xrrggbb colours, at most 256.
 */
export function encodeIndexedPng(indexes: Uint8Array, width: number, height: number, palette: readonly number[], level = 3): Buffer {
  if (indexes.length !== width * height) throw new Error(`encodeIndexedPng: ${indexes.length} bytes for ${width}×${height}`);
  if (palette.length === 0 || palette.length > 256) throw new Error(`encodeIndexedPng: ${palette.length} colours`);
  const raw = filterRows(Buffer.from(indexes.buffer, indexes.byteOffset, indexes.byteLength), width, height);
  const plte = Buffer.alloc(3 * palette.length);
  palette.forEach((c, i) => plte.set([(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff], 3 * i));
  return Buffer.concat([SIGNATURE, chunk('IHDR', imageHeader(width, height, COLOUR_INDEXED)), chunk('PLTE', plte), chunk('IDAT', deflateSync(raw, { level })), chunk('IEND', Buffer.alloc(0))]);
}

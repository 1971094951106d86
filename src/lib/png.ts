import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An opaque RGBA raster (alpha is dropped) as an RGB PNG. Share cards are mostly flat colour, so
 * each row is filtered against the row above ("Up"): a row like the one before becomes zeros that
 * deflate at its fastest level packs to almost nothing. resvg's own encoder searches every filter
 * at full compression; this takes about a third of its time for a file of similar size.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number, level = 1): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: ${rgba.length} bytes for ${width}×${height}`);
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  const prev = new Uint8Array(stride);
  const row = new Uint8Array(stride);
  for (let y = 0, o = 0; y < height; y++) {
    raw[o++] = 2; // filter type Up
    for (let x = 0, i = y * width * 4, j = 0; x < width; x++, i += 4, j += 3) {
      row[j] = rgba[i]!;
      row[j + 1] = rgba[i + 1]!;
      row[j + 2] = rgba[i + 2]!;
    }
    for (let j = 0; j < stride; j++) raw[o++] = (row[j]! - prev[j]!) & 0xff;
    prev.set(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level })), chunk('IEND', Buffer.alloc(0))]);
}

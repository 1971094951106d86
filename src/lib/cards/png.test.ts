import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng, encodePng } from './png.ts';

function decode(png: Buffer) {
  const img = PNG.sync.read(png);
  return { width: img.width, height: img.height, data: new Uint8Array(img.data) };
}

describe('encodePng', () => {
  it('round-trips every pixel of an opaque raster, flat or noisy', () => {
    const width = 37;
    const height = 23;
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < rgba.length; i += 4) {
      const p = i / 4;
      // Flat bands, then noise: both the zero rows and the wrap-around of the Up filter are exercised.
      const v = p < width * 8 ? 200 : (p * 7919) % 256;
      rgba.set([v, 255 - v, (v * 3) & 0xff, 255], i);
    }
    const out = decode(encodePng(rgba, width, height));
    expect(out.width).toBe(width);
    expect(out.height).toBe(height);
    expect(out.data).toEqual(rgba);
  });

  it('refuses a raster whose size does not match', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes for 2×2/);
  });

  it('writes an indexed raster whose pixels decode to its palette colours', () => {
    const width = 29;
    const height = 11;
    const palette = [0xffffff, 0x9b1c1c, 0x1b1b1f];
    const indexes = new Uint8Array(width * height).map((_, p) => (p < width * 4 ? 0 : (p * 31) % 3));
    const out = decode(encodeIndexedPng(indexes, width, height, palette));
    expect([out.width, out.height]).toEqual([width, height]);
    for (let p = 0; p < indexes.length; p++) {
      const c = palette[indexes[p]!]!;
      expect([...out.data.subarray(4 * p, 4 * p + 4)]).toEqual([c >> 16, (c >> 8) & 0xff, c & 0xff, 255]);
    }
    expect(() => encodeIndexedPng(indexes, width, height, [])).toThrow(/0 colours/);
  });
});

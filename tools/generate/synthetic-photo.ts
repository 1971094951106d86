import sharp from 'sharp';

/**
 * A photo-like JPEG for tests and the benchmark: large soft shapes (a small random picture
 * enlarged) under fine grain, so it compresses like a phone photo (several MB at 4000×3000), not
 * like a flat colour. Clearly not a picture of anyone or anywhere. `seed` makes each one different.
 * `grain` may be shared between calls of one size (making it is most of the cost).
 */
export async function syntheticPhoto(width: number, height: number, seed: number, options: { grain?: Buffer; exif?: Record<string, Record<string, string>>; xmp?: string; quality?: number } = {}): Promise<Buffer> {
  const small = 24;
  const raw = Buffer.alloc(small * small * 3);
  let x = (seed * 2654435761) >>> 0;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    raw[i] = x >>> 24;
  }
  const shapes = await sharp(raw, { raw: { width: small, height: small, channels: 3 } }).resize(width, height, { kernel: 'cubic', fit: 'fill' }).raw().toBuffer();
  const grain = options.grain ?? (await photoGrain(width, height));
  let photo = sharp(shapes, { raw: { width, height, channels: 3 } }).composite([{ input: grain, raw: { width, height, channels: 3 }, blend: 'overlay' }]);
  if (options.exif) photo = photo.withExif(options.exif);
  if (options.xmp) photo = photo.withXmp(options.xmp);
  return photo.jpeg({ quality: options.quality ?? 92 }).toBuffer();
}

/** Fine grain for `syntheticPhoto`, as raw RGB. */
export function photoGrain(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 128, sigma: 26 } } }).raw().toBuffer();
}

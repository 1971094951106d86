import { existsSync, mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PHONE_MARKERS, phonePhoto } from '../../../tests/helpers/photo.ts';
import { tempDir } from '../../../tests/helpers/temp.ts';
import { MASTER_SIDE, photoMasters } from './photo-masters.ts';

describe('photo masters (the copies Astro resizes)', () => {
  it('gives Astro an upright copy of a content photo, at most 1600 px, without metadata, made once', async () => {
    const dir = tempDir('antq-master-');
    const content = path.join(dir, 'content');
    mkdirSync(path.join(content, 'mo-hinh/anh'), { recursive: true });
    const original = path.join(content, 'mo-hinh/anh/tuan-tra.jpg');
    writeFileSync(original, await phonePhoto(3000, 4000, 3));
    const plugin = photoMasters({ contentDir: content, cacheDir: path.join(dir, 'cache') });
    const importer = path.join(content, 'mo-hinh/camera-a.mdx');

    const id = (await plugin.resolveId('./anh/tuan-tra.jpg?astroContentImageFlag', importer))!;
    const [master, query] = id.split('?');
    expect(query).toBe('astroContentImageFlag');
    expect(path.basename(master!)).toMatch(/^tuan-tra\.[0-9a-f]{10}\.jpg$/);
    const meta = await sharp(master!).metadata();
    expect([meta.width, meta.height]).toEqual([1200, MASTER_SIDE]);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    const text = (await import('node:fs')).readFileSync(master!).toString('latin1');
    for (const marker of PHONE_MARKERS) expect(text).not.toContain(marker);

    // Found again without being made again; its time is renewed, so the build's pruning keeps it.
    const old = new Date(2020, 0, 1);
    utimesSync(master!, old, old);
    const again = (await plugin.resolveId(original, undefined))!;
    expect(again).toBe(master);
    expect(statSync(master!).mtimeMs).toBeGreaterThan(old.getTime() + 1000);
  });

  it('leaves alone what is not a photo of the content folder', async () => {
    const dir = tempDir('antq-master-');
    const content = path.join(dir, 'content');
    mkdirSync(content, { recursive: true });
    const outside = path.join(dir, 'src/anh.jpg');
    mkdirSync(path.dirname(outside), { recursive: true });
    writeFileSync(outside, await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).jpeg().toBuffer());
    const plugin = photoMasters({ contentDir: content, cacheDir: path.join(dir, 'cache') });
    expect(await plugin.resolveId(outside, undefined)).toBeNull();
    expect(await plugin.resolveId('./ve.svg', path.join(content, 'a.mdx'))).toBeNull();
    expect(await plugin.resolveId('./khong-co.jpg', path.join(content, 'a.mdx'))).toBeNull();
    expect(existsSync(path.join(dir, 'cache'))).toBe(false);
  });
});

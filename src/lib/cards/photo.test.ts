import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PHONE_EXIF, PHONE_MARKERS } from '../../../tests/helpers/photo.ts';
import { tempDir } from '../../../tests/helpers/temp.ts';
import { cardScene, modelCardPath, PHOTO_BOX, type Card } from './scene.ts';
import { cardFontFiles, cardFontMetrics, resvgGlyphs } from './glyphs.ts';
import { withPhoto } from './photo.ts';
import { glyphCache, rasterScene } from './raster.ts';
import { cardJobs } from './render.ts';

const fontDir = path.resolve('node_modules/@expo-google-fonts/be-vietnam-pro');
const fonts = cardFontMetrics(fontDir);
const glyphs = glyphCache(resvgGlyphs(cardFontFiles(fontDir)));

function card(photo: string): Card {
  return {
    path: modelCardPath('to-lien-gia', true),
    kicker: 'Điển hình phong trào toàn dân bảo vệ ANTQ',
    // Long on purpose: the widest words and lines a model card gets.
    title: 'Tổ liên gia an toàn phòng cháy chữa cháy chợ Bến Đò và khu dân cư ven sông Mây',
    lines: ['Mô hình Phòng cháy, chữa cháy trong khu dân cư và chợ truyền thống', 'Phường Thượng Lâm, thành phố Hòn Mây'],
    footer: 'DỮ LIỆU MINH HỌA – không phải kết quả thật',
    accent: '#009e73',
    photo,
  };
}

async function bluePhoto(dir: string): Promise<string> {
  const file = path.join(dir, 'anh.jpg');
  writeFileSync(file, await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#2255cc' } }).withExif(PHONE_EXIF).jpeg().toBuffer());
  return file;
}

describe('a model share card with its lead photo', () => {
  it('keeps every text left of the photo', () => {
    const scene = cardScene(card('/x.jpg'));
    expect(scene.photo).toMatchObject(PHOTO_BOX);
    const { photo: _photo, ...drawing } = scene;
    const drawn = PNG.sync.read(rasterScene(drawing, fonts, glyphs)!);
    // Nothing but the white background where the photo goes (and 8 px before it).
    let inked = 0;
    for (let y = PHOTO_BOX.y; y < PHOTO_BOX.y + PHOTO_BOX.height; y++) {
      for (let x = PHOTO_BOX.x - 8; x < 1200; x++) {
        const i = (y * 1200 + x) * 4;
        if (drawn.data[i] !== 255 || drawn.data[i + 1] !== 255 || drawn.data[i + 2] !== 255) inked++;
      }
    }
    expect(inked).toBe(0);
    // …while the text column is written in.
    let text = 0;
    for (let i = 0; i < drawn.data.length; i += 4) if (drawn.data[i] !== 255 && (i / 4) % 1200 > 64 && (i / 4) % 1200 < PHOTO_BOX.x && i / 4 / 1200 > 150) text++;
    expect(text).toBeGreaterThan(5000);
  });

  it('is drawn as a JPEG with the photo in its box and none of the photo’s metadata', async () => {
    const dir = tempDir('antq-ogp-');
    const scene = cardScene(card(await bluePhoto(dir)));
    const out = await withPhoto(rasterScene(scene, fonts, glyphs)!, scene.photo!);
    const { data, info } = await sharp(out).raw().toBuffer({ resolveWithObject: true });
    expect([info.format, info.width, info.height]).toEqual(['raw', 1200, 630]);
    expect((await sharp(out).metadata()).format).toBe('jpeg');
    const at = (x: number, y: number) => [...data.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3)];
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 6);
    expect(near(at(1000, 400), [0x22, 0x55, 0xcc])).toBe(true); // the photo
    expect(near(at(600, 30), [0x9b, 0x1c, 0x1c])).toBe(true); // the top bar
    expect(near(at(600, 620), [255, 255, 255])).toBe(true); // the card's background
    const text = out.toString('latin1');
    for (const marker of [...PHONE_MARKERS, 'Exif\0\0', 'GPS']) expect(text).not.toContain(marker);
  });

  it('is cached by the photo’s content: a new photo under the same name redraws it, a new file time does not', async () => {
    const dir = tempDir('antq-ogp-');
    const file = await bluePhoto(dir);
    const key = () => cardJobs([card(file)], dir)[0]!.cacheFile;
    const first = key();
    expect(first).toMatch(/\.jpg$/);
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(key()).toBe(first);
    writeFileSync(file, await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#cc5522' } }).jpeg().toBuffer());
    expect(key()).not.toBe(first);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, summary } from '../../../tests/helpers/fixture.ts';
import { tempDir } from '../../../tests/helpers/temp.ts';
import { inlineImages } from './content-images.ts';
import { inspectImage, MAX_IMAGE_BYTES } from './image-file.ts';

let jpeg: Buffer;
beforeAll(async () => {
  jpeg = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
});

/** The fixture's model story: `anh` is the gallery's front matter; the body's first line is line 7 plus its lines. */
function modelStory(anh: string, body = 'Nội dung.') {
  return `---\ntieu_de: "Mắt thần ở phường A"\n${anh}---\n\n## Bắt đầu\n\n${body}\n`;
}

function withPhotos(files: Record<string, Buffer | string>) {
  const f = fixture();
  mkdirSync(path.join(f.root, 'content/mo-hinh/anh'), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) f.write(`content/mo-hinh/anh/${name}`, bytes);
  return f;
}

describe('pictures in stories, checked before the build', () => {
  it('accepts a gallery and inline photos that can be read and are described', () => {
    const f = withPhotos({ 'a.jpg': jpeg, 'b.jpeg': jpeg });
    f.write('content/mo-hinh/camera-a.mdx', modelStory('anh:\n  - tep: ./anh/a.jpg\n    mo_ta: Tổ tự quản tuần tra\n    chu_thich: Chiều thứ bảy.\n    tac_gia: Lê Văn Minh\n', '![Camera ở ngã ba](./anh/b.jpeg "Camera đầu tiên. Ảnh: Công an phường")'));
    expect(summary(f.validate())).toEqual([]);
  });

  it('names the file and line of an image without alt text, in the text and in the gallery', () => {
    const f = withPhotos({ 'a.jpg': jpeg });
    f.write('content/mo-hinh/camera-a.mdx', modelStory('anh:\n  - tep: ./anh/a.jpg\n    chu_thich: Không có mô tả.\n', 'Dòng một.\n\n![](./anh/a.jpg)'));
    const problems = f.validate();
    const lines = summary(problems);
    // Line 4 holds "- tep:" of the first photo (line 1 is the opening ---); the body's image is on line 12.
    expect(lines).toContainEqual(expect.stringMatching(/^content\/mo-hinh\/camera-a\.mdx:4:anh\.0\.mo_ta .*chưa có mô tả/));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/mo-hinh\/camera-a\.mdx:12: Ảnh "\.\/anh\/a\.jpg" chưa có mô tả/));
    expect(problems.every((p) => p.hint)).toBe(true);
  });

  it('refuses an iPhone HEIC photo, however it is named, and says how to export a JPEG', () => {
    // The start of a HEIC file as an iPhone writes it: an ISO box "ftyp" with the brand "heic".
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(2000, 7)]);
    const f = withPhotos({ 'IMG_0001.HEIC': heic, 'doi-ten.jpg': heic });
    f.write('content/mo-hinh/camera-a.mdx', modelStory('anh:\n  - tep: ./anh/IMG_0001.HEIC\n    mo_ta: Buổi tuần tra\n', '![Buổi họp](./anh/doi-ten.jpg)'));
    const problems = f.validate();
    expect(summary(problems)).toEqual([
      'content/mo-hinh/camera-a.mdx:10: Ảnh "./anh/doi-ten.jpg" ở định dạng HEIC/HEIF (ảnh iPhone), trang không đọc được.',
      'content/mo-hinh/camera-a.mdx:4: Ảnh "./anh/IMG_0001.HEIC" ở định dạng HEIC/HEIF (ảnh iPhone), trang không đọc được.',
    ]);
    expect(problems[0]!.hint).toMatch(/JPEG/);
    expect(problems[0]!.hint).toMatch(/Tương thích nhất/);
  });

  it('refuses a photo cut short, and a file that is no picture, instead of crashing the build', () => {
    const f = withPhotos({ 'cut.jpg': jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'notes.jpg': 'Đây là một tệp văn bản.', 'empty.png': '' });
    f.write('content/mo-hinh/camera-a.mdx', modelStory('', '![Một](./anh/cut.jpg)\n\n![Hai](./anh/notes.jpg)\n\n![Ba](./anh/empty.png)'));
    const lines = summary(f.validate());
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/không phải ảnh đọc được, hoặc bị hỏng/);
  });

  it(`refuses a file over ${MAX_IMAGE_BYTES / 2 ** 20} MB and says how to make it smaller`, () => {
    // A readable JPEG with data after its end, as some phones append: only its size is wrong.
    const big = Buffer.concat([jpeg, Buffer.alloc(MAX_IMAGE_BYTES + 1 - jpeg.length)]);
    const f = withPhotos({ 'lon.jpg': big });
    f.write('content/mo-hinh/camera-a.mdx', modelStory('', '![Ảnh lớn](./anh/lon.jpg)'));
    const problems = f.validate();
    expect(summary(problems)).toEqual(['content/mo-hinh/camera-a.mdx:7: Ảnh "./anh/lon.jpg" nặng 20 MB, quá giới hạn 20 MB.']);
    expect(problems[0]!.hint).toMatch(/Đổi kích thước/);
  });

  it('reports a missing file, a picture from another site and a raw <img> tag', () => {
    const f = withPhotos({});
    f.write('content/mo-hinh/camera-a.mdx', modelStory('anh:\n  - tep: ./anh/khong-co.jpg\n    mo_ta: Không có tệp\n', '![Xa](https://example.com/a.jpg)\n\n<img src="./anh/x.jpg" alt="Thẻ" />'));
    expect(summary(f.validate())).toEqual([
      'content/mo-hinh/camera-a.mdx:10: Ảnh "https://example.com/a.jpg" lấy từ trang web khác; trang chỉ đăng ảnh đặt cùng bài viết.',
      'content/mo-hinh/camera-a.mdx:12: Ảnh chèn bằng thẻ <img>: trang không thu nhỏ được ảnh này cho điện thoại.',
      'content/mo-hinh/camera-a.mdx:4: Không tìm thấy tệp ảnh "./anh/khong-co.jpg".',
    ]);
  });

  it('checks a gallery file written as a number, as the text the editor typed (one front-matter reader)', () => {
    const f = withPhotos({});
    f.write('content/mo-hinh/camera-a.mdx', modelStory('anh:\n  - tep: 2024\n    mo_ta: Ảnh năm 2024\n'));
    expect(summary(f.validate())).toContain('content/mo-hinh/camera-a.mdx:4: Không tìm thấy tệp ảnh "2024".');
  });

  it('checks the stories (tin bài) too', () => {
    const f = fixture();
    f.write('content/tin-bai/tin-1.mdx', f.read('content/tin-bai/tin-1.mdx') + '\n![](./anh/hop.jpg)\n');
    const lines = summary(f.validate());
    expect(lines.some((l) => l.startsWith('content/tin-bai/tin-1.mdx:') && l.includes('chưa có mô tả'))).toBe(true);
    expect(lines.some((l) => l.startsWith('content/tin-bai/tin-1.mdx:') && l.includes('Không tìm thấy'))).toBe(true);
  });
});

describe('inlineImages', () => {
  it('reads alt, path and title, with the line, and skips code blocks', () => {
    const body = 'Chữ ![Một](./anh/a.jpg) giữa câu.\n```\n![Không](./anh/b.jpg)\n```\n![Hai \\[2\\]](<./anh/c d.jpg> "Chú thích. Ảnh: A")';
    expect(inlineImages(body, 10)).toEqual([
      { alt: 'Một', src: './anh/a.jpg', title: null, row: 10 },
      { alt: 'Hai [2]', src: './anh/c d.jpg', title: 'Chú thích. Ảnh: A', row: 14 },
    ]);
  });
});

describe('inspectImage', () => {
  it('reads the size of whole JPEG, PNG and WebP files', async () => {
    const dir = tempDir('antq-img-');
    const pixels = sharp({ create: { width: 30, height: 20, channels: 3, background: '#336699' } });
    const files = { 'a.jpg': await pixels.clone().jpeg().toBuffer(), 'a.png': await pixels.clone().png().toBuffer(), 'a.webp': await pixels.clone().webp().toBuffer(), 'l.webp': await pixels.clone().webp({ lossless: true }).toBuffer() };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(path.join(dir, name), bytes);
      expect(inspectImage(path.join(dir, name))).toMatchObject({ ok: true, width: 30, height: 20 });
    }
    writeFileSync(path.join(dir, 'cut.png'), files['a.png'].subarray(0, files['a.png'].length - 12));
    expect(inspectImage(path.join(dir, 'cut.png'))).toMatchObject({ ok: false, reason: 'corrupt' });
    writeFileSync(path.join(dir, 'cut.webp'), files['a.webp'].subarray(0, files['a.webp'].length - 4));
    expect(inspectImage(path.join(dir, 'cut.webp'))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('reads a JPEG whose metadata pushes the image data far into the file', async () => {
    const dir = tempDir('antq-img-');
    const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><!-- ${'x'.repeat(60_000)} --></x:xmpmeta>`;
    const icc = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .withXmp(xmp)
      .withExif({ IFD0: { ImageDescription: 'y'.repeat(60_000) } })
      .jpeg()
      .toBuffer();
    writeFileSync(path.join(dir, 'meta.jpg'), icc);
    expect(inspectImage(path.join(dir, 'meta.jpg'))).toMatchObject({ ok: true, width: 900, height: 600 });
  });

  it('refuses a picture of more than 50 million pixels, read from its header alone', () => {
    const dir = tempDir('antq-img-');
    // A PNG header announcing 10,000 × 6,000 pixels, closed at once.
    const ihdr = Buffer.alloc(25);
    ihdr.writeUInt32BE(13, 0);
    ihdr.write('IHDR', 4, 'latin1');
    ihdr.writeUInt32BE(10_000, 8);
    ihdr.writeUInt32BE(6_000, 12);
    const iend = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
    writeFileSync(path.join(dir, 'huge.png'), Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), ihdr, iend]));
    expect(inspectImage(path.join(dir, 'huge.png'))).toMatchObject({ ok: false, reason: 'too-large', detail: '10000×6000' });
  });
});

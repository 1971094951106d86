import path from 'node:path';
import { frontMatterLines, readFrontMatter, splitFrontMatter } from './front-matter.ts';
import { inspectImage, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, type ImageInspection } from './image-file.ts';
import type { Problem, ProblemList } from './problem.ts';

/** Extensions the build turns into responsive images (SVG drawings are published as they are). */
const EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.svg']);

/** `![alt](path "title")` and `![alt](<path with spaces> "title")`, as CommonMark writes an image. */
const MARKDOWN_IMAGE = /!\[((?:\\.|[^\]\\])*)\]\(\s*(?:<([^>\n]*)>|([^\s)]+))(?:\s+(?:"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'))?\s*\)/g;
const CODE_FENCE = /^\s{0,3}(```|~~~)/;

/** An image placed in a story's text, where the editor wrote it. */
export interface InlineImage {
  alt: string;
  src: string;
  title: string | null;
  /** Line in the file (front matter included), as an editor's text editor numbers it. */
  row: number;
}

const HEIC_HINT =
  'Ảnh HEIC của iPhone chưa dùng được trên trang. Chuyển ảnh sang JPEG rồi đặt lại: trên iPhone vào Cài đặt → Ảnh → "Chuyển sang máy Mac hoặc PC" → chọn "Tự động" (ảnh chép sang máy tính sẽ là JPEG); hoặc mở ảnh trên máy tính bằng Ảnh (Photos) của Windows hay Xem trước (Preview) của Mac rồi "Lưu thành"/"Xuất" kiểu JPEG. Chỉ đổi đuôi tệp thành .jpg là không đủ. Để từ nay chụp JPEG: Cài đặt → Camera → Định dạng → "Tương thích nhất".';
const RESIZE_HINT =
  'Thu nhỏ ảnh trước khi đưa lên: mở bằng Paint hoặc Ảnh (Photos) trên Windows → Đổi kích thước, cạnh dài khoảng 3.000–4.000 điểm ảnh, lưu kiểu JPEG; ảnh chụp bằng điện thoại thường đã vừa (2–8 MB).';
const CORRUPT_HINT =
  'Mở ảnh trên máy tính để kiểm tra. Nếu không mở được hoặc mất một phần, chép lại tệp gốc từ điện thoại, máy ảnh (tệp có thể chưa tải về đủ), hoặc mở ảnh gốc rồi lưu lại thành JPEG.';

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

/** Why a picture file cannot be published, in an editor's words; null when it can. */
export function imageFileProblem(shownPath: string, inspection: ImageInspection): Pick<Problem, 'message' | 'hint'> | null {
  if (inspection.ok) return null;
  switch (inspection.reason) {
    case 'missing':
      return { message: `Không tìm thấy tệp ảnh "${shownPath}".`, hint: 'Kiểm tra tên tệp (kể cả chữ hoa, chữ thường và đuôi .jpg) và đặt ảnh trong thư mục anh/ cạnh bài viết, ví dụ ./anh/ten-anh.jpg.' };
    case 'heic':
      return { message: `Ảnh "${shownPath}" ở định dạng HEIC/HEIF (ảnh iPhone), trang không đọc được.`, hint: HEIC_HINT };
    case 'too-large':
      return inspection.detail
        ? { message: `Ảnh "${shownPath}" quá lớn: ${inspection.detail} điểm ảnh (tối đa ${(MAX_IMAGE_PIXELS / 1e6).toLocaleString('vi-VN')} triệu điểm ảnh).`, hint: RESIZE_HINT }
        : { message: `Ảnh "${shownPath}" nặng ${megabytes(inspection.bytes)} MB, quá giới hạn ${megabytes(MAX_IMAGE_BYTES)} MB.`, hint: RESIZE_HINT };
    case 'unsupported':
      return { message: `Ảnh "${shownPath}" ở định dạng trang chưa dùng được${inspection.detail ? ` (${inspection.detail.trim()})` : ''}.`, hint: 'Lưu ảnh thành JPEG (ảnh chụp) hoặc PNG (hình vẽ, ảnh chụp màn hình) rồi đặt lại.' };
    case 'corrupt':
      return { message: `Tệp "${shownPath}" không phải ảnh đọc được, hoặc bị hỏng, thiếu một phần${inspection.detail ? ` (${inspection.detail})` : ''}.`, hint: CORRUPT_HINT };
  }
}

/** Images written in the Markdown of a story body; code blocks are skipped. `firstRow`: the body's first line in the file. */
export function inlineImages(body: string, firstRow: number): InlineImage[] {
  const found: InlineImage[] = [];
  let fenced: string | null = null;
  for (const [i, line] of body.split(/\r?\n/).entries()) {
    const fence = CODE_FENCE.exec(line);
    if (fence) {
      if (fenced === null) fenced = fence[1]!;
      else if (fenced === fence[1]) fenced = null;
      continue;
    }
    if (fenced !== null) continue;
    for (const m of line.matchAll(MARKDOWN_IMAGE)) {
      const unescape = (s: string | undefined) => (s ?? '').replace(/\\(.)/g, '$1');
      found.push({ alt: unescape(m[1]).trim(), src: (m[2] ?? m[3] ?? '').trim(), title: m[4] !== undefined || m[5] !== undefined ? unescape(m[4] ?? m[5]).trim() : null, row: firstRow + i });
    }
  }
  return found;
}

/** Lines of raw `<img` tags in the body: the build does not resize them, so they are refused. */
function rawImgRows(body: string, firstRow: number): number[] {
  const rows: number[] = [];
  let fenced = false;
  for (const [i, line] of body.split(/\r?\n/).entries()) {
    if (CODE_FENCE.test(line)) fenced = !fenced;
    else if (!fenced && /<img[\s/>]/i.test(line)) rows.push(firstRow + i);
  }
  return rows;
}

/** Where a picture named in an MDX file must be: a file beside it, never a web address. */
function checkFile(mdxFile: string, shownMdx: string, src: string, row: number, problems: ProblemList): void {
  const at = { file: shownMdx, row };
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    problems.add({ ...at, message: `Ảnh "${src}" lấy từ trang web khác; trang chỉ đăng ảnh đặt cùng bài viết.`, hint: 'Tải ảnh về (khi được phép dùng), đặt vào thư mục anh/ cạnh bài viết rồi ghi ./anh/ten-anh.jpg.' });
    return;
  }
  if (src.startsWith('/')) {
    problems.add({ ...at, message: `Đường dẫn ảnh "${src}" bắt đầu bằng "/".`, hint: 'Ghi đường dẫn tính từ bài viết, ví dụ ./anh/ten-anh.jpg.' });
    return;
  }
  let decoded = src;
  try {
    decoded = decodeURI(src);
  } catch {
    // Left as written: a stray "%" in a file name is looked up as it is.
  }
  const ext = path.extname(decoded).toLowerCase();
  const file = path.resolve(path.dirname(mdxFile), decoded);
  const inspection = inspectImage(file);
  const problem = imageFileProblem(src, inspection);
  if (problem) {
    problems.add({ ...at, ...problem });
    return;
  }
  if (!EXTENSIONS.has(ext)) {
    problems.add({ ...at, message: `Tệp ảnh "${src}" có đuôi "${ext || '(không có)'}"; trang dùng ảnh .jpg, .jpeg, .png, .webp hoặc .svg.`, hint: 'Lưu ảnh thành JPEG (ảnh chụp) hoặc PNG rồi ghi tên tệp mới.' });
    return;
  }
  if (inspection.ok && (inspection.format === 'svg') !== (ext === '.svg')) {
    problems.add({ ...at, message: `Tệp "${src}" có đuôi ${ext} nhưng nội dung là ảnh ${inspection.format.toUpperCase()}.`, hint: 'Đổi đuôi tệp cho đúng loại ảnh, hoặc lưu lại ảnh thành JPEG.' });
  }
}

/**
 * The pictures of the gallery (`anh:` in the front matter) with their lines, read as every field of
 * the front matter is (front-matter.ts: each value the text the editor typed, so `tep: 2024` is the
 * file "2024"). None when the front matter cannot be read: its own problem says so.
 */
function galleryRows(text: string): { src: unknown; row: number }[] {
  const fm = readFrontMatter(text);
  if (!fm.ok || !Array.isArray(fm.data.anh)) return [];
  const lineOf = frontMatterLines(text);
  return fm.data.anh.map((item: unknown, i) => {
    const photo = item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : null;
    return { src: photo?.tep, row: lineOf(['anh', i, 'tep']) ?? 1 };
  });
}

/**
 * Every picture of one MDX file, checked before the build: each image in the text has a
 * description (alt text, for readers who cannot see it and for search), each picture file named in
 * the text or in the gallery (`anh:` in the front matter) exists and can be read, and none is
 * taken from another site. Problems name the line, so an editor finds the image.
 */
export function checkContentImages(mdxFile: string, shownMdx: string, text: string, problems: ProblemList): void {
  const { body, bodyRow: firstRow } = splitFrontMatter(text);
  for (const image of inlineImages(body, firstRow)) {
    if (!image.alt) {
      problems.add({
        file: shownMdx,
        row: image.row,
        message: `Ảnh "${image.src}" chưa có mô tả (chữ thay thế).`,
        hint: 'Viết mô tả ngắn những gì ảnh cho thấy trong cặp ngoặc vuông: ![Tổ tự quản tuần tra bờ sông lúc chiều](./anh/ten-anh.jpg). Người khiếm thị nghe mô tả này thay cho ảnh. Chú thích và tên tác giả ghi trong ngoặc kép sau đường dẫn: (./anh/ten-anh.jpg "Chú thích. Ảnh: Tên tác giả").',
      });
    }
    if (image.src) checkFile(mdxFile, shownMdx, image.src, image.row, problems);
  }
  for (const row of rawImgRows(body, firstRow)) {
    problems.add({ file: shownMdx, row, message: 'Ảnh chèn bằng thẻ <img>: trang không thu nhỏ được ảnh này cho điện thoại.', hint: 'Ghi ảnh theo cú pháp ![Mô tả ảnh](./anh/ten-anh.jpg "Chú thích. Ảnh: Tên tác giả").' });
  }
  for (const { src, row } of galleryRows(text)) {
    // A missing or empty "tep" is the schema's to report; only a named file is looked for here.
    if (typeof src === 'string' && src.trim()) checkFile(mdxFile, shownMdx, src.trim(), row, problems);
  }
}

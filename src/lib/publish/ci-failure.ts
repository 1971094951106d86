/** The publishing workflow's steps, in order, and what their failure means to the department. */
const STEPS = [
  ['INSTALL', 'Cài đặt phần mềm', 'Máy chạy không tải được phần mềm (mạng hoặc kho npm tạm lỗi). Dữ liệu không có vấn đề gì.', 'Chạy lại lần chạy này sau ít phút (nút "Re-run jobs").'],
  ['VALIDATE', 'Kiểm tra dữ liệu', 'Dữ liệu có lỗi. Mỗi lỗi được ghi rõ tệp, dòng, cột và cách sửa trong bảng ở trên và ngay trên dòng của tệp.', 'Sửa các lỗi (lỗi của cả tệp ở đầu danh sách, sửa chúng trước), lưu lại và đẩy lên lần nữa.'],
  ['TEST', 'Kiểm thử phần mềm', 'Lần đẩy này có sửa mã nguồn của trang và phần mềm không còn chạy đúng. Đây không phải lỗi của dữ liệu.', 'Báo cho người quản trị kỹ thuật; gửi kèm đường dẫn của lần chạy này.'],
  ['BUILD', 'Dựng trang', 'Dữ liệu hợp lệ nhưng việc dựng trang không xong.', 'Xem các dòng cuối của bước "Dựng trang"; nếu lỗi nói về một bài viết (tệp .mdx), sửa bài đó; nếu không, báo cho người quản trị kỹ thuật.'],
  ['CHECK', 'Kiểm tra trang dựng ra', 'Trang dựng ra có liên kết hỏng, HTML sai chuẩn hoặc mã lạ, nên không được công bố.', 'Xem danh sách trong bước "Kiểm tra trang dựng ra"; thường là một bài viết có liên kết sai. Nếu không rõ, báo cho người quản trị kỹ thuật.'],
  ['DEPLOY', 'Đưa lên máy chủ', 'Trang đã dựng xong nhưng chưa đưa lên được máy chủ.', 'Kiểm tra máy chủ, khóa và địa chỉ trong phần cài đặt của kho (Settings › Secrets and variables), rồi chạy lại.'],
] as const;

/** A Markdown note for the job summary: which step stopped the publication, what it means and what to do. */
export function failureExplanation(env: Record<string, string | undefined>): string {
  const failed = STEPS.filter(([key]) => env[`STEP_${key}`] === 'failure');
  const lines = ['### Chưa xuất bản được', '', 'Trang đang công bố vẫn giữ nguyên, không có gì bị thay đổi.', ''];
  if (failed.length === 0) {
    lines.push('Lần chạy bị dừng trước khi xong (bị hủy hoặc hết thời gian). Chạy lại lần chạy này; nếu lặp lại, báo cho người quản trị kỹ thuật.');
    return lines.join('\n');
  }
  for (const [, name, meaning, todo] of failed) lines.push(`**Bước "${name}" không qua.** ${meaning}`, '', `→ Cần làm: ${todo}`, '');
  return lines.join('\n');
}

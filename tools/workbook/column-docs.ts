/**
 * What every column of a yearly results file means, in the editors' words: the one place the
 * template's header rows and its guide sheet take them from (data/README.md says the same in prose).
 */
export interface ColumnDoc {
  /** Short label for a header cell. */
  label: string;
  /** What to write, for the guide sheet and the header's note. */
  help: string;
  required: 'có' | 'không' | string;
}

export const RESULT_COLUMN_DOCS: Record<string, ColumnDoc> = {
  nam: { label: 'Năm', help: 'Năm đánh giá. Để trống thì lấy năm trong tên tệp; nếu ghi, phải trùng năm đó.', required: 'không' },
  ma_don_vi: { label: 'Mã đơn vị', help: 'Chọn trong danh sách (mã ở trang tính "Danh mục"). Đơn vị mới phải được thêm vào don-vi trước.', required: 'có' },
  ten_don_vi: { label: 'Tên đơn vị', help: 'Tự hiện theo mã đơn vị, để đọc cho dễ; không cần sửa, phần mềm không đọc cột này.', required: 'không' },
  dang_ky: { label: 'Đăng ký đầu năm', help: 'Có: đơn vị đã đăng ký xây dựng điển hình đầu năm. Đơn vị đang duy trì giữ "có".', required: 'có' },
  giai_doan: { label: 'Giai đoạn', help: 'Năm xây dựng (đơn vị mới) hoặc Năm duy trì (đơn vị đã được công nhận).', required: 'có' },
  an_toan_antt: { label: '“An toàn về ANTT”', help: 'Kết quả tiêu chuẩn "An toàn về an ninh, trật tự" của năm kế hoạch quy định: Đạt / Không đạt; để trống nếu chưa có.', required: 'khi công nhận' },
  xep_loai: { label: 'Xếp loại phong trào', help: 'Xếp loại phong trào toàn dân bảo vệ ANTQ của năm kế hoạch quy định: Xuất sắc, Khá, Trung bình, Yếu.', required: 'khi công nhận' },
  ket_qua: { label: 'Kết quả', help: 'Đang thực hiện (chưa có kết quả), Công nhận, Không công nhận, Duy trì, Không duy trì, Thu hồi công nhận.', required: 'có' },
  so_quyet_dinh: { label: 'Số quyết định', help: 'Số quyết định công nhận, duy trì hoặc thu hồi, ví dụ 1234/QĐ-UBND.', required: 'khi công nhận, thu hồi' },
  ngay_quyet_dinh: { label: 'Ngày quyết định', help: 'Ngày ký quyết định, dạng ngày/tháng/năm (05/12/2027).', required: 'khi công nhận, thu hồi' },
  co_quan_quyet_dinh: { label: 'Cơ quan quyết định', help: 'Cơ quan ban hành quyết định, ví dụ UBND thành phố Huế.', required: 'khi công nhận, thu hồi' },
  bo_tieu_chi: { label: 'Bộ tiêu chí', help: 'Tự hiện theo loại đơn vị: bộ tiêu chí áp dụng năm đó. Đơn vị không có bộ tiêu chí (khu dân cư) thì để trống và không ghi điểm.', required: 'khi có điểm' },
  tong_tu_cham: { label: 'Tổng tự chấm', help: 'Không bắt buộc: phần mềm tự cộng từ các tiêu chí; nếu ghi thì phải bằng tổng đó.', required: 'không' },
  tong_tham_dinh: { label: 'Tổng thẩm định', help: 'Không bắt buộc: phần mềm tự cộng từ các tiêu chí; nếu ghi thì phải bằng tổng đó.', required: 'không' },
  ghi_chu: { label: 'Ghi chú', help: 'Ghi chú công khai (hiện trên trang), ví dụ lý do không duy trì.', required: 'không' },
};

/** How the guide sheet explains the score columns. */
export const SCORE_COLUMNS_HELP =
  'Điểm của từng nội dung (hoặc tiêu chí) theo bộ tiêu chí của dòng: tự chấm là điểm đơn vị tự chấm, thẩm định là điểm hội đồng thẩm định. ' +
  'Từ 0 đến điểm tối đa ghi ở đầu cột, được ghi số lẻ (4,5). Ô xám là nội dung không có trong bộ tiêu chí của dòng: bỏ trống. ' +
  'Đã bắt đầu chấm thì ghi đủ mọi ô của bộ; không đạt thì ghi 0.';

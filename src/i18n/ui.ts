/** Every piece of interface text the public reads that is not a data label, in one place. */
export const ui = {
  sampleBanner: 'Dữ liệu minh họa',
  sampleBannerText: 'Mọi đơn vị, điểm số, quyết định và câu chuyện trên trang này là hư cấu, chỉ để minh họa cách công bố kết quả. Không phải kết quả thật.',
  sampleBannerShort: 'Hư cấu, chỉ để minh họa; không phải kết quả thật.',
  skipToContent: 'Chuyển đến nội dung chính',
  nav: {
    home: 'Trang chủ',
    years: 'Kết quả theo năm',
    maintenance: 'Duy trì',
    models: 'Mô hình',
    criteria: 'Bộ tiêu chí',
    process: 'Quy trình',
    stories: 'Tin bài',
    search: 'Tìm kiếm',
    data: 'Dữ liệu mở',
  },
  navLabel: 'Điều hướng chính',
  menu: 'Mục lục',
  footerNavLabel: 'Mục lục trang',
  breadcrumbLabel: 'Vị trí trang',
  footerPublisher: 'Cơ quan công bố',
  footerLicence: 'Giấy phép dữ liệu',
  decision: 'Quyết định',
  kind: 'Loại đơn vị',
  locality: 'Địa bàn',
  noScores: 'Năm này áp dụng bộ tiêu chí chưa được số hóa chi tiết: dữ liệu chỉ ghi kết luận, không ghi điểm.',
  /** A search result's line when a year is chosen: "Năm 2025: thẩm định 47/50 (94 %)". */
  yearScore: (year: number, score: string) => `Năm ${year}: ${score}`,
  /** A model's size when the data gives neither count. */
  modelSizeMissing: 'Chưa ghi số điểm triển khai, số tổ.',
  notFound: {
    searchHeading: 'Tìm đơn vị, mô hình, tin bài',
    searchLabel: 'Tên đơn vị, mô hình hoặc tin bài (gõ không dấu cũng được)',
    searchButton: 'Tìm',
  },
  /** A unit page where no criterion asking for models can be read against the unit's models. */
  noModelCheck: (year: number, decision: string | null) =>
    decision === null
      ? `Năm ${year} không có bộ tiêu chí chấm điểm cho loại đơn vị này, nên trang không đối chiếu mô hình của đơn vị với tiêu chí nào.`
      : `Bộ tiêu chí năm ${year} (theo Quyết định ${decision}) không có tiêu chí về mô hình được số hóa chi tiết, nên trang không đối chiếu mô hình của đơn vị với tiêu chí.`,
  /** A year page's section for each outcome, and the outcome filter's choices. */
  outcomeSections: {
    cong_nhan: 'Công nhận mới',
    duy_tri: 'Công nhận duy trì',
    khong_duy_tri: 'Không duy trì được kết quả',
    khong_cong_nhan: 'Không được công nhận',
    thu_hoi: 'Bị thu hồi công nhận',
    dang_thuc_hien: 'Đang thực hiện, chưa có kết quả',
  },
  noScoresNoSet: 'Không có bộ tiêu chí chấm điểm cho loại đơn vị này trong năm; dữ liệu chỉ ghi kết luận.',
} as const;

import type { Registry } from '../../src/lib/validation/registry.ts';
import { slugify } from '../../src/lib/text/strings.ts';
import { calendarTable } from '../../src/schemas/calendar.ts';
import { modelTable } from '../../src/schemas/model.ts';
import { ELIGIBILITY_YEARS, planTable } from '../../src/schemas/plan.ts';
import { targetTable } from '../../src/schemas/target.ts';
import { unitTable } from '../../src/schemas/unit.ts';
import { CLASSIFICATIONS, KINDS, STEPS, type Kind } from '../../src/schemas/vocabulary.ts';
import type { TableColumn } from '../workbook/table-workbook.ts';

type Described = Omit<TableColumn, 'key'>;

/**
 * The columns of a schema table a new folder starts with, in the schema's order, each with what it
 * means to the editor: the schema's columns that have a description here (an optional column left
 * out is simply not offered). A description of no column of the table is an error.
 */
function describedColumns(table: { columns: readonly string[] }, described: Readonly<Record<string, Described>>): TableColumn[] {
  for (const key of Object.keys(described)) if (!table.columns.includes(key)) throw new Error(`"${key}" không phải cột của bảng (${table.columns.join(', ')}).`);
  return table.columns.filter((key) => key in described).map((key) => ({ key, ...described[key]! }));
}

/** The kinds a new unit may have, as the editor reads them (thị trấn are no more since 2025). */
const NEW_UNIT_KINDS: readonly Kind[] = ['xa', 'phuong', 'dac_khu', 'co_quan', 'doanh_nghiep', 'co_so_giao_duc', 'khu_dan_cu'];

/** The columns of the tables a new folder starts with, and what each means to the editor. */
export const UNIT_COLUMNS: TableColumn[] = describedColumns(unitTable, {
  ma_don_vi: { label: 'Mã đơn vị (trong địa chỉ trang, không đổi sau khi công bố)', width: 28 },
  ten: { label: 'Tên chính thức', width: 36 },
  loai: { label: `Loại: ${NEW_UNIT_KINDS.map((k) => KINDS[k]).join(', ')}`, width: 16 },
  ma_tinh: { label: 'Mã tỉnh (2 chữ số)', text: true, width: 10 },
  ma_xa: { label: 'Mã xã, phường, đặc khu (5 chữ số): của đơn vị, hoặc nơi đơn vị đứng chân', text: true, width: 14 },
  dia_chi: { label: 'Địa chỉ', width: 40 },
});
export const MODEL_COLUMNS: TableColumn[] = describedColumns(modelTable, {
  ma_mo_hinh: { label: 'Mã mô hình', width: 28 },
  ten: { label: 'Tên mô hình', width: 36 },
  loai_mo_hinh: { label: 'Loại mô hình: tên một loại trong loai-mo-hinh.csv (Camera an ninh, Dân vận khéo…)', width: 22 },
  ma_don_vi: { label: 'Đơn vị xây dựng (mã)', width: 24 },
  nam_bat_dau: { label: 'Năm bắt đầu', width: 10 },
  nam_ket_thuc: { label: 'Năm ngừng (trống: còn hoạt động)', width: 12 },
  so_diem: { label: 'Số điểm triển khai', width: 10 },
  so_to: { label: 'Số tổ', width: 8 },
  tom_tat: { label: 'Tóm tắt một hai câu', width: 60 },
});
export const TARGET_COLUMNS: TableColumn[] = describedColumns(targetTable, {
  nam: { label: 'Năm', width: 8 },
  nhom: { label: 'Nhóm chỉ tiêu', width: 28 },
  loai_don_vi: { label: 'Loại đơn vị tính vào chỉ tiêu (xa/phuong/dac_khu)', width: 30 },
  chi_tieu: { label: 'Số đơn vị tối thiểu', width: 10 },
  nguon: { label: 'Văn bản giao chỉ tiêu', width: 50 },
});
export const CALENDAR_COLUMNS: TableColumn[] = describedColumns(calendarTable, {
  nam: { label: 'Năm', width: 8 },
  buoc: { label: `Bước: ${Object.keys(STEPS).join(', ')}`, width: 14 },
  noi_dung: { label: 'Việc phải làm', width: 50 },
  han: { label: 'Hạn (ngày/tháng/năm)', width: 12 },
  nguon: { label: 'Văn bản quy định hạn', width: 40 },
});

export const PLAN_COLUMNS: TableColumn[] = describedColumns(planTable, {
  nam: { label: 'Năm', width: 8 },
  ten: { label: 'Kế hoạch (số, ngày, cơ quan ban hành)', width: 50 },
  xep_loai_toi_thieu: { label: `Xếp loại phong trào tối thiểu để đăng ký (${CLASSIFICATIONS.xuat_sac}, ${CLASSIFICATIONS.kha}…; trống nếu kế hoạch không nêu)`, width: 18 },
  an_toan_antt: { label: 'Phải đạt “An toàn về ANTT” (Có/Không)', width: 12 },
  nam_dieu_kien: { label: `Xếp loại, “An toàn về ANTT” của năm nào: ${Object.values(ELIGIBILITY_YEARS).join(' / ')}`, width: 18 },
  // SEVERITIES reads "Lỗi (chặn xuất bản)": the short words here are the template's own.
  muc_do: { label: 'Đăng ký không đủ điều kiện là: Lỗi / Cảnh báo', width: 12 },
  tham_quyen: { label: 'Ai quyết định công nhận, ở cấp nào', width: 60 },
  nguon: { label: 'Văn bản quy định', width: 40 },
});

/** The year's plan row a new folder starts with: what the department must fill from its plan says so. */
export function provincePlanRow(registry: Registry, provinceCode: string, year: number): string[] {
  const province = registry.provinces.get(provinceCode)!;
  return [
    String(year),
    `CẦN KIỂM TRA: số, ngày kế hoạch xây dựng điển hình năm ${year} của ${province.fullName}`,
    CLASSIFICATIONS.kha,
    'Có',
    ELIGIBILITY_YEARS.nam_truoc,
    'Lỗi',
    `CẦN KIỂM TRA: ví dụ "UBND ${province.fullName.replace(/^(Tỉnh|Thành phố) /, (m) => m.toLowerCase())} quyết định công nhận xã, phường, đặc khu; UBND cấp xã quyết định công nhận cơ quan, doanh nghiệp, cơ sở giáo dục trên địa bàn"`,
    `CẦN KIỂM TRA: kế hoạch năm ${year}`,
  ];
}

/** Every commune, ward and special zone of a province, as rows of the units table (ids unique). */
export function provinceUnitRows(registry: Registry, provinceCode: string): string[][] {
  const seen = new Set<string>();
  return registry.communesOf(provinceCode).map((c) => {
    let id = slugify(c.fullName);
    if (seen.has(id)) id = `${id}-${c.code}`;
    seen.add(id);
    return [id, c.fullName, c.kind, provinceCode, c.code, ''];
  });
}

/** The settings of a real province's site, with what the department must still check said in the values. */
export function provinceSettings(registry: Registry, provinceCode: string, year: number): Record<string, unknown> {
  const province = registry.provinces.get(provinceCode)!;
  return {
    ten_trang: `Điển hình phong trào toàn dân bảo vệ ANTQ – ${province.fullName}`,
    co_quan_cong_bo: `Ban Chỉ đạo phong trào toàn dân bảo vệ ANTQ ${province.fullName}`,
    dia_ban: province.fullName,
    ma_tinh: [provinceCode],
    dia_chi_trang: 'https://antq.example.gov.vn',
    duong_dan_goc: '/',
    du_lieu_minh_hoa: false,
    giay_phep: `Dữ liệu do Ban Chỉ đạo phong trào toàn dân bảo vệ ANTQ ${province.fullName} công bố; được dùng lại tự do, ghi rõ nguồn (CC BY 4.0).`,
    nam_hien_tai: year,
  };
}

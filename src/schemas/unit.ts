import { cell, table, type TableSchema } from './cell.ts';
import { KINDS, TRACK_OF_KIND, type Kind, type Track } from './vocabulary.ts';

/** A unit (đơn vị): a commune, ward or special zone, or an agency, enterprise, school or residential area in the programme. */
export interface Unit {
  /** Stable id used in URLs (ma_don_vi). */
  id: string;
  /** Official name (ten). */
  name: string;
  /** Kind (loai). */
  kind: Kind;
  /** Track (khối), derived from the kind: decides the criteria set. */
  track: Track;
  /** Official province code, two digits (ma_tinh). */
  provinceCode: string;
  /** Official commune code, five digits (ma_xa): the unit's own for a commune, ward or special zone, else the commune it is in. */
  communeCode: string;
  /** Province and commune names from the official registry, filled in once the codes are checked (empty before). */
  province: string;
  commune: string;
  /** The unit's place as lists show it: the province of a commune, the commune of anything else. */
  locality: string;
  /** Address (dia_chi). */
  address: string | null;
  /** The unit it was merged into by the 2025 reorganisation or later (sap_nhap_vao): that unit's page carries this one's history. */
  mergedInto: string | null;
  /** The year it was merged (nam_sap_nhap): its results stop before it. */
  mergedIn: number | null;
}

const unitRows = table(
  {
    ma_don_vi: cell.id(),
    ten: cell.text(),
    loai: cell.vocabulary(KINDS),
    ma_tinh: cell.officialCode(2),
    ma_xa: cell.officialCode(5),
    dia_chi: cell.optionalText(),
    sap_nhap_vao: cell.optionalId(),
    nam_sap_nhap: cell.optionalYear(),
  },
  ['dia_chi', 'sap_nhap_vao', 'nam_sap_nhap'],
  (r): Unit => ({
    id: r.ma_don_vi,
    name: r.ten,
    kind: r.loai,
    track: TRACK_OF_KIND[r.loai],
    provinceCode: r.ma_tinh,
    communeCode: r.ma_xa,
    province: '',
    commune: '',
    locality: '',
    address: r.dia_chi,
    mergedInto: r.sap_nhap_vao,
    mergedIn: r.nam_sap_nhap,
  }),
);

/** `data/don-vi.csv`. The locality used to be free text (dia_ban, ma_hanh_chinh): an old file is told what replaced them. */
export const unitTable: TableSchema<Unit> = {
  ...unitRows,
  retiredColumns: {
    dia_ban: 'Địa bàn nay ghi bằng mã chính thức: cột ma_tinh (mã tỉnh, 2 chữ số) và ma_xa (mã xã, phường, đặc khu, 5 chữ số); tên được lấy từ danh mục hành chính.',
    ma_hanh_chinh: 'Cột ma_hanh_chinh nay là ma_xa (mã xã, phường, đặc khu, 5 chữ số), và có thêm cột ma_tinh (mã tỉnh).',
  },
};

import { cell, table } from './cell.ts';
import { KINDS, TRACK_OF_KIND, type Kind, type Track } from '../i18n/vocabulary.ts';

/** A unit (đơn vị): a commune, ward, special zone, agency, enterprise or school in the programme. */
export interface Unit {
  /** Stable id used in URLs (ma_don_vi). */
  id: string;
  /** Official name (ten). */
  name: string;
  /** Kind (loai). */
  kind: Kind;
  /** Track (khối), derived from the kind: decides the criteria set. */
  track: Track;
  /** Locality the unit belongs to (dia_ban). */
  locality: string;
  /** Official administrative code, 5 digits for communes (ma_hanh_chinh). */
  adminCode: string | null;
  /** Address (dia_chi). */
  address: string | null;
}

/** `data/don-vi.csv`. */
export const unitTable = table(
  {
    ma_don_vi: cell.id(),
    ten: cell.text(),
    loai: cell.vocabulary(KINDS),
    dia_ban: cell.text(),
    ma_hanh_chinh: cell.optionalOfficialCode(5),
    dia_chi: cell.optionalText(),
  },
  ['ma_hanh_chinh', 'dia_chi'],
  (r): Unit => ({
    id: r.ma_don_vi,
    name: r.ten,
    kind: r.loai,
    track: TRACK_OF_KIND[r.loai],
    locality: r.dia_ban,
    adminCode: r.ma_hanh_chinh,
    address: r.dia_chi,
  }),
);

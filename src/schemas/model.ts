import { cell, table } from './cell.ts';
import type { ModelRole } from './model-type.ts';

/** A model (mô hình): a community or workplace security model a unit built. */
export interface Model {
  /** Slug used in `/mo-hinh/<slug>/` and as the MDX story's file name (ma_mo_hinh). */
  slug: string;
  name: string;
  /** Type (loai_mo_hinh), e.g. "Camera an ninh": the name of a type of `data/loai-mo-hinh.csv` (as typed until validated). */
  type: string;
  /** What the model counts as for the criteria that ask for models, from its type (filled in once types are checked). */
  countsAs: ModelRole[];
  unitId: string;
  startYear: number;
  /** Year it stopped, null while active. */
  endYear: number | null;
  /** Number of locations (điểm) and teams (tổ), as ministry guidance counts a model. */
  locations: number | null;
  teams: number | null;
  summary: string;
}

/** `data/mo-hinh.csv`. */
export const modelTable = table(
  {
    ma_mo_hinh: cell.id(),
    ten: cell.text(),
    loai_mo_hinh: cell.text(),
    ma_don_vi: cell.id(),
    nam_bat_dau: cell.year(),
    nam_ket_thuc: cell.optionalYear(),
    so_diem: cell.optionalInteger(0, 100000),
    so_to: cell.optionalInteger(0, 100000),
    tom_tat: cell.text(),
  },
  ['nam_ket_thuc', 'so_diem', 'so_to'],
  (r): Model => ({
    slug: r.ma_mo_hinh,
    name: r.ten,
    type: r.loai_mo_hinh,
    countsAs: [],
    unitId: r.ma_don_vi,
    startYear: r.nam_bat_dau,
    endYear: r.nam_ket_thuc,
    locations: r.so_diem,
    teams: r.so_to,
    summary: r.tom_tat,
  }),
);

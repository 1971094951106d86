import { z } from 'astro/zod';
import { cell, table } from './cell.ts';
import { vocabulary } from '../lib/validation/coerce.ts';

/**
 * What a model of a type counts as when the criteria ask for models (QĐ 3554: territorial criterion
 * 16 wants a "Dân vận khéo" model and two movement models, one of them "Camera an ninh";
 * organisational criterion 9 a movement model and security cameras).
 */
export const MODEL_ROLES = {
  dan_van_kheo: 'Dân vận khéo',
  phong_trao: 'Mô hình phong trào',
  camera_an_ninh: 'Camera an ninh',
} as const;
export type ModelRole = keyof typeof MODEL_ROLES;

/** A model type (loại mô hình): one row of `data/loai-mo-hinh.csv`, the vocabulary `mo-hinh.csv` is held to. */
export interface ModelType {
  /** Stable ASCII code (ma_loai), e.g. "camera-an-ninh"; a model may name its type by it. */
  code: string;
  /** The type's name as pages show it (ten), e.g. "Camera an ninh". */
  name: string;
  /** What its models count as for the criteria that ask for models (tinh_la); empty for none. */
  countsAs: ModelRole[];
}

/** "phong_trao/camera_an_ninh": roles separated by "/", each also typed as its label ("Camera an ninh"). */
const roleList = z.string().transform((raw, ctx): ModelRole[] => {
  const roles: ModelRole[] = [];
  for (const part of raw.split(/[/|]/).map((p) => p.trim()).filter(Boolean)) {
    const r = vocabulary(part, MODEL_ROLES);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message, params: { hint: `${r.hint} Nhiều giá trị cách nhau bởi "/", ví dụ phong_trao/camera_an_ninh; để trống nếu loại này không được tính vào tiêu chí nào.` } });
    else if (!roles.includes(r.value)) roles.push(r.value);
  }
  return roles;
});

/** `data/loai-mo-hinh.csv`. */
export const modelTypeTable = table(
  {
    ma_loai: cell.id(),
    ten: cell.text(),
    tinh_la: roleList,
  },
  ['tinh_la'],
  (r): ModelType => ({ code: r.ma_loai, name: r.ten, countsAs: r.tinh_la }),
);

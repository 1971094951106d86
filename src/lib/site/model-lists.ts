import type { Model } from '../../schemas/model.ts';
import { groupModelsByType, sameTypeModels, type ModelGroup } from './models.ts';

/** The figures a list of models opens with: how many, by how many units, how many still active. */
export interface ModelListCounts {
  models: number;
  units: number;
  active: number;
}

/** Counts of a list of models (the whole showcase, or one type's). */
export function modelListCounts(models: readonly Model[]): ModelListCounts {
  return { models: models.length, units: new Set(models.map((m) => m.unitId)).size, active: models.filter((m) => m.endYear === null).length };
}

/** A model's type on its own page: the type's group, a few others of the type, and how many others there are. */
export interface SameType {
  group: ModelGroup;
  others: Model[];
  othersTotal: number;
}

/** A few of the same type, not all: nationally a type has hundreds, and the full list is one link away. */
export function sameTypeView(models: readonly Model[], model: Model, limit: number): SameType {
  const group = groupModelsByType(models).find((g) => g.type === model.type);
  if (!group) throw new Error(`Mô hình ${model.slug} không có trong danh sách mô hình.`);
  return { group, others: sameTypeModels(group.models, model, limit), othersTotal: group.models.length - 1 };
}

import type { Model } from '../../schemas/model.ts';
import { collator, formatNumber } from '../text/format.ts';
import { slugify } from '../text/strings.ts';
import { oncePer } from '../domain/memo.ts';
import { routes } from './routes.ts';

/** One type (loại mô hình) of the showcase with its models, name order. */
export interface ModelGroup {
  type: string;
  /** ASCII id, unique among types: "camera-an-ninh". */
  slug: string;
  /** Page-unique anchor id on the showcase, e.g. "loai-camera-an-ninh". */
  anchor: string;
  /** The type's own list, relative to the base: "mo-hinh/loai/camera-an-ninh/". */
  path: string;
  models: Model[];
}

/** Models a type shows on the showcase before "see all": nationally a type has hundreds. */
export const MODEL_PREVIEW = 12;
/** Models per page of a type's own list: about 40 KB of HTML. */
export const MODEL_PAGE_SIZE = 120;

/**
 * Models grouped by type, types and names in Vietnamese order; anchors stay unique even when two
 * types fold to one slug. Remembered per list, so every model page can ask without regrouping.
 */
export const groupModelsByType = oncePer(group);

function group(models: readonly Model[]): ModelGroup[] {
  const byType = Map.groupBy(models, (m) => m.type);
  const used = new Set<string>();
  return [...byType.keys()].sort(collator.compare).map((type) => {
    const stem = slugify(type) || 'khac';
    let slug = stem;
    for (let n = 2; used.has(slug); n++) slug = `${stem}-${n}`;
    used.add(slug);
    return { type, slug, anchor: `loai-${slug}`, path: routes.modelType(slug), models: [...byType.get(type)!].sort((a, b) => collator.compare(a.name, b.name)) };
  });
}

/** A model still running: no end year. */
export function isActive(model: Pick<Model, 'endYear'>): boolean {
  return model.endYear === null;
}

/** Years a model ran: "từ 2023" while active, "2021–2024" once stopped, "2024" when it ran one year. */
export function modelYearsText(model: Pick<Model, 'startYear' | 'endYear'>): string {
  if (isActive(model)) return `từ ${model.startYear}`;
  if (model.endYear === model.startYear) return String(model.startYear);
  return `${model.startYear}–${model.endYear}`;
}

/**
 * The model's size as ministry guidance counts it: "126 điểm triển khai · 9 tổ"; null when neither is
 * given. "điểm" alone would read as a score beside the units' scores.
 */
export function modelSize(model: Pick<Model, 'locations' | 'teams'>): string | null {
  const parts = [
    model.locations === null ? null : `${formatNumber(model.locations)} điểm triển khai`,
    model.teams === null ? null : `${formatNumber(model.teams)} tổ`,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join(' · ');
}

/**
 * Other models of the same type, active ones first, then by name. `models` is a type's group from
 * `groupModelsByType`, already in name order: re-sorting it on every model page cost 30 ms a page
 * nationally.
 */
export function sameTypeModels(models: readonly Model[], model: Model, limit = Infinity): Model[] {
  // Active first, then by name; the group is already in name order, so a stable partition keeps it.
  const others = models.filter((m) => m.type === model.type && m.slug !== model.slug);
  return [...others.filter(isActive), ...others.filter((m) => !isActive(m))].slice(0, limit);
}

/** The figures a list of models opens with: how many, by how many units, how many still active. */
export interface ModelListCounts {
  models: number;
  units: number;
  active: number;
}

/** Counts of a list of models (the whole showcase, or one type's). */
export function modelListCounts(models: readonly Model[]): ModelListCounts {
  return { models: models.length, units: new Set(models.map((m) => m.unitId)).size, active: models.filter(isActive).length };
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

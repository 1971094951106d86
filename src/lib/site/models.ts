import type { Model } from '../../schemas/model.ts';
import { collator, formatNumber } from '../text/format.ts';
import { slugify } from '../text/strings.ts';
import { oncePer } from '../domain/memo.ts';

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
    return { type, slug, anchor: `loai-${slug}`, path: `mo-hinh/loai/${slug}/`, models: [...byType.get(type)!].sort((a, b) => collator.compare(a.name, b.name)) };
  });
}

/** Years a model ran: "từ 2023" while active, "2021–2024" once stopped, "2024" when it ran one year. */
export function modelYearsText(model: Pick<Model, 'startYear' | 'endYear'>): string {
  if (model.endYear === null) return `từ ${model.startYear}`;
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
  return [...others.filter((m) => m.endYear === null), ...others.filter((m) => m.endYear !== null)].slice(0, limit);
}

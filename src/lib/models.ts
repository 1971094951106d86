import type { Model } from '../schemas/model.ts';
import { collator, formatNumber } from './format.ts';
import { slugify } from './text.ts';
import { oncePer } from './memo.ts';

/** One type (loại mô hình) of the showcase with its models, name order. */
export interface ModelGroup {
  type: string;
  /** Page-unique anchor id, e.g. "loai-camera-an-ninh". */
  anchor: string;
  models: Model[];
}

/**
 * Models grouped by type, types and names in Vietnamese order; anchors stay unique even when two
 * types fold to one slug. Remembered per list, so every model page can ask without regrouping.
 */
export const groupModelsByType = oncePer(group);

function group(models: readonly Model[]): ModelGroup[] {
  const byType = new Map<string, Model[]>();
  for (const m of models) {
    let list = byType.get(m.type);
    if (!list) byType.set(m.type, (list = []));
    list.push(m);
  }
  const used = new Set<string>();
  return [...byType.keys()].sort(collator.compare).map((type) => {
    const stem = `loai-${slugify(type) || 'khac'}`;
    let anchor = stem;
    for (let n = 2; used.has(anchor); n++) anchor = `${stem}-${n}`;
    used.add(anchor);
    return { type, anchor, models: [...byType.get(type)!].sort((a, b) => collator.compare(a.name, b.name)) };
  });
}

/** Years a model ran: "từ 2023" while active, "2021–2024" once stopped, "2024" when it ran one year. */
export function yearSpan(model: Pick<Model, 'startYear' | 'endYear'>): string {
  if (model.endYear === null) return `từ ${model.startYear}`;
  if (model.endYear === model.startYear) return String(model.startYear);
  return `${model.startYear}–${model.endYear}`;
}

/** The model's size as ministry guidance counts it: "126 điểm · 9 tổ"; null when neither is given. */
export function modelSize(model: Pick<Model, 'locations' | 'teams'>): string | null {
  const parts = [
    model.locations === null ? null : `${formatNumber(model.locations)} điểm`,
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

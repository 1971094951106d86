import type { Track } from '../../schemas/vocabulary.ts';
import type { CriteriaSet } from '../../schemas/criteria-set.ts';
import type { Model } from '../../schemas/model.ts';
import type { ModelRole } from '../../schemas/model-type.ts';
import { collator } from '../text/format.ts';

/** A model a requirement asks for: one model that counts as all of `roles`. */
interface Slot {
  label: string;
  roles: readonly ModelRole[];
}

/** A sub-item of a criterion that asks for models; its slots are filled by different models. */
interface Requirement {
  item: number;
  text: string;
  slots: readonly Slot[];
  /** What the criterion also accepts that the models data cannot show. */
  otherwise: string | null;
}

/**
 * The criteria of QĐ 3554/QĐ-BCA-V05 that ask for models, by track: territorial criterion 16.1 (a
 * "Dân vận khéo" model and two movement models, one of them "Camera an ninh": three models), and
 * organisational 9.1 (a movement model, or a thematic review) and 9.4 (security cameras installed).
 */
const MODEL_CRITERIA: Record<Track, { criterion: number; requirements: readonly Requirement[] }> = {
  dia_ban: {
    criterion: 16,
    requirements: [
      {
        item: 1,
        text: 'ít nhất 01 mô hình “Dân vận khéo” và 02 mô hình trong phong trào toàn dân bảo vệ an ninh Tổ quốc, trong đó có 01 mô hình “Camera an ninh”',
        slots: [
          { label: 'Mô hình “Dân vận khéo”', roles: ['dan_van_kheo'] },
          { label: 'Mô hình phong trào “Camera an ninh”', roles: ['phong_trao', 'camera_an_ninh'] },
          { label: 'Mô hình phong trào thứ hai', roles: ['phong_trao'] },
        ],
        otherwise: null,
      },
    ],
  },
  co_quan: {
    criterion: 9,
    requirements: [
      { item: 1, text: 'xây dựng 01 mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc', slots: [{ label: 'Mô hình phong trào', roles: ['phong_trao'] }], otherwise: 'Tiêu chí cũng chấp nhận một chuyên đề được sơ kết, tổng kết hoặc triển khai trong năm; dữ liệu mô hình không ghi chuyên đề.' },
      { item: 4, text: 'lắp đặt Camera an ninh tại các vị trí cần thiết', slots: [{ label: 'Camera an ninh', roles: ['camera_an_ninh'] }], otherwise: 'Camera lắp đặt mà không ghi thành mô hình thì không có trong dữ liệu mô hình.' },
    ],
  },
};

export interface SlotCheck {
  label: string;
  /** The model that fills the slot; null when none of the unit's active models can. */
  model: Model | null;
}

export interface RequirementCheck {
  /** "16.1" */
  item: string;
  text: string;
  met: boolean;
  slots: SlotCheck[];
  otherwise: string | null;
}

/**
 * Whether a unit's models, as the data records them, give what the criterion asking for models
 * wants: information for the reader, not the appraisal council's score of that criterion.
 */
export interface ModelCriterionCheck {
  criterion: number;
  year: number;
  /** The decision of the criteria set the criterion belongs to, e.g. "3554/QĐ-BCA-V05". */
  decision: string;
  met: boolean;
  requirements: RequirementCheck[];
  /** The unit's models active in the year, name order. */
  active: Model[];
}

/** A model counts in the years from its first to the one it stopped in (modelYearsText shows that span). */
export function activeIn(model: Pick<Model, 'startYear' | 'endYear'>, year: number): boolean {
  return model.startYear <= year && (model.endYear === null || model.endYear >= year);
}

/**
 * Different models for different slots: a maximum matching (augmenting paths), so a model that
 * could fill two slots is put where no other model can go. A unit has a handful of models.
 */
function fill(slots: readonly Slot[], models: readonly Model[]): (Model | null)[] {
  const fits = slots.map((s) => models.map((m, i) => (s.roles.every((r) => m.countsAs.includes(r)) ? i : -1)).filter((i) => i >= 0));
  const slotOf = new Array<number>(models.length).fill(-1);
  const place = (slot: number, seen: Set<number>): boolean => {
    for (const m of fits[slot]!) {
      if (seen.has(m)) continue;
      seen.add(m);
      if (slotOf[m] === -1 || place(slotOf[m]!, seen)) {
        slotOf[m] = slot;
        return true;
      }
    }
    return false;
  };
  for (let s = 0; s < slots.length; s++) place(s, new Set());
  return slots.map((_, s) => {
    const m = slotOf.indexOf(s);
    return m < 0 ? null : models[m]!;
  });
}

/**
 * The check of the criterion that asks for models, for a unit of `track` in `year` with its models;
 * null when the criteria set in force that year is not itemised or has no such criterion (the
 * temporary set of QĐ 9745, residential areas with no set).
 */
export function modelCriterionCheck(track: Track, year: number, models: readonly Model[], set: CriteriaSet | undefined): ModelCriterionCheck | null {
  const rule = MODEL_CRITERIA[track];
  if (!set || set.track !== track || !set.groups.some((g) => g.criteria.some((c) => c.no === rule.criterion))) return null;
  const active = models.filter((m) => activeIn(m, year)).sort((a, b) => collator.compare(a.name, b.name));
  const requirements = rule.requirements.map((req): RequirementCheck => {
    const filled = fill(req.slots, active);
    return {
      item: `${rule.criterion}.${req.item}`,
      text: req.text,
      met: filled.every((m) => m !== null),
      slots: req.slots.map((s, i) => ({ label: s.label, model: filled[i]! })),
      otherwise: req.otherwise,
    };
  });
  return { criterion: rule.criterion, year, decision: set.decision, met: requirements.every((r) => r.met), requirements, active };
}

import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../schemas/criteria-set.ts';
import type { Model } from '../../schemas/model.ts';
import type { ModelRole } from '../../schemas/model-type.ts';
import { activeIn, modelCriterionCheck } from './model-criteria.ts';

const setOf = (track: 'dia_ban' | 'co_quan', criterion: number) =>
  ({ track, decision: '3554/QĐ-BCA-V05', groups: [{ no: 4, name: 'Nhóm 4', points: 10, criteria: [{ no: criterion, points: 5, items: [] }] }] }) as unknown as CriteriaSet;
const territorial = setOf('dia_ban', 16);
const organisational = setOf('co_quan', 9);

let n = 0;
function model(name: string, countsAs: ModelRole[], startYear = 2024, endYear: number | null = null): Model {
  return { slug: `m-${++n}`, name, type: name, countsAs, unitId: 'u', startYear, endYear, locations: null, teams: null, summary: '' };
}
const DVK = (name = 'Dân vận khéo', ...years: [number?, (number | null)?]) => model(name, ['dan_van_kheo'], years[0], years[1]);
const CAMERA = (name = 'Camera an ninh', ...years: [number?, (number | null)?]) => model(name, ['phong_trao', 'camera_an_ninh'], years[0], years[1]);
const MOVEMENT = (name = 'Tiếng loa an ninh', ...years: [number?, (number | null)?]) => model(name, ['phong_trao'], years[0], years[1]);

describe('whether a unit’s models meet the criterion that asks for models', () => {
  it('territorial 16.1: met with a “Dân vận khéo”, a “Camera an ninh” and another movement model', () => {
    const c = modelCriterionCheck('dia_ban', 2025, [MOVEMENT(), CAMERA(), DVK()], territorial)!;
    expect(c).toMatchObject({ criterion: 16, year: 2025, met: true, decision: '3554/QĐ-BCA-V05' });
    expect(c.requirements[0]!.item).toBe('16.1');
    expect(c.requirements[0]!.slots.map((s) => s.model?.name)).toEqual(['Dân vận khéo', 'Camera an ninh', 'Tiếng loa an ninh']);
  });

  it('territorial 16.1: two camera models are two movement models, one camera model is not', () => {
    expect(modelCriterionCheck('dia_ban', 2025, [CAMERA('Camera A'), CAMERA('Camera B'), DVK()], territorial)!.met).toBe(true);
    const one = modelCriterionCheck('dia_ban', 2025, [CAMERA(), DVK()], territorial)!;
    expect(one.met).toBe(false);
    expect(one.requirements[0]!.slots.map((s) => s.model?.name ?? null)).toEqual(['Dân vận khéo', 'Camera an ninh', null]);
  });

  it('puts a model where no other can go: one that could be the “Dân vận khéo” or the camera fills the camera slot', () => {
    // By name the double-counting model comes first, so filling slots in order alone would spend it on "Dân vận khéo".
    const both = model('A: camera do Dân vận khéo vận động', ['dan_van_kheo', 'phong_trao', 'camera_an_ninh']);
    const c = modelCriterionCheck('dia_ban', 2025, [MOVEMENT('B loa'), both, DVK('C dân vận')], territorial)!;
    expect(c.met).toBe(true);
    expect(c.requirements[0]!.slots.map((s) => s.model?.name)).toEqual(['C dân vận', 'A: camera do Dân vận khéo vận động', 'B loa']);
  });

  it('territorial 16.1: a model only counts in the years it ran', () => {
    const models = [DVK('Dân vận khéo', 2026), CAMERA('Camera', 2021, 2024), MOVEMENT()];
    expect(modelCriterionCheck('dia_ban', 2025, models, territorial)!.met).toBe(false);
    expect(modelCriterionCheck('dia_ban', 2024, models, territorial)!.requirements[0]!.slots[1]!.model?.name).toBe('Camera');
    expect(modelCriterionCheck('dia_ban', 2025, models, territorial)!.active.map((m) => m.name)).toEqual(['Tiếng loa an ninh']);
    expect(activeIn({ startYear: 2021, endYear: 2025 }, 2025)).toBe(true);
    expect(activeIn({ startYear: 2021, endYear: 2025 }, 2026)).toBe(false);
  });

  it('organisational 9: a movement model (9.1) and security cameras (9.4), which one camera model gives both', () => {
    const c = modelCriterionCheck('co_quan', 2025, [CAMERA()], organisational)!;
    expect(c).toMatchObject({ criterion: 9, met: true });
    expect(c.requirements.map((r) => [r.item, r.met])).toEqual([['9.1', true], ['9.4', true]]);
    const none = modelCriterionCheck('co_quan', 2025, [model('Cách làm hay', [])], organisational)!;
    expect(none.requirements.map((r) => r.met)).toEqual([false, false]);
    expect(none.requirements[0]!.otherwise).toContain('chuyên đề');
  });

  it('says nothing where the set in force has no such criterion or is not itemised', () => {
    expect(modelCriterionCheck('dia_ban', 2023, [DVK()], undefined)).toBeNull();
    expect(modelCriterionCheck('dia_ban', 2023, [DVK()], { ...territorial, groups: [] })).toBeNull();
    expect(modelCriterionCheck('co_quan', 2025, [CAMERA()], territorial)).toBeNull();
  });
});

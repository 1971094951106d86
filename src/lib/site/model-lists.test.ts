import { describe, expect, it } from 'vitest';
import { model } from '../../../tests/helpers/tiny-site.ts';
import { modelListCounts, sameTypeView } from './model-lists.ts';

describe('lists of models', () => {
  it('count models, the units that built them and those still active', () => {
    const models = [model('a', 'u1'), model('b', 'u1', { endYear: 2024 }), model('c', 'u2')];
    expect(modelListCounts(models)).toEqual({ models: 3, units: 2, active: 2 });
    expect(modelListCounts([])).toEqual({ models: 0, units: 0, active: 0 });
  });

  it("show a model's type with a few others of it, active first, and how many others the type has", () => {
    const models = [
      model('a', 'u', { name: 'A' }),
      model('b', 'u', { name: 'B', endYear: 2024 }),
      model('c', 'u', { name: 'C' }),
      model('d', 'u', { name: 'D' }),
      model('x', 'u', { name: 'X', type: 'Tổ tự quản' }),
    ];
    const view = sameTypeView(models, models[0]!, 2);
    expect(view.group.type).toBe('Camera an ninh');
    expect(view.others.map((m) => m.slug)).toEqual(['c', 'd']);
    expect(view.othersTotal).toBe(3);
    expect(sameTypeView(models, models[4]!, 2)).toMatchObject({ others: [], othersTotal: 0 });
  });

  it('refuse a model that is not in the list', () => {
    expect(() => sameTypeView([model('a', 'u')], model('z', 'u', { type: 'Khác' }), 2)).toThrow(/z/);
  });
});

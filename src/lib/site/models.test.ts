import { describe, expect, it } from 'vitest';
import type { Model } from '../../schemas/model.ts';
import { groupModelsByType, isActive, modelListCounts, modelSize, sameTypeModels, sameTypeView, modelYearsText } from './models.ts';
import { model as tinyModel } from '../../../tests/helpers/tiny-site.ts';
import { ui } from '../../i18n/ui.ts';

function model(slug: string, name: string, type: string, extra: Partial<Model> = {}): Model {
  return { slug, name, type, countsAs: [], unitId: 'xa-a', startYear: 2021, endYear: null, locations: null, teams: null, summary: '…', ...extra };
}

describe('grouping models by type', () => {
  it('orders types and names the Vietnamese way (Đ after D)', () => {
    const groups = groupModelsByType([
      model('c', 'Đèn ngõ', 'Ngọn đèn an ninh'),
      model('b', 'Đường sáng', 'Dân vận khéo'),
      model('a', 'Dân vận chợ', 'Dân vận khéo'),
      model('d', 'Camera cổng', 'Camera an ninh'),
    ]);
    expect(groups.map((g) => g.type)).toEqual(['Camera an ninh', 'Dân vận khéo', 'Ngọn đèn an ninh']);
    expect(groups[1]!.models.map((m) => m.name)).toEqual(['Dân vận chợ', 'Đường sáng']);
  });
  it('gives each type an ASCII anchor, unique even when two types fold to the same slug', () => {
    const groups = groupModelsByType([model('a', 'A', 'Tự quản về ANTT'), model('b', 'B', 'Tự quản về ANTT.'), model('c', 'C', 'Dòng họ tự quản')]);
    expect(groups.map((g) => g.anchor)).toEqual(['loai-dong-ho-tu-quan', 'loai-tu-quan-ve-antt', 'loai-tu-quan-ve-antt-2']);
    expect(groups.map((g) => g.path)).toEqual(['mo-hinh/loai/dong-ho-tu-quan/', 'mo-hinh/loai/tu-quan-ve-antt/', 'mo-hinh/loai/tu-quan-ve-antt-2/']);
  });
  it('returns no group for no model', () => {
    expect(groupModelsByType([])).toEqual([]);
  });
  it('groups a list once and returns the same groups when asked again', () => {
    const list = [model('a', 'A', 'Camera an ninh')];
    expect(groupModelsByType(list)).toBe(groupModelsByType(list));
  });
});

describe('the years a model ran', () => {
  it('says "từ" while the model is active', () => {
    expect(modelYearsText({ startYear: 2023, endYear: null })).toBe('từ 2023');
  });
  it('writes a span with an en dash once it stopped', () => {
    expect(modelYearsText({ startYear: 2021, endYear: 2024 })).toBe('2021–2024');
  });
  it('writes one year when it started and stopped the same year', () => {
    expect(modelYearsText({ startYear: 2024, endYear: 2024 })).toBe('2024');
  });
});

describe('the size of a model', () => {
  it('counts locations and teams with Vietnamese thousands', () => {
    expect(modelSize({ locations: 1260, teams: 9 })).toBe('1.260 điểm triển khai · 9 tổ');
  });
  it('shows only what is given, and nothing when neither is', () => {
    expect(modelSize({ locations: null, teams: 7 })).toBe('7 tổ');
    expect(modelSize({ locations: 0, teams: null })).toBe('0 điểm triển khai');
    expect(modelSize({ locations: null, teams: null })).toBeNull();
    // The model page then says what is missing, naming locations as locations, never as bare "điểm".
    expect(ui.modelSizeMissing).toBe('Chưa ghi số điểm triển khai, số tổ.');
  });
});

describe('other models of the same type', () => {
  it('leaves out the model itself and other types, lists active models first', () => {
    const self = model('a', 'Camera A', 'Camera an ninh');
    const others = sameTypeModels(
      [self, model('b', 'Camera B', 'Camera an ninh', { endYear: 2024 }), model('c', 'Camera C', 'Camera an ninh'), model('d', 'Loa', 'Tiếng loa an ninh')],
      self,
    );
    expect(others.map((m) => m.slug)).toEqual(['c', 'b']);
  });
  it('stops at the limit a page asks for', () => {
    const self = model('a', 'Camera A', 'Camera an ninh');
    const many = Array.from({ length: 30 }, (_, i) => model(`m${i}`, `Camera ${i}`, 'Camera an ninh'));
    expect(sameTypeModels([self, ...many], self, 12)).toHaveLength(12);
  });
});

describe('lists of models', () => {
  it('count models, the units that built them and those still active', () => {
    const models = [tinyModel('a', 'u1'), tinyModel('b', 'u1', { endYear: 2024 }), tinyModel('c', 'u2')];
    expect(modelListCounts(models)).toEqual({ models: 3, units: 2, active: 2 });
    expect(modelListCounts([])).toEqual({ models: 0, units: 0, active: 0 });
  });

  it("show a model's type with a few others of it, active first, and how many others the type has", () => {
    const models = [
      tinyModel('a', 'u', { name: 'A' }),
      tinyModel('b', 'u', { name: 'B', endYear: 2024 }),
      tinyModel('c', 'u', { name: 'C' }),
      tinyModel('d', 'u', { name: 'D' }),
      tinyModel('x', 'u', { name: 'X', type: 'Tổ tự quản' }),
    ];
    const view = sameTypeView(models, models[0]!, 2);
    expect(view.group.type).toBe('Camera an ninh');
    expect(view.others.map((m) => m.slug)).toEqual(['c', 'd']);
    expect(view.othersTotal).toBe(3);
    expect(sameTypeView(models, models[4]!, 2)).toMatchObject({ others: [], othersTotal: 0 });
  });

  it('refuse a model that is not in the list', () => {
    expect(() => sameTypeView([tinyModel('a', 'u')], tinyModel('z', 'u', { type: 'Khác' }), 2)).toThrow(/z/);
  });
});

describe('an active model', () => {
  it('is one with no end year', () => {
    expect(isActive({ endYear: null })).toBe(true);
    expect(isActive({ endYear: 2024 })).toBe(false);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, summary } from '../../../../tests/helpers/fixture.ts';
import { loadDataset } from '../dataset.ts';

describe('model types are a vocabulary', () => {
  it('reports a model whose type is not in data/loai-mo-hinh.csv, suggesting the closest type', () => {
    const f = fixture();
    f.setCell('data/mo-hinh.csv', 2, 'loai_mo_hinh', 'Camera an nin');
    const problems = f.validate();
    expect(summary(problems)).toContain('data/mo-hinh.csv:2:C Loại mô hình "Camera an nin" không có trong data/loai-mo-hinh.csv.');
    expect(problems.find((p) => p.message.includes('Camera an nin'))?.hint).toContain('Có phải là "Camera an ninh"?');
  });

  it('accepts a type typed in another case, without tone marks or by its code, and names it as the vocabulary does', () => {
    for (const typed of ['camera AN NINH', 'Camera an ninh ', 'camera-an-ninh']) {
      const f = fixture();
      f.setCell('data/mo-hinh.csv', 2, 'loai_mo_hinh', typed);
      const o = loadDataset({ dataDir: f.dataDir, contentDir: path.join(f.root, 'content') });
      if (!o.ok) throw new Error(summary(o.problems).join('\n'));
      expect(o.dataset.models[0]).toMatchObject({ type: 'Camera an ninh', countsAs: ['phong_trao', 'camera_an_ninh'] });
    }
  });

  it('lets editors add a type, and holds what it counts as to the known roles', () => {
    const f = fixture();
    f.appendLine('data/loai-mo-hinh.csv', 'ngon-den-an-ninh,Ngọn đèn an ninh,Mô hình phong trào');
    f.setCell('data/mo-hinh.csv', 2, 'loai_mo_hinh', 'Ngọn đèn an ninh');
    expect(f.validate()).toEqual([]);
    f.appendLine('data/loai-mo-hinh.csv', 'xu-dao,Xứ đạo an ninh,phong_trao/an_ninh_xa');
    expect(summary(f.validate()).some((l) => l.startsWith('data/loai-mo-hinh.csv:5:C') && l.includes('"an_ninh_xa" không phải giá trị hợp lệ'))).toBe(true);
  });

  it('refuses two types that could not be told apart', () => {
    const f = fixture();
    f.appendLine('data/loai-mo-hinh.csv', 'camera,CAMERA AN NINH,');
    expect(summary(f.validate())).toContain('data/loai-mo-hinh.csv:4:B Loại mô hình "CAMERA AN NINH" trùng với dòng 2.');
  });

  it('asks for the file like every other table', () => {
    const f = fixture();
    f.write('data/loai-mo-hinh.csv', '');
    expect(summary(f.validate()).some((l) => l.startsWith('data/loai-mo-hinh.csv'))).toBe(true);
  });
});

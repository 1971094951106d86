import { isCommuneKind, KINDS } from '../../../schemas/vocabulary.ts';
import { likelyCommunes, sameName } from '../registry.ts';
import { cellAt } from '../table.ts';
import type { RuleContext } from './context.ts';

/**
 * Every unit names its province and commune by official code, checked against the registry: the
 * codes exist, the commune is in that province, a commune unit is that commune (kind and name), and
 * the province is one the site covers. A mistyped code is answered with the likely right one.
 */
export function localities(ctx: RuleContext): void {
  const { sources, problems } = ctx;
  const reg = sources.registry;
  if (!reg) return;
  const registry = reg.value;
  const settings = sources.settings?.value;
  if (reg.own && settings && !settings.isSample) {
    problems.add({ file: reg.file, scope: 'file', message: 'Dữ liệu thật ("du_lieu_minh_hoa": false) phải dùng danh mục hành chính chính thức, không dùng danh mục địa danh riêng.', hint: 'Xóa tệp này; mã tỉnh, mã xã của đơn vị lấy theo danh mục chính thức (registry/).' });
  }
  for (const code of settings?.provinces ?? []) {
    if (!registry.provinces.has(code)) problems.add({ file: sources.settings!.file, columnName: 'ma_tinh', message: `Không có tỉnh mã "${code}" trong danh mục hành chính.`, hint: `Các mã tỉnh: ${[...registry.provinces.values()].map((p) => `${p.code} (${p.name})`).join(', ')}.` });
  }
  const { columns } = sources.units;
  for (const { value: u, row } of sources.units.rows) {
    const at = (key: string) => cellAt(columns, row, key);
    const province = registry.provinces.get(u.provinceCode);
    if (!province) {
      problems.add({ ...at('ma_tinh'), message: `Không có tỉnh mã "${u.provinceCode}" trong danh mục hành chính (${reg.file}).`, hint: 'Ghi mã tỉnh 2 chữ số theo danh mục, ví dụ 46 (Thành phố Huế); định dạng cột là Văn bản để giữ số 0 đầu.' });
    } else if (settings?.provinces && !settings.provinces.includes(u.provinceCode)) {
      problems.add({ ...at('ma_tinh'), message: `${province.fullName} (mã ${u.provinceCode}) không thuộc phạm vi của trang (ma_tinh trong cai-dat.json: ${settings.provinces.join(', ')}).`, hint: 'Kiểm tra mã tỉnh của đơn vị, hoặc thêm tỉnh vào "ma_tinh" của cai-dat.json nếu trang phụ trách cả tỉnh đó.' });
    }
    const isCommune = isCommuneKind(u.kind);
    const commune = registry.communes.get(u.communeCode);
    if (!commune) {
      const guesses = likelyCommunes(registry, u.communeCode, province ? u.provinceCode : null, isCommune ? u.name : null);
      problems.add({
        ...at('ma_xa'),
        message: `Không có xã, phường, đặc khu mã "${u.communeCode}" trong danh mục hành chính${province ? ` của ${province.fullName}` : ''}.`,
        hint: guesses.length > 0 ? `Có phải là ${guesses.map((c) => `${c.code} (${c.fullName})`).join(' hoặc ')}?` : 'Tra mã 5 chữ số trong danh mục hành chính (registry/) và ghi lại; định dạng cột là Văn bản để giữ số 0 đầu.',
      });
      continue;
    }
    if (province && commune.provinceCode !== u.provinceCode) {
      const real = registry.provinces.get(commune.provinceCode);
      problems.add({ ...at('ma_xa'), message: `${commune.fullName} (mã ${commune.code}) thuộc ${real?.fullName ?? commune.provinceCode}, không thuộc ${province.fullName}.`, hint: `Sửa ma_tinh thành ${commune.provinceCode}, hoặc kiểm tra lại ma_xa.` });
    }
    if (isCommune) {
      if (commune.kind !== u.kind) {
        problems.add({ ...at('loai'), message: `Theo danh mục, mã ${commune.code} là ${commune.fullName} (${KINDS[commune.kind].toLowerCase()}), không phải ${KINDS[u.kind].toLowerCase()}.`, hint: `Ghi loai là ${commune.kind}, hoặc kiểm tra lại ma_xa.` });
      } else if (!sameName(commune.fullName, u.name)) {
        problems.add({ ...at('ten'), message: `Tên "${u.name}" khác tên trong danh mục của mã ${commune.code}: "${commune.fullName}".`, hint: `Ghi tên "${commune.fullName}", hoặc kiểm tra lại ma_xa nếu đơn vị là nơi khác.` });
      }
    }
  }
}

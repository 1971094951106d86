import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/build.ts';

// The sample fixture as built: each year's plan, the 2025 reorganisation, awards and targets on the pages.
const DIST = builtSite('sample');
const page = (rel: string) => readFileSync(path.join(DIST, rel, 'index.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const section = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from) + from.length));

describe('the pages follow each year\'s plan', () => {
  it('/quy-trinh/ names each year\'s deciding body, conditions with the year they read, dossier and calendar', () => {
    const text = page('quy-trinh');
    const y2023 = section(text, 'Năm 2023', 'Năm 2022');
    const y2026 = section(text, 'Năm 2026 (năm hiện tại)', 'Năm 2025');
    expect(y2023).toContain('Ban Chỉ đạo phòng, chống tội phạm và phong trào toàn dân bảo vệ ANTQ cấp huyện xét, công nhận xã, phường, thị trấn');
    expect(y2023).toContain('Quý I');
    expect(y2026).toContain('UBND tỉnh quyết định công nhận xã, phường, đặc khu');
    expect(y2026).toContain('Xếp loại phong trào toàn dân bảo vệ ANTQ năm 2025 từ mức “Khá” trở lên');
    expect(y2026).toContain('Bảng tự chấm điểm theo Bộ tiêu chí');
    expect(text).not.toContain('Ủy ban nhân dân có thẩm quyền ra quyết định');
  });

  it('a commune that absorbed a thị trấn in 2025 carries its history, and the thị trấn points to it', () => {
    expect(page('don-vi/xa-thuong-lam')).toMatch(/Đơn vị trước sắp xếp Thị trấn Cầu Gỗ nhập vào Xã Thượng Lâm năm 2025 .*Năm 2024: Công nhận/);
    expect(page('don-vi/thi-tran-cau-go')).toContain('Từ năm 2025, Thị trấn Cầu Gỗ nhập vào Xã Thượng Lâm');
  });

  it('the thị trấn recognised in 2024 no longer counts as holding its recognition once merged, nor as due for maintenance', () => {
    const unit = page('don-vi/thi-tran-cau-go');
    expect(unit).toContain('Đã được công nhận năm 2024; từ năm 2025 đơn vị nhập vào đơn vị khác, không còn là đơn vị riêng.');
    expect(unit).not.toContain('Được công nhận điển hình năm 2024.');
    const maintenance = page('duy-tri');
    expect(maintenance).toMatch(/Thị trấn Cầu Gỗ [^Đ]{0,120}Đã sáp nhập /);
    expect(maintenance).toMatch(/\d+ đơn vị từng được công nhận: \d+ đang giữ công nhận, \d+ không duy trì, \d+ bị thu hồi, 1 đã sáp nhập vào đơn vị khác\./);
    const [, total, standing, lapsed, revoked, merged] = /(\d+) đơn vị từng được công nhận: (\d+) đang giữ công nhận, (\d+) không duy trì, (\d+) bị thu hồi, (\d+) đã sáp nhập/.exec(maintenance)!.map(Number);
    expect(standing! + lapsed! + revoked! + merged!).toBe(total);
  });

  it('a residential area says it has no criteria set instead of naming the communes\' track', () => {
    expect(page('don-vi/khu-dan-cu-so-3-tan-hoa')).toContain('Chưa có bộ tiêu chí chấm điểm cho loại đơn vị này');
  });

  it('awards are on the unit and year pages', () => {
    expect(page('don-vi/phuong-song-may')).toContain('Bằng khen của Chủ tịch UBND tỉnh Sông Mây năm 2024: Quyết định số 3012/QĐ-UBND ngày 28/12/2024');
    expect(page('nam/2025')).toContain('Khen thưởng năm 2025');
  });

  it('the current year\'s targets say how many units are still in progress, a closed year đạt or không đạt', () => {
    const home = page('');
    expect(home).toMatch(/Chỉ tiêu năm 2026 .*Đang thực hiện: 0\/3, \d+ đơn vị đang thực hiện chưa có kết quả/);
    expect(home).not.toContain('Còn thiếu');
    expect(page('nam/2025')).toMatch(/Đạt chỉ tiêu \(\d+\/3\)/);
  });

  it('the unit page says which year\'s classification and "An toàn về ANTT" it shows', () => {
    expect(page('don-vi/xa-thuong-lam')).toContain('Xếp loại phong trào năm 2024');
    expect(page('don-vi/xa-thuong-lam')).toContain('“An toàn về ANTT” năm 2024');
  });

  it('/tieu-chi/ states the rule of each set, says it is an assumption, and names the kinds of each set\'s time', () => {
    const text = page('tieu-chi');
    expect(text).toContain('Mọi tiêu chí đều đạt: điểm thẩm định bằng điểm tối đa của tiêu chí');
    expect(text).toContain('Giả định');
    expect(text).toContain('Xã, phường, thị trấn');
  });

  it('plans, dossier, awards, targets and calendar are open data, described in datapackage.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(DIST, 'du-lieu/datapackage.json'), 'utf8')) as { resources: { name: string; schema: { fields: { name: string; type: string }[] } }[] };
    for (const name of ['ke-hoach', 'ho-so', 'khen-thuong', 'chi-tieu', 'lich']) {
      expect(existsSync(path.join(DIST, `du-lieu/${name}.csv`)), name).toBe(true);
      expect(pkg.resources.map((r) => r.name)).toContain(name);
    }
    const targets = pkg.resources.find((r) => r.name === 'chi-tieu')!;
    expect(targets.schema.fields.find((f) => f.name === 'chi_tieu')?.type).toBe('integer');
  });
});

import { describe, expect, it } from 'vitest';
import type { CalendarStep } from '../../schemas/calendar.ts';
import { model, result, tinySite, unit } from '../../../tests/helpers/tiny-site.ts';
import { homeSummary } from './home-summary.ts';

const step = (due: string | null, text: string): CalendarStep => ({ year: 2025, step: 'khac', text, due, period: due ? null : 'Quý IV', actor: null, level: null, source: '' });
const noPhoto = () => false;

describe('the home page summary', () => {
  it('counts the units holding the title now, not those that lapsed', () => {
    const site = tinySite({
      units: [unit('a', [result(2023, 'cong_nhan'), result(2024, 'duy_tri')]), unit('b', [result(2023, 'cong_nhan'), result(2024, 'khong_duy_tri')]), unit('c', [result(2024, 'khong_cong_nhan')])],
    });
    expect(homeSummary(site, '2025-06-01', noPhoto).standing).toBe(1);
  });

  it('splits the current year into building and maintaining units', () => {
    const site = tinySite({ units: [unit('a', [result(2024, 'cong_nhan'), result(2025, 'dang_thuc_hien', { stage: 'duy_tri' })]), unit('b', [result(2025, 'dang_thuc_hien')])] });
    const home = homeSummary(site, '2025-06-01', noPhoto);
    expect(home.current?.year).toBe(2025);
    expect([home.building, home.maintaining]).toEqual([1, 1]);
  });

  it('takes the latest year with decisions, skipping a current year still under way', () => {
    const site = tinySite({ units: [unit('a', [result(2023, 'cong_nhan'), result(2024, 'duy_tri'), result(2025, 'dang_thuc_hien')])] });
    expect(homeSummary(site, '2025-06-01', noPhoto).lastDecided?.year).toBe(2024);
    expect(homeSummary(tinySite({ units: [unit('a', [result(2025, 'khong_cong_nhan')])] }), '2025-06-01', noPhoto).lastDecided).toBeUndefined();
  });

  it('marks the plan: steps past the build day done, the first one due on or after it next, a step with only a period never next', () => {
    const site = tinySite({ calendar: [step('2025-03-01', 'đăng ký'), step(null, 'quý'), step('2025-06-01', 'hồ sơ'), step('2025-09-01', 'thẩm định')] });
    const states = homeSummary(site, '2025-06-01', noPhoto).steps.map((s) => [s.step.text, s.state]);
    expect(Object.fromEntries(states)).toEqual({ 'đăng ký': 'done', quý: 'later', 'hồ sơ': 'next', 'thẩm định': 'later' });
  });

  it('features three active models, those with a photo first, otherwise in name order', () => {
    const models = ['a', 'b', 'c', 'd', 'e'].map((s) => model(s, 'u', { name: `Mô hình ${s}`, endYear: s === 'a' ? 2024 : null }));
    const home = homeSummary(tinySite({ models }), '2025-06-01', (slug) => slug === 'e' || slug === 'a');
    expect(home.featured.map((m) => m.slug)).toEqual(['e', 'b', 'c']);
  });
});

import { describe, expect, it } from 'vitest';
import { boolean, date, DECIMAL, decimal, id, integer, officialCode, plainDecimal, vocabulary } from './coerce.ts';
import { KINDS } from '../../schemas/vocabulary.ts';

describe('cells are read as text and coerced explicitly', () => {
  it('reads dd/mm/yyyy and ISO dates and returns ISO', () => {
    expect(date('05/02/2026')).toEqual({ ok: true, value: '2026-02-05' });
    expect(date('5/2/2026')).toEqual({ ok: true, value: '2026-02-05' });
    expect(date('2026-02-05')).toEqual({ ok: true, value: '2026-02-05' });
  });
  it('refuses to guess: Excel serial numbers, two-digit years, impossible dates, US order', () => {
    expect(date('46058')).toMatchObject({ ok: false, message: expect.stringContaining('số ngày của Excel') });
    expect(date('05/02/26')).toMatchObject({ ok: false, message: expect.stringContaining('2 chữ số') });
    expect(date('31/02/2026')).toMatchObject({ ok: false, message: expect.stringContaining('không có trên lịch') });
    expect(date('12/31/2026')).toMatchObject({ ok: false });
  });
  it('reads decimal commas and points, and refuses thousands separators', () => {
    expect(decimal('4,5')).toEqual({ ok: true, value: 4.5 });
    expect(decimal('4.5')).toEqual({ ok: true, value: 4.5 });
    expect(decimal('1.234,5')).toMatchObject({ ok: false });
    expect(decimal('abc')).toMatchObject({ ok: false });
  });
  it('keeps leading zeros of official codes and says when Excel stripped them', () => {
    expect(officialCode('00123', 5)).toEqual({ ok: true, value: '00123' });
    const stripped = officialCode('123', 5);
    expect(stripped).toMatchObject({ ok: false, message: expect.stringContaining('thiếu số 0') });
    expect(stripped.ok || stripped.hint).toContain('"00123"');
  });
  it('accepts a vocabulary code or its label with or without diacritics', () => {
    expect(vocabulary('co_so_giao_duc', KINDS)).toEqual({ ok: true, value: 'co_so_giao_duc' });
    expect(vocabulary('Cơ sở giáo dục', KINDS)).toEqual({ ok: true, value: 'co_so_giao_duc' });
    expect(vocabulary('co so giao duc', KINDS)).toEqual({ ok: true, value: 'co_so_giao_duc' });
    expect(vocabulary('Trường học', KINDS)).toMatchObject({ ok: false, hint: expect.stringContaining('co_so_giao_duc') });
  });
  it('accepts ids fit for a URL and suggests one otherwise', () => {
    expect(id('phuong-an-binh')).toEqual({ ok: true, value: 'phuong-an-binh' });
    expect(id('Phường An Bình')).toMatchObject({ ok: false, hint: expect.stringContaining('phuong-an-binh') });
  });
  it('reads yes/no and integers within bounds', () => {
    expect(boolean('Có')).toEqual({ ok: true, value: true });
    expect(boolean('x')).toEqual({ ok: true, value: true });
    expect(boolean('')).toEqual({ ok: true, value: false });
    expect(boolean('maybe')).toMatchObject({ ok: false });
    expect(integer('2026', 2000, 2100)).toEqual({ ok: true, value: 2026 });
    expect(integer('1999', 2000, 2100)).toMatchObject({ ok: false });
  });
});

describe('the fast path for score cells', () => {
  it('reads a plain decimal exactly as the decimal pattern and Number do, and declines everything else', () => {
    const probes = ['0', '7', '12', '05', '4,5', '4.5', '0.25', '99,75', '0.1', '0.3', '123456789012345', '1234567890.12345', '12345678901234567', '0,000001',
      '', '-1', '-0', '+1', ' 1', '1 ', '1.', '.5', ',5', '1,2,3', '1.000,5', 'hai', '1e3', '0x10', 'Infinity', '１'];
    for (let i = 0; i < 2000; i++) probes.push((Math.round(Math.random() * 10 ** (i % 9)) / 10 ** (i % 5)).toString().replace('.', i % 2 ? ',' : '.'));
    for (const raw of probes) {
      // The definition `decimal` had before this fast path, independent of it.
      const expected = DECIMAL.test(raw) && raw[0] !== '-' ? Number(raw.replace(',', '.')) : NaN;
      expect(plainDecimal(raw), JSON.stringify(raw)).toBe(expected);
      expect(decimal(raw), JSON.stringify(raw)).toEqual(DECIMAL.test(raw) ? { ok: true, value: Number(raw.replace(',', '.')) } : expect.objectContaining({ ok: false }));
    }
  });
});

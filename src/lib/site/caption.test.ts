import { describe, expect, it } from 'vitest';
import { splitCredit } from './caption.ts';

describe('splitCredit', () => {
  it('keeps the caption and takes the credit after "Ảnh:"', () => {
    expect(splitCredit('Tổ tự quản tuần tra bờ sông. Ảnh: Lê Văn Minh')).toEqual({ text: 'Tổ tự quản tuần tra bờ sông.', credit: 'Lê Văn Minh' });
    expect(splitCredit('Buổi họp tổ (Ảnh: Công an xã)')).toEqual({ text: 'Buổi họp tổ', credit: 'Công an xã' });
  });
  it('reads a title with only a credit, or only a caption', () => {
    expect(splitCredit('Ảnh: Trần Thị Hoa')).toEqual({ text: null, credit: 'Trần Thị Hoa' });
    expect(splitCredit('Camera ở ngã ba')).toEqual({ text: 'Camera ở ngã ba', credit: null });
    expect(splitCredit(null)).toEqual({ text: null, credit: null });
  });
  it('does not take a word ending in "ảnh" for the credit', () => {
    expect(splitCredit('Hình ảnh: camera đầu ngõ')).toEqual({ text: 'Hình ảnh: camera đầu ngõ', credit: null });
  });
  it('reads text typed in decomposed form (NFD) the same', () => {
    expect(splitCredit('Bến đò. Ảnh: Hồ Văn Nam'.normalize('NFD'))).toEqual({ text: 'Bến đò.', credit: 'Hồ Văn Nam' });
  });
});

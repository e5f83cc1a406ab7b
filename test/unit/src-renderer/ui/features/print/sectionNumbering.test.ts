import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '../../../../../../src-renderer/ui/features/print/frame/SectionRow';

describe('chineseNumeral (the numbers of a form’s sections)', () => {
  it('writes 1–99 as on a Chinese form', () => {
    expect([1, 4, 9, 10, 11, 12, 19, 20, 23, 90, 99].map(chineseNumeral)).toEqual(['一', '四', '九', '十', '十一', '十二', '十九', '二十', '二十三', '九十', '九十九']);
  });
});

import { describe, expect, it } from 'vitest';
import { optionalText, requiredText } from '../../../../../src-renderer/domain/common/fields';
import { withoutInvisible } from '../../../../../src-renderer/domain/common/invisible';

describe('text pasted with invisible characters', () => {
  it('loses the zero-width spaces, direction marks, word joiners, byte-order marks and soft hyphens', () => {
    expect(withoutInvisible('起\u200b诉')).toBe('起诉');
    expect(withoutInvisible('\u202a+86 136 5555 6666\u202c')).toBe('+86 136 5555 6666');
    expect(withoutInvisible('\u200e王\u200f丽\u2060娟\ufeff\u00ad')).toBe('王丽娟');
    expect(withoutInvisible('媒\u200d体\u200c曝光')).toBe('媒体曝光');
  });

  it('keeps the joiners of an emoji sequence, and everything visible', () => {
    const family = '👨\u200d👩\u200d👧';
    expect(withoutInvisible(family)).toBe(family);
    expect(withoutInvisible('👍🏻\u200d👍')).toBe('👍🏻\u200d👍');
    expect(withoutInvisible('王 丽娟　（客服）\n第二行')).toBe('王 丽娟　（客服）\n第二行');
  });

  it('makes a required text of invisible characters alone empty, and stores one with them inside as it reads', () => {
    const name = requiredText(100);
    expect(name.safeParse('\u200b').error?.issues[0]?.message).toBe('validation.required');
    expect(name.safeParse(' \u200b\u200b\u3000').success).toBe(false);
    expect(name.parse(' 张\u200b伟 ')).toBe('张伟');
    expect(optionalText(100).parse('\u2060')).toBe('');
  });
});

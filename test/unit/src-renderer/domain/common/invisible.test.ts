import { describe, expect, it } from 'vitest';
import { optionalLine, optionalText, requiredLine, requiredText } from '../../../../../src-renderer/domain/common/fields';
import { onOneLine, withoutControls, withoutInvisible } from '../../../../../src-renderer/domain/common/invisible';

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

  it('turns every kind of line break into \\n and drops control characters (Word’s soft breaks, a terminal’s colours), in every text', () => {
    expect(withoutControls('第一行\r\n第二行\r第三行\v第四行\f第五行\u0085六\u2028七\u2029八')).toBe('第一行\n第二行\n第三行\n第四行\n第五行\n六\n七\n八');
    expect(withoutControls('\u0000核查\u0007物流\u001b[31m红色\u001b[0m\b\u007f\u009b')).toBe('核查物流[31m红色[0m');
    expect(withoutControls('列\t对齐')).toBe('列\t对齐');
    const note = requiredText(100);
    expect(note.parse('售后上门检测结果\u000b压缩机异响')).toBe('售后上门检测结果\n压缩机异响');
    expect(note.safeParse('\u0000\u0007').error?.issues[0]?.message).toBe('validation.required');
  });

  it('keeps a one-line field (a name, an address) on one line: a break or tab pasted in reads as a space', () => {
    expect(onOneLine('王\n先生')).toBe('王 先生');
    expect(onOneLine('浙江省杭州市\r\n\t西湖区文三路88号')).toBe('浙江省杭州市 西湖区文三路88号');
    expect(requiredLine(50).parse(' 王\u000b先生\u0007 ')).toBe('王 先生');
    expect(optionalLine(50).parse('\n')).toBe('');
  });
});


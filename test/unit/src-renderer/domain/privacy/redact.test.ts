import { describe, expect, it } from 'vitest';
import { redactKnownIn, redactText } from '../../../../../src-renderer/domain/privacy/redact';

describe('redactText', () => {
  it.each([
    ['请回电13812345678，谢谢', '请回电***，谢谢'],
    ['手机 +86 138 1234 5678 或 138-1234-5678', '手机 *** 或 ***'],
    ['座机010-12345678转8，或（0755）1234567', '座机***转8，或***'],
    ['客服热线400-123-4567', '客服热线***'],
    ['香港手机 +852 9123 4567，台湾 +886-912-345-678', '香港手机 ***，台湾 ***'],
    ['邮箱 Zhang.San@Example.com.cn 已发', '邮箱 *** 已发'],
    ['身份证号11010119900307123X，复印件已收', '身份证号***，复印件已收'],
    ['身份证110101199003071234', '身份证***'],
    // Anonymisation had rather redact too much: any 18 digits go, a valid ID number or not.
    ['订单号202311051234567890', '订单号***'],
  ])('%s', (text, redacted) => {
    expect(redactText(text)).toBe(redacted);
  });

  it('leaves texts without identifiers, and numbers that are none, as they are', () => {
    const text = '配送延误3天，订单金额1280.50元，共2件，编号P01，满+100元减20。';
    expect(redactText(text)).toBe(text);
    // A 20-digit tracking number is no ID number, and holds no phone number that stands alone.
    expect(redactText('运单12345678901234567890')).toBe('运单12345678901234567890');
  });

  it('also removes the values it is told identify the person, wherever they stand', () => {
    expect(redactText('张三说订单JD2026001没到，张三很着急', ['张三', 'JD2026001'])).toBe('***说订单***没到，***很着急');
    // One-character values would wreck the text: they are ignored.
    expect(redactText('王先生', ['王'])).toBe('王先生');
    expect(redactText('a.b(c)', ['b(c'])).toBe('a.***)');
  });
});

describe('redactKnownIn (one person’s identifiers in a text about more than them)', () => {
  const known = ['陈晓燕', '13912345678', 'chen.xy@example.com', '11010119900307123X'];
  it.each([
    // Written as stored, and a number of hers written otherwise: with spaces, dashes, +86, full-width digits.
    ['陈晓燕来电，回电13912345678', '***来电，回电***'],
    ['回电 139 1234 5678 或 +86 139-1234-5678', '回电 *** 或 ***'],
    ['回电１３９１２３４５６７８', '回电***'],
    ['邮件 Chen.XY@Example.com 已发', '邮件 *** 已发'],
    ['证件 11010119900307123x', '证件 ***'],
    // Other people’s numbers, a hotline, an order number stay as written (full-width too).
    ['王芳 13800001111，热线 400-800-1234，订单 JD2026001', '王芳 13800001111，热线 400-800-1234，订单 JD2026001'],
    ['另一客户 １３８０００１１１１', '另一客户 １３８０００１１１１'],
    ['wang@example.com 抄送', 'wang@example.com 抄送'],
  ])('%s', (text, expected) => {
    expect(redactKnownIn(text, known)).toBe(expected);
  });

  it('does nothing without known values, nor with values too short to tell', () => {
    expect(redactKnownIn('回电13912345678', [])).toBe('回电13912345678');
    expect(redactKnownIn('王先生 13912345678', ['王', ' '])).toBe('王先生 13912345678');
  });
});

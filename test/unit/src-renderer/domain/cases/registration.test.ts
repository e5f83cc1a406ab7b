import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX, NAME_MAX, registrationSchema, type RegistrationInput } from '../../../../../src-renderer/domain/cases/registration';
import { toFieldErrors } from '../../../../../src-renderer/domain/common/validation';

const NOW = new Date(2026, 10, 23, 14, 5).getTime();

const valid = (overrides: Partial<Record<keyof RegistrationInput, unknown>> = {}): Record<string, unknown> => ({
  receivedAt: NOW - 30 * 60_000,
  channel: 'phone',
  customerName: '张三',
  phone: '13812345678',
  email: '',
  description: '快递三天未送达，客服电话打不通。',
  severity: 'general',
  ...overrides,
});

/** Field → codes, the way the UI receives them. */
function errorsOf(input: unknown, now = NOW): Record<string, string[]> {
  const result = registrationSchema(now).safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const { field, code } of toFieldErrors(result.error)) (out[field] ??= []).push(code);
  return out;
}

describe('registrationSchema', () => {
  it('stores a name, an address and an order number pasted over two lines on one, and controls nowhere', () => {
    const parsed = registrationSchema(NOW).parse(valid({ customerName: '王\n先生', address: '杭州市\r\n文三路88号', orderNo: 'JD1\t2', description: '坏了\u001b[31m\u000b第二行' }));
    expect(parsed).toMatchObject({ customerName: '王 先生', address: '杭州市 文三路88号', orderNo: 'JD1 2', description: '坏了[31m\n第二行' });
  });

  it('stores an e-mail typed in full-width characters as half-width (the repeat hint already read it so), and refuses empty domain labels', () => {
    expect(registrationSchema(NOW).parse(valid({ email: 'ｆｏｏ＠Example.com' })).email).toBe('foo@example.com');
    for (const email of ['a@b.com.', 'a@b..com', 'a@.b.com']) expect(errorsOf(valid({ email })), email).toEqual({ email: ['validation.emailFormat'] });
  });

  it('accepts a complete registration and trims every text', () => {
    const parsed = registrationSchema(NOW).parse(
      valid({ customerName: '  张三  ', description: '\n  货不对板  \n', phone: ' +86 138 1234 5678 ', email: '  Li.Lei@Example.COM ' }),
    );
    expect(parsed).toEqual({
      receivedAt: NOW - 30 * 60_000,
      channel: 'phone',
      customerName: '张三',
      phone: '13812345678',
      email: 'li.lei@example.com',
      address: '',
      socialPlatform: '',
      socialAccount: '',
      referralNo: '',
      referralDeadline: null,
      description: '货不对板',
      severity: 'general',
      customerType: 'individual',
      demands: [],
      demandNote: '',
      product: '',
      orderNo: '',
      amount: null,
      category: null,
      ownerId: '',
    });
  });

  it('keeps the customer type, demands, product, order number and amount', () => {
    const parsed = registrationSchema(NOW).parse(
      valid({ customerType: 'business', demands: ['refund', 'apology'], demandNote: ' 尽快 ', product: ' 净化器 ', orderNo: 'JD-1', amount: 99.9 }),
    );
    expect(parsed).toMatchObject({ customerType: 'business', demands: ['refund', 'apology'], demandNote: '尽快', product: '净化器', orderNo: 'JD-1', amount: 99.9 });
  });

  it.each([
    [{ customerType: 'vip' }, { customerType: ['validation.chooseOne'] }],
    [{ demands: ['refund', 'free_lunch'] }, { 'demands.1': ['validation.chooseOne'] }],
    [{ demands: ['other'] }, { demandNote: ['validation.required'] }],
    [{ demands: ['other'], demandNote: '  ' }, { demandNote: ['validation.required'] }],
    [{ demands: ['other'], demandNote: '开发票' }, {}],
    [{ demandNote: 'x'.repeat(1001) }, { demandNote: ['validation.tooLong'] }],
    [{ product: 'x'.repeat(201) }, { product: ['validation.tooLong'] }],
    [{ orderNo: 'x'.repeat(101) }, { orderNo: ['validation.tooLong'] }],
    [{ amount: -0.01 }, { amount: ['validation.amountRange'] }],
    [{ amount: 1e10 + 1 }, { amount: ['validation.amountRange'] }],
    [{ amount: '12' }, { amount: ['validation.invalid'] }],
    [{ amount: 0 }, {}],
    [{ amount: null }, {}],
    [{ category: 'logistics' }, {}],
    [{ category: null }, {}],
    [{ category: 'shipping' }, { category: ['validation.chooseOne'] }],
  ])('checks the intake details %j', (overrides, expected) => {
    expect(errorsOf(valid(overrides))).toEqual(expected);
  });

  it('accepts an email without a phone, and a phone without an email', () => {
    expect(errorsOf(valid({ phone: '', email: 'a@b.cn' }))).toEqual({});
    expect(errorsOf(valid({ phone: undefined, email: 'a@b.cn' }))).toEqual({});
    expect(errorsOf(valid({ phone: '010-12345678', email: undefined }))).toEqual({});
  });

  it('defaults missing phone and email to empty strings', () => {
    const parsed = registrationSchema(NOW).parse(valid({ phone: undefined, email: 'a@b.cn' }));
    expect(parsed.phone).toBe('');
  });

  it('requires a phone, an email or a postal address', () => {
    expect(errorsOf(valid({ phone: '', email: '' }))).toEqual({ phone: ['validation.contactRequired'] });
    expect(errorsOf(valid({ phone: '   ', email: '  ', address: ' \n ' }))).toEqual({ phone: ['validation.contactRequired'] });
    expect(errorsOf(valid({ phone: undefined, email: undefined }))).toEqual({ phone: ['validation.contactRequired'] });
  });

  it('takes a letter with only the address to answer it at', () => {
    const parsed = registrationSchema(NOW).parse(valid({ channel: 'letter', phone: '', address: '  浙江省杭州市西湖区文三路 88 号 ' }));
    expect(parsed).toMatchObject({ phone: '', email: '', address: '浙江省杭州市西湖区文三路 88 号' });
    expect(errorsOf(valid({ address: '路'.repeat(301) }))).toEqual({ address: ['validation.tooLong'] });
  });

  it('keeps a source ticket number as one form: ASCII, upper case, without spaces', () => {
    expect(registrationSchema(NOW).parse(valid({ referralNo: ' １４３３ 0100 2026 ' })).referralNo).toBe('143301002026');
    expect(registrationSchema(NOW).parse(valid({ referralNo: 'jd-2026/11.5_a' })).referralNo).toBe('JD-2026/11.5_A');
    expect(errorsOf(valid({ referralNo: '工单12315' }))).toEqual({ referralNo: ['validation.referralNoFormat'] });
    expect(errorsOf(valid({ referralNo: '-123' }))).toEqual({ referralNo: ['validation.referralNoFormat'] });
    expect(errorsOf(valid({ referralNo: '1'.repeat(61) }))).toEqual({ referralNo: ['validation.tooLong'] });
    expect(errorsOf(valid({ referralNo: 42 }))).toEqual({ referralNo: ['validation.invalid'] });
  });

  it('reports every empty required field with validation.required', () => {
    expect(errorsOf(valid({ customerName: '', description: '' }))).toEqual({
      customerName: ['validation.required'],
      description: ['validation.required'],
    });
  });

  it('treats whitespace-only text as empty', () => {
    expect(errorsOf(valid({ customerName: ' \t ', description: '\n\n' }))).toEqual({
      customerName: ['validation.required'],
      description: ['validation.required'],
    });
  });

  it('reports missing fields with validation.required', () => {
    const errors = errorsOf({ channel: 'phone', severity: 'general', phone: '13812345678' });
    expect(errors.receivedAt).toEqual(['validation.required']);
    expect(errors.customerName).toEqual(['validation.required']);
    expect(errors.description).toEqual(['validation.required']);
  });

  it('reports an empty form with a message on every field the agent must fill', () => {
    const errors = errorsOf({ receivedAt: NOW, channel: 'phone', severity: 'general', customerName: '', phone: '', email: '', description: '' });
    expect(errors).toEqual({
      customerName: ['validation.required'],
      description: ['validation.required'],
      phone: ['validation.contactRequired'],
    });
  });

  it.each(['12345', '1381234567', '138123456789', '23812345678', '138abcd5678', '9123 4567', '+852 1234'])('refuses the phone %s with validation.phoneFormat', (phone) => {
    expect(errorsOf(valid({ phone }))).toEqual({ phone: ['validation.phoneFormat'] });
  });

  it('takes a number from Hong Kong, Macao, Taiwan or abroad with its code, stored as + and its digits', () => {
    expect(registrationSchema(NOW).parse(valid({ phone: '+852 9123 4567' })).phone).toBe('+85291234567');
    expect(registrationSchema(NOW).parse(valid({ phone: '00886-912-345-678' })).phone).toBe('+886912345678');
  });

  it('refuses a malformed email with validation.emailFormat, even with a valid phone', () => {
    expect(errorsOf(valid({ email: 'li.lei@example' }))).toEqual({ email: ['validation.emailFormat'] });
    expect(errorsOf(valid({ phone: '', email: 'not an email' }))).toEqual({ email: ['validation.emailFormat'] });
  });

  it('refuses a received time in the future beyond one minute of clock skew', () => {
    expect(errorsOf(valid({ receivedAt: NOW + 60_000 }))).toEqual({});
    expect(errorsOf(valid({ receivedAt: NOW + 60_001 }))).toEqual({ receivedAt: ['validation.notInFuture'] });
    expect(errorsOf(valid({ receivedAt: NOW + 24 * 3600_000 }))).toEqual({ receivedAt: ['validation.notInFuture'] });
  });

  it('judges the future against the clock it was built with', () => {
    const later = NOW + 3600_000;
    expect(errorsOf(valid({ receivedAt: later }), NOW)).toEqual({ receivedAt: ['validation.notInFuture'] });
    expect(errorsOf(valid({ receivedAt: later }), later)).toEqual({});
  });

  it('refuses a received time before 2000 and a fractional instant as invalid', () => {
    expect(errorsOf(valid({ receivedAt: Date.UTC(1999, 11, 31) }))).toEqual({ receivedAt: ['validation.beforeEarliest'] });
    expect(errorsOf(valid({ receivedAt: NOW - 0.5 }))).toEqual({ receivedAt: ['validation.invalid'] });
  });

  it('refuses a received time given as text', () => {
    expect(errorsOf(valid({ receivedAt: '2026-11-23 14:05' }))).toEqual({ receivedAt: ['validation.required'] });
  });

  it('refuses a description of 5001 characters with validation.tooLong and its limit', () => {
    expect(DESCRIPTION_MAX).toBe(5000);
    expect(errorsOf(valid({ description: '投'.repeat(5000) }))).toEqual({});
    const result = registrationSchema(NOW).safeParse(valid({ description: '投'.repeat(5001) }));
    expect(result.success).toBe(false);
    expect(result.success ? [] : toFieldErrors(result.error)).toEqual([
      { field: 'description', code: 'validation.tooLong', params: { max: 5000 } },
    ]);
  });

  it('counts the length after trimming', () => {
    expect(errorsOf(valid({ description: `  ${'投'.repeat(5000)}  ` }))).toEqual({});
  });

  it('refuses a customer name longer than the limit', () => {
    expect(errorsOf(valid({ customerName: '张'.repeat(NAME_MAX) }))).toEqual({});
    expect(errorsOf(valid({ customerName: '张'.repeat(NAME_MAX + 1) }))).toEqual({ customerName: ['validation.tooLong'] });
  });

  it.each([
    ['channel', 'fax'],
    ['channel', ''],
    ['channel', undefined],
    ['severity', 'critical'],
    ['severity', 'GENERAL'],
    ['severity', undefined],
  ])('refuses %s %j with validation.chooseOne', (field, value) => {
    expect(errorsOf(valid({ [field]: value }))).toEqual({ [field]: ['validation.chooseOne'] });
  });

  it('accepts every channel and severity of the glossary', () => {
    for (const channel of ['phone', 'email', 'online_chat', 'app', 'social_media', 'letter', 'walk_in', 'regulator_12315', 'other']) {
      // A 12315 referral comes with its work order's number.
      expect(errorsOf(valid({ channel, ...(channel === 'regulator_12315' && { referralNo: 'GS-2026-001' }) }))).toEqual({});
    }
    for (const severity of ['general', 'serious', 'major']) expect(errorsOf(valid({ severity }))).toEqual({});
  });

  it('uses only i18n keys as messages, whatever the fields hold', () => {
    const inputs: unknown[] = [
      {},
      valid({ customerName: 42, phone: 13812345678, email: ['a'], description: {}, receivedAt: null }),
      valid({ channel: 7, severity: null }),
    ];
    for (const input of inputs) {
      const result = registrationSchema(NOW).safeParse(input);
      expect(result.success).toBe(false);
      for (const issue of result.success ? [] : result.error.issues) expect(issue.message).toMatch(/^validation\.[a-zA-Z]+$/);
    }
  });
});

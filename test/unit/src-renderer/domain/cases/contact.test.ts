import { describe, expect, it } from 'vitest';
import { contactChannelFor, isValidEmail, isValidPhone, normalizePhone } from '../../../../../src-renderer/domain/cases/contact';

describe('normalizePhone', () => {
  it.each([
    ['+86 138 1234 5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['+86-13812345678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['  138 1234 5678  ', '13812345678'],
    ['138\t1234\u00a05678', '13812345678'],
    ['(010) 12345678', '010-12345678'],
    ['（010）12345678', '010-12345678'],
    // A landline however written is stored one way: area code, hyphen, local number.
    ['(020) 3859-3505', '020-38593505'],
    ['020 3859 3505', '020-38593505'],
    ['02038593505', '020-38593505'],
    ['075526881234', '0755-26881234'],
    ['0755 2688 1234', '0755-26881234'],
    ['(0755)26881234-802', '0755-26881234-802'],
    ['010-12345678', '010-12345678'],
    ['400-123-4567', '400-123-4567'],
    // After +86 a landline's area code is written without its 0; a service number has none.
    ['+86 20 3859 3505', '020-38593505'],
    ['0086 20 38593505', '020-38593505'],
    ['+86-20-38593505', '020-38593505'],
    ['+86 755 2688 1234', '0755-26881234'],
    ['+86 431 8888 6666', '0431-88886666'],
    ['+86 10 8888 6666', '010-88886666'],
    ['+86-10-88886666', '010-88886666'],
    ['+86 0755 2688 1234', '0755-26881234'],
    ['+86 400 123 4567', '4001234567'],
    // Invisible characters pasted from a chat app or a phone's contacts (zero-width spaces, direction marks).
    ['138\u200b0013\u200b8000', '13800138000'],
    ['\u202a+86 136 5555 6666\u202c', '13655556666'],
    ['\ufeff020-3859\u20603505', '020-38593505'],
    // Mobile numbers typed in groups, with hyphens or dashes, and with full-width characters from an input method.
    ['138-1234-5678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['+86 139-0000-2222', '13900002222'],
    ['138–1234–5678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['＋８６ １３８－１２３４－５６７８', '13812345678'],
    // The country code without its +, as some phones' contacts write it.
    ['8613911112222', '13911112222'],
    ['86 139 1111 2222', '13911112222'],
    ['８６１３９１１１１２２２２', '13911112222'],
    ['86-139-1111-2222', '13911112222'],
    // Landlines in groups keep one hyphen after the area code, and an extension after a second one.
    ['0755-8888-6666', '0755-88886666'],
    ['010-6123-4567-801', '010-61234567-801'],
    ['021-61234567-801', '021-61234567-801'],
    ['（０２１）６１２３４５６７', '021-61234567'],
    // An extension written out, as business customers give it.
    ['021-6123 4567 转 802', '021-61234567-802'],
    ['0755 2688 1234分机8021', '0755-26881234-8021'],
    ['010-61234567 ext. 12', '010-61234567-12'],
    ['(020) 3859-3505 x5', '020-38593505-5'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it('takes no extension on a mobile number: it stays refused as typed', () => {
    expect(isValidPhone(normalizePhone('138 0013 8000 转 8021'))).toBe(false);
  });

  it('leaves a number without a country prefix alone', () => {
    expect(normalizePhone('13812345678')).toBe('13812345678');
  });

  it('only strips the country prefix at the start', () => {
    expect(normalizePhone('138+8612345')).toBe('138+8612345');
  });

  it('produces a valid mobile number from a formatted international one', () => {
    expect(isValidPhone(normalizePhone('+86 139 0000 1111'))).toBe(true);
  });

  it.each([
    ['+852 9123 4567', '+85291234567'],
    ['00852-9123-4567', '+85291234567'],
    ['＋８５３ ６６１２ ３４５６', '+85366123456'],
    ['+886 912 345 678', '+886912345678'],
    ['+886 (2) 2345-6789', '+886223456789'],
    ['+44 (0)20 7946 0958', '+442079460958'],
    ['+1 (555) 123-4567', '+15551234567'],
    ['+1 555 123 4567 转 802', '+15551234567-802'],
    ['+852 9123 4567 ext. 12', '+85291234567-12'],
  ])('writes a number outside the mainland %s as + and its digits', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
    expect(isValidPhone(normalizePhone(raw))).toBe(true);
  });

  it('still reads +86 and 0086 as the mainland', () => {
    expect(normalizePhone('+86 138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('0086 10 8888 6666')).toBe('010-88886666');
  });

  it('leaves what does not read as a number as typed, for the check to refuse', () => {
    for (const raw of ['138-1234-567', '12-34-56', '0755-88-66', '010-1234-5678-9-1', 'abc-138']) {
      expect(isValidPhone(normalizePhone(raw)), raw).toBe(false);
    }
  });
});

describe('isValidPhone', () => {
  it.each(['13012345678', '13812345678', '14512345678', '15012345678', '16612345678', '17712345678', '18812345678', '19912345678'])(
    'accepts the mainland mobile %s',
    (phone) => expect(isValidPhone(phone)).toBe(true),
  );

  it.each([
    '010-12345678',
    '01012345678',
    '021-87654321',
    '0755-1234567',
    '0755-12345678',
    '075512345678',
    '010-12345678-123',
    '0755-1234567-8',
    '010-12345678-123456',
  ])('accepts the landline %s', (phone) => expect(isValidPhone(phone)).toBe(true));

  it.each(['400-123-4567', '4001234567', '800-123-4567', '8001234567', '400123-4567'])('accepts the service number %s', (phone) =>
    expect(isValidPhone(phone)).toBe(true),
  );

  it.each([
    ['10 digits', '1381234567'],
    ['12 digits', '138123456789'],
    ['starts with 2', '23812345678'],
    ['second digit 2', '12812345678'],
    ['second digit 1', '11812345678'],
    ['letters', '138abcd5678'],
    ['all letters', 'phone'],
    ['empty', ''],
    ['landline without area code', '12345678'],
    ['landline with too short a number', '010-123456'],
    ['landline with too long a number', '010-123456789'],
    ['extension too long', '010-12345678-1234567'],
    ['area code not starting with 0', '110-12345678'],
    ['500 service number', '500-123-4567'],
    ['400 number too short', '400-123-456'],
    ['international prefix not normalized', '+8613812345678'],
    ['a number abroad too short', '+8521234'],
    ['a number abroad too long', '+8521234567890123'],
    ['a code starting with 0', '+0123456789'],
    ['a number abroad with separators', '+852 9123 4567'],
    ['spaces not normalized', '138 1234 5678'],
  ])('refuses %s (%s)', (_label, phone) => expect(isValidPhone(phone)).toBe(false));
});

describe('isValidEmail', () => {
  it.each(['li.lei@example.com', 'a@b.cn', 'service+complaints@mail.example.com.cn', '张三@例子.中国'])('accepts %s', (email) =>
    expect(isValidEmail(email)).toBe(true),
  );

  it.each([
    ['no @', 'li.lei.example.com'],
    ['no domain dot', 'li@example'],
    ['one-letter top-level domain', 'li@example.c'],
    ['space inside', 'li lei@example.com'],
    ['two @', 'li@lei@example.com'],
    ['empty local part', '@example.com'],
    ['empty', ''],
  ])('refuses %s (%s)', (_label, email) => expect(isValidEmail(email)).toBe(false));

  it('refuses an address longer than 254 characters', () => {
    const local = 'a'.repeat(64);
    const domain = `${'b'.repeat(190)}.com`;
    expect(isValidEmail(`${local}@${domain}`)).toBe(false);
    expect(isValidEmail(`${local}@${'b'.repeat(185)}.com`)).toBe(true);
  });
});

describe('contactChannelFor', () => {
  const phone = '13812345678';
  it('suggests the channel the customer came by when it works both ways', () => {
    for (const channel of ['phone', 'email', 'online_chat', 'app', 'social_media'] as const) expect(contactChannelFor({ channel, phone, email: '' })).toBe(channel);
  });

  it('suggests a phone call for a letter, a walk-in or a 12315 referral, or an e-mail when that is all the case has', () => {
    for (const channel of ['letter', 'walk_in', 'regulator_12315', 'other'] as const) {
      expect(contactChannelFor({ channel, phone, email: 'a@b.cn' })).toBe('phone');
      expect(contactChannelFor({ channel, phone: '', email: 'a@b.cn' })).toBe('email');
    }
  });

  it('suggests a letter when the postal address is all the case has', () => {
    const address = '浙江省杭州市西湖区文三路88号';
    for (const channel of ['letter', 'walk_in', 'regulator_12315'] as const) {
      expect(contactChannelFor({ channel, phone: '', email: '', address })).toBe('letter');
      expect(contactChannelFor({ channel, phone, email: '', address })).toBe('phone');
      expect(contactChannelFor({ channel, phone: '', email: 'a@b.cn', address })).toBe('email');
    }
  });
});

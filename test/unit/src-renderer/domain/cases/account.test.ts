import { describe, expect, it } from 'vitest';
import { sameCustomer } from '../../../../../src-renderer/domain/assist/repeats';
import { accountKey, accountKeysOnEveryPlatform, normalizeAccount } from '../../../../../src-renderer/domain/cases/account';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { contactIndexKeys } from '../../../../../src-renderer/domain/cases/contact';
import { applyCorrection } from '../../../../../src-renderer/domain/cases/correction';
import { registrationSchema } from '../../../../../src-renderer/domain/cases/registration';
import { anonymiseCase, identifiersOf } from '../../../../../src-renderer/domain/privacy/anonymise';
import { anonymisedEvent } from '../../../../../src-renderer/domain/privacy/anonymised-events';
import { CustomerKeyInput } from '../../../../../src-renderer/domain/privacy/customer';
import { maskAccount, maskContactFor } from '../../../../../src-renderer/domain/privacy/mask';
import { contactHaystack } from '../../../../../src-renderer/domain/tracking/search';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const BASE = { receivedAt: NOW - 60_000, channel: 'social_media', customerName: '微博网友', description: '私信投诉', severity: 'general' } as const;
const issues = (input: Record<string, unknown>) => {
  const result = registrationSchema(NOW).safeParse({ ...BASE, ...input });
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('normalizeAccount and accountKey', () => {
  it('compares an account without its case, spaces, full-width forms and the @ written before it', () => {
    for (const raw of ['@ZhangSan_88', 'zhangsan_88', ' ＠ＺｈａｎｇＳａｎ＿88 ', '@@zhang san_88']) expect(normalizeAccount(raw), raw).toBe('zhangsan_88');
    expect(normalizeAccount('@')).toBe('');
    // Chinese names stay as they are.
    expect(normalizeAccount('@小红书用户 甲')).toBe('小红书用户甲');
  });

  it('keys the account with its platform: the same handle elsewhere is somebody else; none without both', () => {
    expect(accountKey('weibo', '@ZhangSan_88')).toBe('weibo:zhangsan_88');
    expect(accountKey('douyin', 'zhangsan_88')).not.toBe(accountKey('weibo', 'zhangsan_88'));
    expect(accountKey('', 'zhangsan_88')).toBe('');
    expect(accountKey('wechat', ' @ ')).toBe('');
    expect(accountKeysOnEveryPlatform('@ZS')).toEqual(['wechat:zs', 'weibo:zs', 'douyin:zs', 'xiaohongshu:zs', 'company_app:zs', 'other:zs']);
  });

  it('joins the contact keys and the repeat rule, and leaves a case without an account as it was', () => {
    expect(contactIndexKeys({ phone: '138-1234-5678', email: '', socialPlatform: 'wechat', socialAccount: 'ZS_wx' })).toEqual(['13812345678', 'wechat:zs_wx']);
    expect(contactIndexKeys({ phone: '13812345678', email: 'a@b.cn' })).toEqual(['13812345678', 'a@b.cn']);
    expect(sameCustomer({ phone: '', email: '', socialPlatform: 'weibo', socialAccount: '@ZS' }, { phone: '139', email: '', socialPlatform: 'weibo', socialAccount: 'zs' })).toBe(true);
    expect(sameCustomer({ phone: '', email: '', socialPlatform: 'weibo', socialAccount: 'zs' }, { phone: '', email: '', socialPlatform: 'wechat', socialAccount: 'zs' })).toBe(false);
  });
});

describe('the account at registration', () => {
  it('is a way to reach the customer, stored as given (trimmed)', () => {
    const parsed = registrationSchema(NOW).parse({ ...BASE, socialPlatform: 'weibo', socialAccount: '  @ZhangSan_88 ' });
    expect(parsed).toMatchObject({ phone: '', email: '', address: '', socialPlatform: 'weibo', socialAccount: '@ZhangSan_88' });
    expect(issues({})).toEqual([['phone', 'validation.contactRequired']]);
  });

  it('needs its platform, and a platform needs it; no control characters; not a lone @; at most 100 characters', () => {
    expect(issues({ socialAccount: 'zs' })).toEqual([['socialPlatform', 'validation.socialPlatformRequired']]);
    expect(issues({ phone: '13812345678', socialPlatform: 'wechat' })).toEqual([['socialAccount', 'validation.socialAccountRequired']]);
    // NUL is dropped as from every text; a tab inside stays, and is refused.
    expect(issues({ socialPlatform: 'wechat', socialAccount: 'zs\u0000' })).toEqual([]);
    expect(issues({ socialPlatform: 'wechat', socialAccount: 'z\ts' })).toContainEqual(['socialAccount', 'validation.socialAccountFormat']);
    expect(issues({ socialPlatform: 'wechat', socialAccount: '＠' })).toContainEqual(['socialAccount', 'validation.socialAccountFormat']);
    expect(issues({ socialPlatform: 'wechat', socialAccount: '甲'.repeat(100) })).toEqual([]);
    expect(issues({ socialPlatform: 'wechat', socialAccount: '甲'.repeat(101) })).toContainEqual(['socialAccount', 'validation.tooLong']);
    expect(issues({ socialPlatform: 'qq', socialAccount: 'zs' })).toContainEqual(['socialPlatform', 'validation.chooseOne']);
  });
});

const RECORD = {
  phone: '13812345678',
  email: '',
  socialPlatform: 'weibo',
  socialAccount: '@ZhangSan_88',
  description: '网友@ZhangSan_88 私信投诉',
  demands: [],
  demandNote: '',
} as unknown as CaseRecord;

describe('the account as a contact detail', () => {
  it('is masked to its first and last character, short ones wholly', () => {
    expect(maskAccount('@ZhangSan_88')).toBe('Z****8');
    expect(maskAccount('李小明')).toBe('李****');
    expect(maskAccount('ab')).toBe('****');
    expect(maskAccount('')).toBe('');
    expect(maskContactFor('director', RECORD)).toMatchObject({ socialPlatform: 'weibo', socialAccount: 'Z****8', phone: '138****5678' });
    expect(maskContactFor('agent', RECORD).socialAccount).toBe('@ZhangSan_88');
  });

  it('is corrected in pairs: an account removed must take its platform along', () => {
    expect(applyCorrection(RECORD, { caseId: 'c', reason: 'r', socialAccount: 'zs2' }).next).toMatchObject({ socialPlatform: 'weibo', socialAccount: 'zs2' });
    expect(() => applyCorrection(RECORD, { caseId: 'c', reason: 'r', socialAccount: '' })).toThrow(expect.objectContaining({ data: expect.objectContaining({ fields: [{ field: 'socialAccount', code: 'validation.socialAccountRequired' }] }) }));
    const { next, fields } = applyCorrection(RECORD, { caseId: 'c', reason: 'r', socialPlatform: '', socialAccount: '' });
    expect(fields).toEqual(['socialPlatform', 'socialAccount']);
    expect('socialPlatform' in next || 'socialAccount' in next).toBe(false);
  });

  it('is erased by anonymisation, from the case, its texts and the history as shown', () => {
    const known = identifiersOf(RECORD, [{ changes: { socialAccount: { before: '@OldName', after: '@ZhangSan_88' } } }]);
    expect(known).toEqual(expect.arrayContaining(['@ZhangSan_88', '@OldName']));
    const { next, fields } = anonymiseCase({ ...RECORD, clocks: {}, screening: null, verification: null, grading: null, plan: null, extensions: [], feedback: null, attachmentBytes: 0 } as CaseRecord, NOW, known);
    expect(next.socialAccount).toBeUndefined();
    expect(next.socialPlatform).toBeUndefined();
    expect(next.description).not.toContain('ZhangSan');
    expect(fields).toEqual(expect.arrayContaining(['socialPlatform', 'socialAccount', 'description']));
    const shown = anonymisedEvent({ changes: { socialAccount: { before: null, after: '@ZhangSan_88' } } } as never);
    expect(shown.changes.socialAccount).toEqual({ before: null, after: '***' });
  });

  it('is searched as a contact, with or without its @, and looked up by handle for 查找客户', () => {
    const haystack = contactHaystack({ ...RECORD, description: '' });
    expect(haystack).toContain('@zhangsan_88');
    expect(CustomerKeyInput.parse({ account: ' ＠ZhangSan_88 ' })).toEqual({ kind: 'account', value: 'zhangsan_88' });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../../../src-renderer/domain/audit/chain';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { CustomerExport } from '../../../../../../src-renderer/domain/privacy/customer';
import type { CustomerMatches } from '../../../../../../src-renderer/store/services/privacy/customers';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import type { CaseDetail, RepeatAnswer } from '../../../../../../src-renderer/store/services/cases/queries';
import type { TrackingWindow } from '../../../../../../src-renderer/store/services/tracking/rows';
import { caseAt } from '../../flow';
import { DAY, HOUR, ok, openTestStore, PASSWORD, refusal, register, type TestStore, type Who } from '../../fixtures';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

/** A Weibo user who left nothing but their handle. */
const WEIBO = { channel: 'social_media', customerName: '微博网友', phone: '', email: '', socialPlatform: 'weibo', socialAccount: '@ZhangSan_88' };

const correct = (caseId: string, args: Record<string, unknown>, who: Who = 'agent') => store.send('cases.correct', { caseId, reason: '客户私信更正', ...args }, who);
const repeatsOf = async (args: Record<string, unknown>) => (await store.run<RepeatAnswer>('cases.findRepeat', args)).cases.map((c) => c.no);
const search = async (text: string, who: Who) => (await store.run<TrackingWindow>('tracking.rows', { query: { filter: { text } } }, who)).rows.map((r) => r.no);

describe('cases.register with a social or app account (社交/应用账号)', () => {
  it('registers a customer reachable only by their account, keeping it as given, with its contact key', async () => {
    const record = await register(store, WEIBO);
    expect(record).toMatchObject({ phone: '', email: '', socialPlatform: 'weibo', socialAccount: '@ZhangSan_88' });
    // Case and the leading @ aside, on its platform.
    expect((await store.db.cases.get(record.id))!.contactKeys).toEqual(['weibo:zhangsan_88']);
  });

  it('refuses half a pair or a broken account with the field and its code, and writes nothing', async () => {
    const before = await store.counts();
    const fields = async (overrides: Record<string, unknown>) => refusal(await store.send('cases.register', { ...registrationOf(overrides) })).fields;
    expect(await fields({ ...WEIBO, socialPlatform: '' })).toEqual([{ field: 'socialPlatform', code: 'validation.socialPlatformRequired' }]);
    expect(await fields({ ...WEIBO, phone: '13812345678', socialAccount: '' })).toEqual([{ field: 'socialAccount', code: 'validation.socialAccountRequired' }]);
    expect(await fields({ ...WEIBO, socialAccount: 'zhang\nsan' })).toEqual([{ field: 'socialAccount', code: 'validation.socialAccountFormat' }]);
    expect(await fields({ ...WEIBO, socialAccount: '@' })).toEqual([{ field: 'socialAccount', code: 'validation.socialAccountFormat' }]);
    expect(await fields({ ...WEIBO, socialAccount: 'x'.repeat(101) })).toMatchObject([{ field: 'socialAccount', code: 'validation.tooLong' }]);
    expect(await fields({ ...WEIBO, socialPlatform: 'qq' })).toMatchObject([{ field: 'socialPlatform', code: 'validation.chooseOne' }]);
    // Without the account there is no way back to this customer at all.
    expect(await fields({ ...WEIBO, socialPlatform: '', socialAccount: '' })).toEqual([{ field: 'phone', code: 'validation.contactRequired' }]);
    expect(await store.counts()).toEqual(before);
  });

  it('finds the customer again by the account at intake, whatever its case and @, not the same handle on another platform', async () => {
    const first = await register(store, { ...WEIBO, receivedAt: store.now() - 2 * HOUR });
    await register(store, { ...WEIBO, socialPlatform: 'douyin', receivedAt: store.now() - HOUR });
    expect(await repeatsOf({ socialPlatform: 'weibo', socialAccount: 'zhangsan_88' })).toEqual([first.no]);
    expect(await repeatsOf({ socialPlatform: 'weibo', socialAccount: '＠ZHANGSAN_88 ' })).toEqual([first.no]);
    // An account without its platform names nobody.
    expect(await repeatsOf({ socialAccount: 'zhangsan_88' })).toEqual([]);
  });
});

/** The registration fixtures.ts would send, with these fields. */
function registrationOf(overrides: Record<string, unknown>): Record<string, unknown> {
  return { receivedAt: store.now() - HOUR, channel: 'phone', customerName: '张三', phone: '13812345678', email: '', description: '快递三天未送达。', severity: 'general', ...overrides };
}

describe('the account for roles without contacts.view', () => {
  it('is masked on the case and in its history, and not searched by', async () => {
    const record = await register(store, WEIBO);
    const director = await store.run<CaseDetail>('cases.detail', { id: record.id }, 'director');
    expect(director.record).toMatchObject({ socialPlatform: 'weibo', socialAccount: 'Z****8' });
    const registered = director.events.find((e) => e.command === 'cases.register')!;
    expect(registered.changes.socialAccount).toEqual({ before: null, after: 'Z****8' });
    expect(JSON.stringify(director).toLowerCase()).not.toContain('zhangsan');
    expect(await store.run('cases.get', { id: record.id }, 'agent')).toMatchObject({ socialAccount: '@ZhangSan_88' });
    // The tracking search finds it by the account for those who see it, typed with or without the @.
    expect(await search('zhangsan_88', 'agent')).toEqual([record.no]);
    expect(await search('@ZhangSan_88', 'supervisor')).toEqual([record.no]);
    expect(await search('zhangsan_88', 'director')).toEqual([]);
  });

  it('is masked where the description repeats it, and such a role neither finds the case by it nor rewrites that text', async () => {
    // Retyped in another letter case: the same handle, masked and hidden from search alike.
    const record = await register(store, { ...WEIBO, description: '网友@ZhangSan_88 私信：冰箱丢件，zhangsan_88 要求退款。' });
    const director = await store.run<CaseDetail>('cases.detail', { id: record.id }, 'director');
    expect(director.record.description).toBe('网友@Z****8 私信：冰箱丢件，Z****8 要求退款。');
    const registered = director.events.find((e) => e.command === 'cases.register')!;
    expect(registered.changes.description?.after).toBe('网友@Z****8 私信：冰箱丢件，Z****8 要求退款。');
    expect(await search('冰箱丢件', 'director')).toEqual([record.no]);
    expect(await search('ZhangSan_88', 'director')).toEqual([]);
    expect(await search('zhangsan_88', 'director')).toEqual([]);
    expect(await search('ZhangSan_88 退款', 'agent')).toEqual([record.no]);
    expect(refusal(await correct(record.id, { description: '网友@Z****8 私信：冰箱丢件。' }, 'director')).fields).toEqual([{ field: 'description', code: 'validation.maskedText' }]);
  });

  it('cannot be corrected by such a role, even to the value it already has', async () => {
    const record = await register(store, WEIBO);
    for (const args of [{ socialAccount: '@ZhangSan_88' }, { socialPlatform: 'wechat' }]) {
      expect(refusal(await correct(record.id, args, 'director')).code).toBe('cases.correctContactsHidden');
    }
    expect((await store.db.cases.get(record.id))!.socialAccount).toBe('@ZhangSan_88');
  });
});

describe('cases.correct of the account', () => {
  it('puts the account right, with its key and the values in the history, and removes it only with its platform', async () => {
    const record = await register(store, { ...WEIBO, phone: '13812345678' });
    const next = ok<CaseRecord>(await correct(record.id, { socialPlatform: 'wechat', socialAccount: 'zs-wx-01' }));
    expect(next).toMatchObject({ socialPlatform: 'wechat', socialAccount: 'zs-wx-01' });
    expect(next.corrections?.at(-1)?.fields).toEqual(['socialPlatform', 'socialAccount']);
    expect((await store.db.cases.get(record.id))!.contactKeys).toEqual(['13812345678', 'wechat:zs-wx-01']);
    const events = await store.run<AuditEvent[]>('audit.forCase', { caseId: record.id });
    expect(events.at(-1)!.changes.socialAccount).toEqual({ before: '@ZhangSan_88', after: 'zs-wx-01' });

    expect(refusal(await correct(record.id, { socialAccount: '' })).fields).toEqual([{ field: 'socialAccount', code: 'validation.socialAccountRequired' }]);
    const cleared = ok<CaseRecord>(await correct(record.id, { socialPlatform: '', socialAccount: '' }));
    expect('socialPlatform' in cleared || 'socialAccount' in cleared).toBe(false);
    expect((await store.db.cases.get(record.id))!.contactKeys).toEqual(['13812345678']);
  });

  it('refuses removing the account of a customer who has no other contact', async () => {
    const record = await register(store, WEIBO);
    expect(refusal(await correct(record.id, { socialPlatform: '', socialAccount: '' })).fields).toEqual([{ field: 'socialPlatform', code: 'validation.contactRequired' }]);
  });
});

describe('查找客户 and anonymisation by the account', () => {
  it('finds the customer’s cases by the handle on any platform, and exports the account unmasked', async () => {
    const weibo = await register(store, { ...WEIBO, receivedAt: store.now() - 2 * HOUR });
    const app = await register(store, { ...WEIBO, channel: 'app', socialPlatform: 'company_app', socialAccount: 'zhangsan_88', receivedAt: store.now() - HOUR });
    await register(store, { ...WEIBO, socialAccount: 'zhangsan_888' });
    const found = (await store.run<CustomerMatches>('customers.find', { account: ' @zhangsan_88' }, 'legal')).cases;
    expect(found.map((line) => line.no)).toEqual([app.no, weibo.no]);
    // One handle on two platforms: two accounts as the cases are compared, so the export names the cases chosen.
    const exported = await store.run<CustomerExport>('customers.export', { account: 'ZhangSan_88', caseIds: found.map((line) => line.id) }, 'admin');
    expect(exported.key).toEqual({ kind: 'account', value: 'zhangsan_88' });
    expect(exported.cases.map((c) => c.record.socialAccount)).toEqual(['zhangsan_88', '@ZhangSan_88']);
  });

  it('erases the account, its platform and its key, and its value from the history as shown', async () => {
    // Written without the @ and in another letter case too, as people retype a handle.
    const closed = await caseAt(store, 'closed', { ...WEIBO, description: '网友@ZhangSan_88 私信投诉冰箱丢件，ZHANGSAN_88 称已等三天，zhangsan_88 要求退款' });
    store.clock.now += 1096 * DAY;
    const session: Session = store.session('legal');
    ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
    ok(await store.dispatcher.dispatch('cases.anonymise', { caseIds: [closed.id] }, session));
    const after = (await store.db.cases.get(closed.id))!;
    expect(after.socialAccount).toBeUndefined();
    expect(after.socialPlatform).toBeUndefined();
    expect(after.contactKeys).toEqual([]);
    expect(after.description.toLowerCase()).not.toContain('zhangsan_88');
    const page = await store.run<CaseDetail>('cases.detail', { id: closed.id }, 'legal');
    expect(JSON.stringify(page).toLowerCase()).not.toContain('zhangsan_88');
    expect((await store.run<CustomerMatches>('customers.find', { account: 'zhangsan_88' }, 'legal')).cases).toEqual([]);
  });
});

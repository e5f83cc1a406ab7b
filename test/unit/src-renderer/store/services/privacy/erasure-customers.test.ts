import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { ErasurePreview, ErasureView } from '../../../../../../src-renderer/store/services/privacy/erasure-views';
import { caseAt, steps } from '../../flow';
import { DAY, ok, openTestStore, refusal, type TestStore } from '../../fixtures';
import { executeAs, line, requestArgs } from './erasure-kit';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const ADDRESS = '浙江省杭州市西湖区文三路88号3单元502';
/** Two people named 张伟; the first also writes from home, where his wife 李娜 lives, and has a WeChat handle his wife’s Weibo shares. */
const ZHANG = { customerName: '张伟', phone: '13912345678', email: 'zw@example.com', address: ADDRESS, socialPlatform: 'wechat', socialAccount: 'zhangwei_88' };
const OTHER_ZHANG = { customerName: '张伟', phone: '13712345678', email: '' };
const WIFE = { customerName: '李娜', phone: '13611112222', email: '', address: '浙江省杭州市西湖区 文三路88号3单元502', socialPlatform: 'weibo', socialAccount: '@ZhangWei_88' };

const preview = (key: Record<string, string>, who: 'legal' | 'admin' = 'legal') => store.run<ErasurePreview>('erasure.preview', { key }, who);
const record = (key: Record<string, string>, caseIds: string[]) => store.run<ErasureView>('erasure.record', requestArgs(store, key, caseIds), 'legal');

describe('erasure.preview and erasure.record by name, address and account', () => {
  it('shows two people of one name apart by their contacts, says they differ, and masks the contacts for the administrator', async () => {
    const mine = await caseAt(store, 'closed', ZHANG);
    const theirs = await caseAt(store, 'closed', OTHER_ZHANG);
    const found = await preview({ name: '张伟' });
    expect(found.differing).toEqual(['phone']);
    const byId = new Map(found.cases.map((c) => [c.id, c]));
    expect(byId.get(mine.id)).toMatchObject({ customerName: '张伟', phone: '13912345678', email: 'zw@example.com', address: ADDRESS, socialPlatform: 'wechat', socialAccount: 'zhangwei_88' });
    expect(byId.get(theirs.id)).toMatchObject({ customerName: '张伟', phone: '13712345678', email: '' });

    const masked = await preview({ name: '张伟' }, 'admin');
    // Compared in clear in the store host: the administrator is warned as well, and reads the contacts masked.
    expect(masked.differing).toEqual(['phone']);
    expect(masked.cases.find((c) => c.id === mine.id)).toMatchObject({ phone: '139****5678', email: 'z***@example.com', address: '浙江省杭州市****', socialAccount: 'z****8' });

    // The requester's case only, recorded by name.
    const recorded = await record({ name: '张伟' }, [mine.id]);
    expect(recorded.request).toMatchObject({ key: { kind: 'name', value: '张伟' }, cases: [{ id: mine.id }] });
    expect(line(recorded, mine.id).state).toBe('eligible');
  });

  it('finds a family by its address and one handle on several platforms, each person’s cases told apart', async () => {
    const mine = await caseAt(store, 'closed', ZHANG);
    const wife = await caseAt(store, 'closed', WIFE);
    const byAddress = await preview({ address: '浙江省杭州市西湖区文三路88号 3单元502' });
    expect(byAddress.cases.map((c) => c.id).sort()).toEqual([mine.id, wife.id].sort());
    expect(byAddress.differing).toEqual(['customerName', 'phone', 'socialAccount']);
    const byAccount = await preview({ account: '@ZhangWei_88' });
    expect(byAccount.cases.map((c) => c.id).sort()).toEqual([mine.id, wife.id].sort());
    expect(byAccount.differing).toEqual(['customerName', 'phone', 'socialAccount']);

    const recorded = await record({ address: ADDRESS }, [mine.id]);
    expect(recorded.request.key).toEqual({ kind: 'address', value: '浙江省杭州市西湖区文三路88号3单元502' });
    const done = await executeAs(store, recorded.request.no);
    expect(line(done, mine.id).state).toBe('done');
    expect((await store.db.cases.get(wife.id))!.customerName).toBe('李娜');

    const byHandle = await record({ account: 'zhangwei_88' }, [wife.id]);
    expect(line(byHandle, wife.id).state).toBe('eligible');
  });

  it('finds one person’s cases by phone in agreement', async () => {
    await caseAt(store, 'closed', ZHANG);
    await caseAt(store, 'executing', { ...ZHANG, email: '' });
    expect((await preview({ phone: '13912345678' })).differing).toEqual([]);
  });
});

describe('erasure.execute checks each case is still the customer’s', () => {
  it('leaves a case corrected to another customer since recording alone, as no longer the customer’s', async () => {
    const mine = await caseAt(store, 'closed', ZHANG);
    const corrected = await caseAt(store, 'executing', ZHANG);
    const { request } = await record({ phone: '13912345678' }, [mine.id, corrected.id]);
    // While the case is handled, a supervisor puts its customer right: another person, another phone.
    ok(await store.send('cases.correct', { caseId: corrected.id, reason: '登记时客户信息录错', customerName: '王五', phone: '13600000000' }, 'supervisor'));
    await steps.completeExecution(store, corrected.id);
    await steps.satisfied(store, corrected.id);
    const before = await store.run<ErasureView>('erasure.get', { no: request.no }, 'legal');
    expect(line(before, corrected.id)).toMatchObject({ state: 'notCustomer', customerName: '王五' });

    const done = await executeAs(store, request.no);
    expect(line(done, mine.id).state).toBe('done');
    expect(line(done, corrected.id).state).toBe('notCustomer');
    expect((await store.db.cases.get(corrected.id))).toMatchObject({ customerName: '王五', phone: '13600000000' });
    expect(done.request.executions.at(-1)).toMatchObject({ erased: [mine.no], notCustomer: [corrected.no] });
    // Nothing of the customer's is left waiting: the request is completed.
    expect(done).toMatchObject({ outcome: 'completed', counts: { done: 1, notCustomer: 1 } });

    // Once masked, the finding stands without the key.
    ok(await store.send('erasure.deliver', { no: request.no, at: store.now(), method: 'post', to: ADDRESS }, 'legal'));
    const masked = await store.run<ErasureView>('erasure.get', { no: request.no }, 'legal');
    expect(masked.request.masked).toBe(true);
    expect(line(masked, corrected.id).state).toBe('notCustomer');
  });

  it('lets a case erasable when recorded wait when it is sent back for re-handling (质量复核退回) before execution', async () => {
    const closed = await caseAt(store, 'closed', ZHANG);
    const { request } = await record({ phone: '13912345678' }, [closed.id]);
    expect(line(await store.run<ErasureView>('erasure.get', { no: request.no }, 'legal'), closed.id).state).toBe('eligible');
    store.clock.now += DAY;
    ok(await store.send('feedback.qualityReturn', { caseId: closed.id, reason: '回访记录与录音不符' }, 'supervisor'));

    const done = await executeAs(store, request.no);
    expect(line(done, closed.id)).toMatchObject({ state: 'waiting', waiting: 'handling', status: 'planning' });
    const kept = (await store.db.cases.get(closed.id)) as CaseRecord;
    expect(kept.customerName).toBe('张伟');
    expect(kept.anonymisedAt).toBeUndefined();
    expect(done).toMatchObject({ outcome: 'waiting', request: { closedAt: null } });
  });
});

describe('customers.export and the customer’s deletion requests', () => {
  it('gives the customer their requests that still name them, and none once masked', async () => {
    const mine = await caseAt(store, 'closed', ZHANG);
    await caseAt(store, 'closed', OTHER_ZHANG);
    const { request } = await record({ phone: '13912345678' }, [mine.id]);
    const exported = await store.run<{ erasureRequests: Array<{ no: string; requester: string }> }>('customers.export', { phone: '13912345678' }, 'legal');
    expect(exported.erasureRequests).toMatchObject([{ no: request.no, requester: '张伟' }]);
    expect((await store.run<{ erasureRequests: unknown[] }>('customers.export', { phone: '13712345678' }, 'legal')).erasureRequests).toEqual([]);

    await executeAs(store, request.no);
    ok(await store.send('erasure.deliver', { no: request.no, at: store.now(), method: 'email', to: 'zw@example.com' }, 'legal'));
    expect((await store.run<{ erasureRequests: unknown[] }>('customers.export', { email: 'zw@example.com' }, 'legal')).erasureRequests).toEqual([]);
    expect(refusal(await store.send('customers.export', { phone: '13912345678' }, 'agent')).code).toBe('auth.forbidden');
  });
});

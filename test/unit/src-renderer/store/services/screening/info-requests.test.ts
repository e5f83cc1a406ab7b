import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, NOW, openTestStore, register, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const agent = { id: 'u-agent', name: '客服小王' };

describe('要求补充资料 and 已收到补充资料 (infoRequests)', () => {
  it('keeps what was asked and when it came after the decision that followed, and shows no decision while one is awaited', async () => {
    store = await openTestStore();
    const c = await register(store, {});
    await store.run('screening.requestInfo', { caseId: c.id, missing: '订单号和签收照片' });
    store.clock.now = NOW + HOUR;
    const received = await store.run('screening.infoReceived', { caseId: c.id, note: '客户发来订单截图' });
    expect(received.status).toBe('registered');
    // Waiting for 初审 again: no decision shown as if it still stood.
    expect(received.screening).toBeNull();
    expect(received.infoRequests).toEqual([
      { missing: '订单号和签收照片', askedAt: NOW, askedBy: agent, received: { note: '客户发来订单截图', at: NOW + HOUR, by: agent } },
    ]);
    // Asked again, then accepted: both requests stay beside the acceptance.
    await store.run('screening.requestInfo', { caseId: c.id, missing: '发票' });
    const redirected = await store.run('screening.redirect', { caseId: c.id, reason: '属商家责任', referredTo: '平台客服' });
    expect(redirected.screening?.decision).toBe('redirected');
    expect(redirected.infoRequests?.map((r) => [r.missing, r.received?.note ?? null])).toEqual([
      ['订单号和签收照片', '客户发来订单截图'],
      ['发票', null],
    ]);
  });

  it('gives a case asked before requests were kept its request, from the screening record, when the information comes', async () => {
    store = await openTestStore();
    const c = await register(store, {});
    await store.run('screening.requestInfo', { caseId: c.id, missing: '订单号' });
    await store.db.cases.update(c.id, { infoRequests: undefined });
    const received = await store.run('screening.infoReceived', { caseId: c.id, note: '已补充' });
    expect(received.infoRequests).toEqual([{ missing: '订单号', askedAt: NOW, askedBy: agent, received: { note: '已补充', at: NOW, by: agent } }]);
  });
});

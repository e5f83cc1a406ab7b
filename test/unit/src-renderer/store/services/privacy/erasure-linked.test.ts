import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerExport } from '../../../../../../src-renderer/domain/privacy/customer';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import type { ErasureView } from '../../../../../../src-renderer/store/services/privacy/erasure-views';
import { caseAt, steps } from '../../flow';
import { DAY, ok, openTestStore, PASSWORD, register, type TestStore } from '../../fixtures';
import { executeAs, requestArgs } from './erasure-kit';

let store: TestStore;
afterEach(async () => store?.close());

const merge = (caseId: string, into: string, note: string) => store.send('cases.terminate', { caseId, reason: 'duplicate', duplicateOfNo: into, note }, 'supervisor');
const inform = (caseId: string, mergedId: string, note: string) => store.send('feedback.informMerged', { caseId, mergedId, outcome: 'informed', channel: 'phone', note });
const page = (id: string) => store.run<CaseDetail>('cases.detail', { id });
const json = (value: unknown) => JSON.stringify(value);
const record = (key: Record<string, string>, ids: string[], overrides: Record<string, unknown> = {}) =>
  store.run<ErasureView>('erasure.record', requestArgs(store, key, ids, overrides), 'legal');

async function retentionBatch(caseIds: string[]) {
  const session = store.session('legal');
  ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
  ok(await store.dispatcher.dispatch('cases.anonymise', { caseIds }, session));
}

/** 李雷's duplicate merged into his other case, told there at an address; `older` says which was registered first. */
async function mergedPair(older: 'duplicate' | 'primary') {
  const first = await register(store, { customerName: '李雷', phone: '13700001111' });
  const primary = older === 'duplicate' ? await caseAt(store, 'executing', { customerName: '李雷', phone: '13700001111' }) : undefined;
  const p = primary ?? (await caseAt(store, 'executing', { customerName: '李雷', phone: '13700001111' }));
  const d = older === 'duplicate' ? first : await register(store, { customerName: '李雷', phone: '13700001111' });
  const [dup, prim] = older === 'duplicate' ? [first, p] : [d, p];
  ok(await merge(dup.id, prim.no, '同一客户重复来电'));
  await steps.completeExecution(store, prim.id);
  ok(await inform(prim.id, dup.id, '已按李雷留的新地址上海市徐汇区漕溪北路1号寄信告知'));
  await steps.satisfied(store, prim.id);
  return { d: dup, p: prim };
}

async function relatedPair() {
  const r1 = await caseAt(store, 'closed', { customerName: '李雷', phone: '13700001111' });
  const r2 = await caseAt(store, 'closed', { customerName: '李雷', phone: '13700001111' });
  ok(await store.send('cases.link', { caseId: r1.id, otherNo: r2.no, kind: 'same_order', note: '李雷与其妻韩梅梅同一订单' }, 'supervisor'));
  return { r1, r2 };
}

describe('erasing linked cases together (one request, one retention batch)', () => {
  for (const older of ['duplicate', 'primary'] as const) {
    it(`leaves no note about the customer on a merged pair (the ${older} older), by a request and by a retention batch`, async () => {
      for (const path of ['request', 'batch'] as const) {
        store = await openTestStore();
        const { d, p } = await mergedPair(older);
        if (path === 'request') {
          store.clock.now += DAY;
          const { request } = await record({ phone: '13700001111' }, [d.id, p.id]);
          expect((await executeAs(store, request.no)).outcome).toBe('completed');
        } else {
          store.clock.now += 1096 * DAY;
          await retentionBatch([d.id, p.id]);
        }
        for (const id of [d.id, p.id]) expect(json(await store.db.cases.get(id))).not.toMatch(/李雷|漕溪北路/);
        await store.close();
      }
    });
  }

  it('leaves no link note about the customer on either of two related cases, by a request and by a retention batch in either order', async () => {
    for (const path of ['request', 'batch', 'batch reversed'] as const) {
      store = await openTestStore();
      const { r1, r2 } = await relatedPair();
      if (path === 'request') {
        store.clock.now += DAY;
        const { request } = await record({ phone: '13700001111' }, [r1.id, r2.id]);
        await executeAs(store, request.no);
      } else {
        store.clock.now += 1096 * DAY;
        await retentionBatch(path === 'batch' ? [r1.id, r2.id] : [r2.id, r1.id]);
      }
      for (const id of [r1.id, r2.id]) {
        const stored = (await store.db.cases.get(id))!;
        expect(stored.relatedCases![0]!.note).toBe('***');
        expect(json(stored)).not.toContain('李雷');
      }
      await store.close();
    }
  });
});

describe('a deletion request’s notes for the administrator', () => {
  it('stay masked with the cases’ address and account after execution anonymised them', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'closed', {
      customerName: '陈晓燕',
      phone: '13912345678',
      address: '浙江省杭州市西湖区文三路88号3单元502',
      socialPlatform: 'wechat',
      socialAccount: 'chenxy_1990',
    });
    store.clock.now += DAY;
    const { request } = await record({ phone: '13912345678' }, [c.id], {
      requester: '陈晓燕',
      note: '回寄告知书至浙江省杭州市西湖区文三路88号3单元502',
      verificationNote: '核对微信号 chenxy_1990',
    });
    await executeAs(store, request.no);
    const seen = await store.run<ErasureView>('erasure.get', { no: request.no }, 'admin');
    expect(seen.awaitsDelivery).toBe(true);
    expect(json(seen.request)).not.toMatch(/文三路88号|chenxy_1990/);
    // Legal, who sees contacts, still reads them to address the reply.
    expect((await store.run<ErasureView>('erasure.get', { no: request.no }, 'legal')).request.note).toContain('文三路88号3单元502');
  });
});

describe('a customer’s data export', () => {
  it('carries no other person’s deletion request on a case corrected to this customer since', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'executing', { customerName: '陈晓燕', phone: '13912345678' });
    store.clock.now += DAY;
    await record({ phone: '13912345678' }, [c.id], { requester: '陈晓燕', note: '回寄至杭州市西湖区文三路88号' });
    ok(await store.send('cases.correct', { caseId: c.id, reason: '登记错了人', customerName: '王五', phone: '13600000000' }, 'supervisor'));
    const theirs = await store.run<CustomerExport>('customers.export', { phone: '13600000000' }, 'legal');
    expect(theirs.cases.map((x) => x.record.id)).toEqual([c.id]);
    expect(theirs.erasureRequests ?? []).toEqual([]);
    expect(json(theirs)).not.toMatch(/陈晓燕|文三路|13912345678/);
    const byName = await store.run<CustomerExport>('customers.export', { name: '王五', caseIds: [c.id] }, 'legal');
    expect(byName.erasureRequests ?? []).toEqual([]);
  });

  it('still carries the customer’s own request, found by the same key', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'executing', { customerName: '陈晓燕', phone: '13912345678' });
    store.clock.now += DAY;
    const { request } = await record({ phone: '139 1234 5678' }, [c.id], { requester: '陈晓燕' });
    const own = await store.run<CustomerExport>('customers.export', { phone: '13912345678' }, 'legal');
    expect(own.erasureRequests!.map((r) => r.no)).toEqual([request.no]);
  });
});

describe('a primary erased while another customer merged into it waits', () => {
  it('keeps that customer waiting on both pages, and their telling can still be recorded', async () => {
    store = await openTestStore();
    const p = await caseAt(store, 'closed');
    const d = await register(store, { customerName: '李雷', phone: '13700001111' });
    ok(await merge(d.id, p.no, '结案后客户再次来电'));
    store.clock.now += DAY;
    const { request } = await record({ phone: '13812345678' }, [p.id]);
    // The requester's right does not wait on another customer.
    expect((await executeAs(store, request.no)).outcome).toBe('completed');
    expect((await page(p.id)).links).toMatchObject({ waiting: [d.no], merged: [{ no: d.no, mustInform: true, state: 'waiting' }] });
    expect((await page(d.id)).links.mergedInto).toMatchObject({ no: p.no, mustInform: true, informed: null });
    ok(await inform(p.id, d.id, '已致电告知处理结果'));
    expect((await page(p.id)).links).toMatchObject({ waiting: [], merged: [{ state: 'informed' }] });
    expect((await page(d.id)).links.mergedInto).toMatchObject({ informed: { outcome: 'informed' } });
  });

  it('asks nothing for a merged case of the primary’s own customer', async () => {
    store = await openTestStore();
    const p = await caseAt(store, 'closed');
    const d = await register(store, { customerName: '张伟', phone: '13812345678', description: '同一客户结案后再次来电。' });
    ok(await merge(d.id, p.no, '同一客户'));
    store.clock.now += DAY;
    const { request } = await record({ phone: '13812345678' }, [p.id]);
    await executeAs(store, request.no);
    expect((await page(p.id)).links).toMatchObject({ waiting: [], merged: [{ mustInform: false, state: 'same' }] });
  });
});

describe('a case with another customer’s duplicate merged in, before its result', () => {
  it('can record telling them it will be redirected or terminated, then end; a result reached after all is owed again', async () => {
    store = await openTestStore();
    const p = await register(store);
    const d = await register(store, { customerName: '李雷', phone: '13700001111' });
    ok(await merge(d.id, p.no, '同一事项'));
    const redirect = () => store.send('screening.redirect', { caseId: p.id, reason: '属市场监管部门管辖', referredTo: '市场监管局' }, 'supervisor');
    expect((await redirect()).ok).toBe(false);
    ok(await inform(p.id, d.id, '已告知将转市场监管局处理'));
    expect((await store.db.cases.get(p.id))!.mergedCases![0]!.informed).toMatchObject({ ending: true });
    expect((await page(d.id)).links.mergedInto).toMatchObject({ informed: { outcome: 'informed' } });
    ok(await redirect());
  });
});

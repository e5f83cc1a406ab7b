import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { caseAt, steps } from '../../flow';
import { DAY, HOUR, ok, openTestStore, refusal, type TestStore, type Who } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

/** A case whose approved plan promised `compensation`, being carried out. */
async function promised(compensation: Record<string, unknown> = { type: 'refund', amount: 300 }): Promise<CaseRecord> {
  const c = await caseAt(store, 'planning');
  await store.run('plans.submit', { caseId: c.id, measures: ['退还货款'], ownerId: 'u-agent', department: '物流配送部', dueAt: store.now() + 3 * DAY, compensation });
  store.clock.now += HOUR;
  return steps.approvePlan(store, c.id);
}

const confirm = (caseId: string, args: Record<string, unknown>, who: Who = 'agent') => store.send('plans.confirmCompensation', { caseId, ...args }, who);
const paid = (at: number, extra: Record<string, unknown> = {}) => ({ outcome: 'paid', amount: 300, method: 'original_route', paidAt: at, reference: 'TX20261124001', ...extra });

describe('plans.confirmCompensation (赔付确认)', () => {
  it('records what was paid, how, when and the reference, with who recorded it; a later one corrects it and both stay', async () => {
    store = await openTestStore();
    const c = await promised();
    const approvedAt = c.plan!.approvedAt!;
    store.clock.now += 2 * HOUR;
    const first = ok<CaseRecord>(await confirm(c.id, paid(approvedAt + HOUR)));
    expect(first.status).toBe('executing');
    expect(first.plan!.compensationConfirmations).toEqual([
      { outcome: 'paid', amount: 300, method: 'original_route', paidAt: approvedAt + HOUR, reference: 'TX20261124001', note: '', at: store.now(), by: { id: 'u-agent', name: expect.any(String) } },
    ]);
    // The reference was mistyped: a second confirmation, by the supervisor, keeps the first.
    store.clock.now += HOUR;
    const second = ok<CaseRecord>(await confirm(c.id, paid(approvedAt + HOUR, { reference: 'TX20261124010' }), 'supervisor'));
    expect(second.plan!.compensationConfirmations!.map((x) => [x.reference, x.by.id])).toEqual([
      ['TX20261124001', 'u-agent'],
      ['TX20261124010', 'u-supervisor'],
    ]);
    const events = (await store.db.audit.where('[subject+n]').between([c.id, 0], [c.id, Infinity]).toArray()).filter((e) => e.command === 'plans.confirmCompensation');
    expect(events.map((e) => e.detail)).toEqual([{ outcome: 'paid' }, { outcome: 'paid', correction: true }]);
  });

  it('takes a different amount only with a note, and a waiver only with the reason; a waiver keeps no payment details', async () => {
    store = await openTestStore();
    const c = await promised();
    const at = c.plan!.approvedAt! + HOUR;
    store.clock.now += 2 * HOUR;
    const before = await store.snapshot();
    expect(refusal(await confirm(c.id, paid(at, { amount: 250 }))).fields).toEqual([{ field: 'note', code: 'validation.noteWhenAmountDiffers' }]);
    expect(refusal(await confirm(c.id, { outcome: 'waived' })).fields).toEqual([{ field: 'note', code: 'validation.required' }]);
    expect(await store.snapshot()).toEqual(before);
    ok(await confirm(c.id, paid(at, { amount: 250, note: '客户同意扣除已使用的配件费 50 元' })));
    const waived = ok<CaseRecord>(await confirm(c.id, { outcome: 'waived', amount: 300, method: 'cash', paidAt: at, reference: 'X', note: '客户表示不再需要退款' }));
    expect(waived.plan!.compensationConfirmations!.at(-1)).toMatchObject({ outcome: 'waived', amount: null, method: null, paidAt: null, reference: '', note: '客户表示不再需要退款' });
  });

  it('refuses, writing nothing: no amount for a refund, a negative or fractional-fen amount, a time in the future or before the approval, no method', async () => {
    store = await openTestStore();
    const c = await promised();
    const approvedAt = c.plan!.approvedAt!;
    store.clock.now += 2 * HOUR;
    const before = await store.snapshot();
    // Which field, and why (a range error also sends its bound).
    const field = async (args: Record<string, unknown>) => refusal(await confirm(c.id, args)).fields?.map(({ field, code }) => ({ field, code }));
    expect(await field(paid(approvedAt, { amount: null }))).toEqual([{ field: 'amount', code: 'validation.amountRequired' }]);
    expect(await field(paid(approvedAt, { amount: -1 }))).toEqual([{ field: 'amount', code: 'validation.paidAmountRange' }]);
    expect(await field(paid(approvedAt, { amount: 2e9 }))).toEqual([{ field: 'amount', code: 'validation.paidAmountRange' }]);
    expect(await field(paid(approvedAt, { amount: 300.005 }))).toEqual([{ field: 'amount', code: 'validation.wholeFen' }]);
    expect(await field(paid(store.now() + DAY))).toEqual([{ field: 'paidAt', code: 'validation.notInFuture' }]);
    expect(await field(paid(approvedAt - 60_000))).toEqual([{ field: 'paidAt', code: 'validation.paidBeforeApproval' }]);
    expect(await field(paid(approvedAt, { method: null }))).toEqual([{ field: 'method', code: 'validation.chooseOne' }]);
    expect(await field(paid(approvedAt, { paidAt: null }))).toEqual([{ field: 'paidAt', code: 'validation.required' }]);
    expect(await store.snapshot()).toEqual(before);
  });

  it('is refused when the plan promised nothing, for roles that do not carry plans out, and before the plan is carried out', async () => {
    store = await openTestStore();
    const none = await caseAt(store, 'executing');
    expect(refusal(await confirm(none.id, { outcome: 'waived', note: '无' })).code).toBe('compensation.notPromised');
    const c = await promised();
    for (const who of ['director', 'ops', 'legal'] as const) expect(refusal(await confirm(c.id, paid(c.plan!.approvedAt!), who)).code).toBe('auth.forbidden');
    const review = await caseAt(store, 'plan_review');
    expect(refusal(await confirm(review.id, { outcome: 'waived', note: '客户放弃' })).code).toBe('lifecycle.invalidTransition');
  });

  it('goods or a service promised without an amount are confirmed without one', async () => {
    store = await openTestStore();
    const c = await promised({ type: 'goods', amount: null });
    const done = ok<CaseRecord>(await confirm(c.id, { outcome: 'paid', method: 'goods_shipped', paidAt: store.now(), reference: 'SF1234567890' }));
    expect(done.plan!.compensationConfirmations![0]).toMatchObject({ amount: null, method: 'goods_shipped', reference: 'SF1234567890' });
  });
});

describe('progress.complete with compensation promised', () => {
  it('is refused until the compensation is confirmed paid or declined, writing nothing; then the case goes to the callback', async () => {
    store = await openTestStore();
    const c = await promised();
    const before = await store.snapshot();
    expect(refusal(await store.send('progress.complete', { caseId: c.id, summary: '已退款' })).code).toBe('compensation.unconfirmed');
    expect(await store.snapshot()).toEqual(before);
    ok(await confirm(c.id, { outcome: 'waived', note: '客户表示商品已修好，不需要退款' }));
    expect(ok<CaseRecord>(await store.send('progress.complete', { caseId: c.id, summary: '已维修' })).status).toBe('feedback');
  });

  it('asks for a new confirmation after a re-handling: the new plan promises anew, the earlier plan keeps its confirmation', async () => {
    store = await openTestStore();
    const c = await promised();
    ok(await confirm(c.id, paid(store.now())));
    await steps.completeExecution(store, c.id);
    await store.run('feedback.record', { caseId: c.id, channel: 'phone', result: '已退款', at: store.now(), scores: { efficiency: 2, resolution: 2, attitude: 3, compensation: 1 }, satisfied: false, reopenReason: '退款金额不足' });
    await store.run('plans.submit', { caseId: c.id, measures: ['补偿差价'], ownerId: 'u-agent', department: '物流配送部', dueAt: store.now() + 3 * DAY, compensation: { type: 'cash', amount: 100 } });
    const again = await steps.approvePlan(store, c.id);
    expect(again.earlierPlans![0]!.compensationConfirmations).toHaveLength(1);
    expect(again.plan!.compensationConfirmations).toBeUndefined();
    expect(refusal(await store.send('progress.complete', { caseId: c.id, summary: '已补差价' })).code).toBe('compensation.unconfirmed');
  });

  it('the monthly report sets what was paid beside what was promised, for the cases completed in the month', async () => {
    store = await openTestStore();
    const refund = await promised();
    ok(await confirm(refund.id, paid(store.now(), { amount: 250, note: '扣除运费' })));
    await steps.completeExecution(store, refund.id);
    const declined = await promised({ type: 'voucher', amount: 50.1 });
    ok(await confirm(declined.id, { outcome: 'waived', note: '客户不要代金券' }));
    await steps.completeExecution(store, declined.id);
    // Carried out but not completed: not in the month's figures yet.
    await promised({ type: 'cash', amount: 1000 });
    const report = await store.run<{ compensation: unknown }>('reports.monthly', { year: 2026, month: 11 }, 'supervisor');
    expect(report.compensation).toEqual({ plans: 2, promised: 350.1, paid: 250, waived: 1, unconfirmed: 0 });
  });

  it('the monthly report keeps a payment in the month its handling was completed, whatever a re-handling later promises', async () => {
    store = await openTestStore();
    const c = await promised({ type: 'refund', amount: 3200 });
    ok(await confirm(c.id, paid(store.now(), { amount: 3200 })));
    await steps.completeExecution(store, c.id);
    const report = (month: number) => store.run<{ compensation: unknown }>('reports.monthly', { year: 2026, month }, 'supervisor');
    const november = { plans: 1, promised: 3200, paid: 3200, waived: 0, unconfirmed: 0 };
    expect((await report(11)).compensation).toEqual(november);
    // Not satisfied in December: handled again with a plan that promises nothing more.
    store.clock.now = new Date(2026, 11, 2, 10, 0).getTime();
    await store.run('feedback.record', { caseId: c.id, channel: 'phone', result: '已退款', at: store.now(), scores: { efficiency: 2, resolution: 2, attitude: 3, compensation: 3 }, satisfied: false, reopenReason: '仍不满意处理速度' });
    await store.run('plans.submit', { caseId: c.id, measures: ['主管致电道歉'], ownerId: 'u-agent', department: '物流配送部', dueAt: store.now() + 3 * DAY, compensation: { type: 'none' } });
    await steps.approvePlan(store, c.id);
    await steps.completeExecution(store, c.id);
    expect((await report(11)).compensation).toEqual(november);
    expect((await report(12)).compensation).toEqual({ plans: 0, promised: 0, paid: 0, waived: 0, unconfirmed: 0 });
    // A second promise completed in December counts there, the first one's payment staying in November.
    await store.run('feedback.record', { caseId: c.id, channel: 'phone', result: '已道歉', at: store.now(), scores: { efficiency: 2, resolution: 2, attitude: 3, compensation: 2 }, satisfied: false, reopenReason: '要求补偿误工费' });
    await store.run('plans.submit', { caseId: c.id, measures: ['补偿误工费'], ownerId: 'u-agent', department: '物流配送部', dueAt: store.now() + 3 * DAY, compensation: { type: 'cash', amount: 200 } });
    const third = await steps.approvePlan(store, c.id);
    ok(await confirm(c.id, paid(third.plan!.approvedAt!, { amount: 200, method: 'cash' })));
    await steps.completeExecution(store, c.id);
    expect((await report(11)).compensation).toEqual(november);
    expect((await report(12)).compensation).toEqual({ plans: 1, promised: 200, paid: 200, waived: 0, unconfirmed: 0 });
  });

  it('counts each plan of a case handled twice in one month: two declined promises are two plans, not one case', async () => {
    store = await openTestStore();
    const c = await promised({ type: 'refund', amount: 100 });
    ok(await confirm(c.id, { outcome: 'waived', note: '客户不要退款' }));
    await steps.completeExecution(store, c.id);
    await store.run('feedback.record', { caseId: c.id, channel: 'phone', result: '已处理', at: store.now(), scores: { efficiency: 2, resolution: 2, attitude: 3, compensation: 3 }, satisfied: false, reopenReason: '仍不满意' });
    await store.run('plans.submit', { caseId: c.id, measures: ['补偿现金'], ownerId: 'u-agent', department: '物流配送部', dueAt: store.now() + 3 * DAY, compensation: { type: 'cash', amount: 50 } });
    await steps.approvePlan(store, c.id);
    ok(await confirm(c.id, { outcome: 'waived', note: '客户仍不要补偿' }));
    await steps.completeExecution(store, c.id);
    const report = await store.run<{ compensation: unknown }>('reports.monthly', { year: 2026, month: 11 }, 'supervisor');
    expect(report.compensation).toEqual({ plans: 2, promised: 150, paid: 0, waived: 2, unconfirmed: 0 });
  });

  it('does not stand in the way of a plan without compensation', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'executing');
    expect(ok<CaseRecord>(await store.send('progress.complete', { caseId: c.id, summary: '已处理' })).status).toBe('feedback');
  });
});

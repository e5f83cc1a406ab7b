import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, openTestStore, type TestStore } from '../../fixtures';
import { caseAt, steps, SURVEY } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

const notSatisfied = (caseId: string) =>
  store.run('feedback.record', { caseId, channel: 'phone', result: '已告知', at: store.now(), scores: SURVEY, satisfied: false, reopenReason: '补发的冰箱仍有划痕' });

describe('plans.submit keeps what earlier handlings promised (此前的处理方案)', () => {
  it('keeps the approved plan a re-handling replaces, oldest first, with its measures, compensation and approval', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'feedback');
    const first = (await store.run('cases.get', { id: c.id })).plan!;
    await notSatisfied(c.id);
    store.clock.now += HOUR;
    const second = await store.run('plans.submit', {
      caseId: c.id,
      measures: ['上门更换', '赠送延保一年'],
      ownerId: 'u-agent',
      department: '物流配送部',
      dueAt: store.now() + 86_400_000,
      compensation: { type: 'voucher', amount: 100 },
    });
    expect(second.plan!.measures).toEqual(['上门更换', '赠送延保一年']);
    expect(second.earlierPlans).toEqual([first]);
    expect(first.approvedBy).toEqual({ id: 'u-ops', name: expect.any(String) });
    // Handled a third time: both earlier rounds are on file.
    await steps.approvePlan(store, c.id);
    await store.run('plans.confirmCompensation', { caseId: c.id, outcome: 'paid', amount: 100, method: 'voucher_code', paidAt: store.now(), reference: 'V100' });
    await steps.completeExecution(store, c.id);
    await notSatisfied(c.id);
    const third = await steps.submitPlan(store, c.id);
    expect(third.earlierPlans?.map((plan) => plan.measures)).toEqual([first.measures, ['上门更换', '赠送延保一年']]);
  });

  it('keeps no earlier plan for a resubmission after a return: that plan was never approved, its returns stay on the new one', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'plan_review');
    await store.run('plans.return', { caseId: c.id, reason: '补偿不足' }, 'ops');
    const resubmitted = await steps.submitPlan(store, c.id);
    expect(resubmitted.earlierPlans).toBeUndefined();
    expect(resubmitted.plan!.returns?.map((r) => r.reason)).toEqual(['补偿不足']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, NOW, openTestStore, refusal, type TestStore } from '../../fixtures';
import { caseAt, steps, SURVEY } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

const legal = { id: 'u-legal', name: '法务郑' };

describe('plans.legalReview (法务意见)', () => {
  it('revises the opinion while the plan waits, keeping the one it replaced on the plan and in the audit', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'plan_review', { severity: 'major' });
    await store.run('plans.legalReview', { caseId: c.id, opinion: '补偿标准符合规定' }, 'legal');
    store.clock.now = NOW + HOUR;
    const revised = await store.run('plans.legalReview', { caseId: c.id, opinion: '补偿偏高，建议先协商' }, 'legal');
    expect(revised.plan?.legalOpinion).toEqual({ text: '补偿偏高，建议先协商', at: NOW + HOUR, by: legal });
    expect(revised.plan?.earlierOpinions).toEqual([{ text: '补偿标准符合规定', at: NOW, by: legal }]);
    const events = await store.db.audit.where('[subject+n]').between([c.id, 0], [c.id, Infinity]).toArray();
    expect(events.filter((e) => e.command === 'plans.legalReview').map((e) => e.detail ?? null)).toEqual([null, { revised: true }]);
    // The same words again are refused as no revision, and change nothing.
    store.clock.now = NOW + 2 * HOUR;
    const before = await store.snapshot();
    expect(refusal(await store.send('plans.legalReview', { caseId: c.id, opinion: '补偿偏高，建议先协商' }, 'legal'))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'opinion', code: 'validation.unchanged' }],
    });
    expect(await store.snapshot()).toEqual(before);
    // The approver goes by the current opinion; the earlier ones stay with the approved plan.
    const approved = await store.run('plans.approve', { caseId: c.id }, 'ops');
    expect(approved.plan?.earlierOpinions).toHaveLength(1);
  });

  it('keeps no earlier opinions for a first one', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'plan_review', { severity: 'major' });
    const reviewed = await store.run('plans.legalReview', { caseId: c.id, opinion: '无异议' }, 'legal');
    expect(reviewed.plan?.earlierOpinions).toBeUndefined();
  });

  it('keeps legal’s opinions on a plan sent back and resubmitted, and asks legal again for the new one', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'plan_review', { severity: 'major' });
    await store.run('plans.legalReview', { caseId: c.id, opinion: '补偿标准符合规定' }, 'legal');
    await store.run('plans.return', { caseId: c.id, reason: '请按法务意见调整补偿' }, 'ops');
    const resubmitted = await steps.submitPlan(store, c.id);
    expect(resubmitted.plan?.legalOpinion).toBeNull();
    expect(resubmitted.plan?.earlierOpinions).toEqual([{ text: '补偿标准符合规定', at: NOW, by: legal }]);
    // Approved and handled again: the new round's plan starts without them.
    await store.run('plans.legalReview', { caseId: c.id, opinion: '同意' }, 'legal');
    await steps.approvePlan(store, c.id);
    await steps.completeExecution(store, c.id);
    await store.run('feedback.record', { caseId: c.id, channel: 'phone', result: '已告知', at: store.now(), scores: SURVEY, satisfied: false, reopenReason: '不满意' });
    expect((await steps.submitPlan(store, c.id)).plan?.earlierOpinions).toBeUndefined();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, NOW, openTestStore, type TestStore } from '../../fixtures';
import { caseAt } from '../../flow';

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
    // The same words again add nothing to the record.
    store.clock.now = NOW + 2 * HOUR;
    const again = await store.run('plans.legalReview', { caseId: c.id, opinion: '补偿偏高，建议先协商' }, 'legal');
    expect(again.plan).toEqual(revised.plan);
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
});

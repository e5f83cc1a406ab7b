import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssignResult } from '../../../../../../src-renderer/store/services/cases/assign';
import { caseAt } from '../../flow';
import { openTestStore, refusal, register, type TestStore } from '../../fixtures';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

describe('cases.assign', () => {
  it('hands open cases to another owner in one go, audited, and reports the ones it skipped', async () => {
    const a = await register(store);
    const b = await register(store);
    const closed = await caseAt(store, 'closed');
    const alreadyTheirs = await register(store, {}, 'agent2');
    const result = await store.run<AssignResult>(
      'cases.assign',
      { caseIds: [a.id, b.id, closed.id, alreadyTheirs.id, 'ghost'], ownerId: 'u-agent2' },
      'supervisor',
    );
    expect(result.assigned).toEqual([a.no, b.no]);
    expect(result.skipped.map((s) => [s.no, s.reason])).toEqual([
      [closed.no, 'final'],
      [alreadyTheirs.no, 'sameOwner'],
      ['', 'notFound'],
    ]);
    expect((await store.db.cases.get(a.id))?.owner).toEqual({ id: 'u-agent2', name: '客服小李' });
    const events = await store.db.audit.where('[subject+n]').between([a.id, 0], [a.id, Infinity]).toArray();
    expect(events.at(-1)).toMatchObject({ command: 'cases.assign', actor: { id: 'u-supervisor' } });
    // The tracking table follows at once.
    const mine = await store.run<{ total: number }>('tracking.rows', { query: { filter: { mine: true } } }, 'agent2');
    expect(mine.total).toBe(3);
  });

  it('is for supervisors, to active case workers only, and changes nothing when refused', async () => {
    const a = await register(store);
    expect(refusal(await store.send('cases.assign', { caseIds: [a.id], ownerId: 'u-agent2' }, 'agent')).code).toBe('auth.forbidden');
    const toDirector = refusal(await store.send('cases.assign', { caseIds: [a.id], ownerId: 'u-director' }, 'supervisor'));
    expect(toDirector.fields).toEqual([{ field: 'ownerId', code: 'validation.ownerInvalid' }]);
    await store.db.users.update('u-agent2', { active: 0 });
    expect(refusal(await store.send('cases.assign', { caseIds: [a.id], ownerId: 'u-agent2' }, 'supervisor')).code).toBe('validation.failed');
    expect(refusal(await store.send('cases.assign', { caseIds: [], ownerId: 'u-agent' }, 'supervisor')).fields?.[0]?.code).toBe(
      'validation.casesRequired',
    );
    expect((await store.db.cases.get(a.id))?.owner?.id).toBe('u-agent');
  });
});

describe('a handover while a plan waits for approval', () => {
  const DAY = 86_400_000;
  const approve = (caseId: string) => store.send('plans.approve', { caseId }, 'ops');

  it('carries the plan’s 负责人 along when it named the owner handed from, so the approval keeps the handover', async () => {
    const c = await caseAt(store, 'plan_review');
    expect(c.plan?.owner.id).toBe('u-agent');
    await store.run('cases.assign', { caseIds: [c.id], ownerId: 'u-agent2' }, 'supervisor');
    expect((await store.db.cases.get(c.id))?.plan?.owner).toEqual({ id: 'u-agent2', name: '客服小李' });
    const approved = await store.run<{ owner: { id: string } | null; status: string }>('plans.approve', { caseId: c.id }, 'ops');
    expect(approved).toMatchObject({ status: 'executing', owner: { id: 'u-agent2' } });
  });

  it('keeps a 负责人 the plan chose besides the owner; the approval is refused once they can no longer carry it out', async () => {
    const c = await caseAt(store, 'planning');
    await store.run('plans.submit', { caseId: c.id, measures: ['补发商品'], ownerId: 'u-agent2', department: '物流配送部', dueAt: store.now() + 3 * DAY });
    await store.run('cases.assign', { caseIds: [c.id], ownerId: 'u-supervisor' }, 'supervisor');
    expect((await store.db.cases.get(c.id))?.plan?.owner.id).toBe('u-agent2');
    // The administrator counts it among what a deactivation leaves behind.
    const listed = await store.run<{ id: string; pendingPlans?: number; openCases?: number }[]>('users.list', {}, 'admin');
    expect(listed.find((u) => u.id === 'u-agent2')).toMatchObject({ pendingPlans: 1, openCases: 0 });
    expect(listed.find((u) => u.id === 'u-supervisor')?.pendingPlans).toBeUndefined();

    type Detail = { ownerStanding?: string; planOwnerStanding?: string };
    expect((await store.run<Detail>('cases.detail', { id: c.id }, 'ops')).planOwnerStanding).toBeUndefined();
    await store.db.users.update('u-agent2', { active: 0 });
    // The case page says so before anyone tries (the case's owner, 陈主管 here, is marked apart).
    expect(await store.run<Detail>('cases.detail', { id: c.id }, 'ops')).toMatchObject({ planOwnerStanding: 'inactive' });
    expect((await store.run<Detail>('cases.detail', { id: c.id }, 'ops')).ownerStanding).toBeUndefined();
    const before = await store.db.cases.get(c.id);
    expect(refusal(await approve(c.id))).toEqual({ code: 'plans.ownerUnavailable', params: { name: '客服小李' } });
    expect(await store.db.cases.get(c.id)).toEqual(before);
    await store.db.users.update('u-agent2', { active: 1, role: 'director' });
    expect(await store.run<Detail>('cases.detail', { id: c.id }, 'ops')).toMatchObject({ planOwnerStanding: 'cannotHandle' });
    expect(refusal(await approve(c.id)).code).toBe('plans.ownerUnavailable');
    await store.db.users.update('u-agent2', { role: 'agent' });
    expect(await store.run<{ owner: { id: string } }>('plans.approve', { caseId: c.id }, 'ops')).toMatchObject({ owner: { id: 'u-agent2' } });
  });
});

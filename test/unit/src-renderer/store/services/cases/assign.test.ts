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

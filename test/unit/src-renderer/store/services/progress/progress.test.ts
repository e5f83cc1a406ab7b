import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { DAY, HOUR, openTestStore, refusal, type TestStore } from '../../fixtures';
import { caseAt } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

async function executing(): Promise<CaseRecord> {
  store = await openTestStore();
  return caseAt(store, 'executing');
}

describe('extensions (延期)', () => {
  it('must ask for a later deadline than the current one', async () => {
    const c = await executing();
    const due = c.clocks.resolution!.dueAt;
    expect(refusal(await store.send('progress.requestExtension', { caseId: c.id, reason: '缺货', newDueAt: due }))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'newDueAt', code: 'validation.mustBeLater' }],
    });
  });

  it('allows one pending request at a time, and no completion while one is pending', async () => {
    const c = await executing();
    const due = c.clocks.resolution!.dueAt;
    await store.run('progress.requestExtension', { caseId: c.id, reason: '缺货', newDueAt: due + DAY });
    expect(refusal(await store.send('progress.requestExtension', { caseId: c.id, reason: '再延', newDueAt: due + 2 * DAY }))).toEqual({ code: 'progress.extensionPending' });
    expect(refusal(await store.send('progress.complete', { caseId: c.id, summary: '完成' }))).toEqual({ code: 'progress.extensionPending' });
  });

  it('asked for once the deadline had passed: the new deadline schedules the work, the handling counts as late', async () => {
    const c = await executing();
    const due = c.clocks.resolution!.dueAt;
    store.clock.now = due + HOUR;
    const asked = await store.run('progress.requestExtension', { caseId: c.id, reason: '配件迟到', newDueAt: due + 3 * DAY });
    expect(asked.extensions[0]).toMatchObject({ overdueSince: due });
    const approved = await store.run('progress.decideExtension', { caseId: c.id, requestId: asked.extensions[0]!.id, approve: true }, 'director');
    expect(approved.clocks.resolution).toMatchObject({ dueAt: due + 3 * DAY, state: 'running', overdueSince: due });
    store.clock.now = due + DAY;
    const done = await store.run('progress.complete', { caseId: c.id, summary: '已更换配件' });
    expect(done.clocks.resolution!.state).toBe('missed');
  });

  it('asked for in time and paused before the approval: on time when met, judged when it was asked', async () => {
    const c = await executing();
    const due = c.clocks.resolution!.dueAt;
    store.clock.now = due - HOUR;
    const asked = await store.run('progress.requestExtension', { caseId: c.id, reason: '等配件', newDueAt: due + 3 * DAY });
    expect(asked.extensions[0]!.overdueSince).toBeUndefined();
    store.clock.now = due + HOUR;
    await store.run('progress.pause', { caseId: c.id, reason: '等待客户在家' });
    store.clock.now = due + 2 * HOUR;
    const approved = await store.run('progress.decideExtension', { caseId: c.id, requestId: asked.extensions[0]!.id, approve: true }, 'director');
    expect(approved.clocks.resolution!.overdueSince).toBeUndefined();
  });

  it('keeps the deadline when the request is rejected, with the decision on record', async () => {
    const c = await executing();
    const due = c.clocks.resolution!.dueAt;
    const asked = await store.run('progress.requestExtension', { caseId: c.id, reason: '缺货', newDueAt: due + DAY });
    const requestId = asked.extensions[0]!.id;
    const decided = await store.run('progress.decideExtension', { caseId: c.id, requestId, approve: false, note: '请加快' }, 'director');
    expect(decided.extensions[0]).toMatchObject({ decision: 'rejected', decidedBy: { id: 'u-director' }, decisionNote: '请加快' });
    expect(decided.clocks.resolution!.dueAt).toBe(due);
    expect(refusal(await store.send('progress.decideExtension', { caseId: c.id, requestId, approve: true }, 'supervisor'))).toEqual({ code: 'progress.noPendingExtension' });
  });

  it('never shortens the deadline: approved after a pause moved it past the requested one, it stays', async () => {
    const c = await executing();
    const due = c.clocks.resolution!.dueAt;
    const asked = await store.run('progress.requestExtension', { caseId: c.id, reason: '等厂家检测', newDueAt: due + DAY });
    // While the request waits, the clock is paused five days for the customer.
    await store.run('progress.pause', { caseId: c.id, reason: '等待客户补充材料' });
    store.clock.now += 5 * DAY;
    const resumed = await store.run('progress.resume', { caseId: c.id, note: '材料已补' });
    const moved = resumed.clocks.resolution!.dueAt;
    expect(moved).toBeGreaterThan(due + DAY);
    const decided = await store.run('progress.decideExtension', { caseId: c.id, requestId: asked.extensions[0]!.id, approve: true, note: '' }, 'director');
    expect(decided.extensions[0]).toMatchObject({ decision: 'approved', fromDueAt: due, toDueAt: due + DAY });
    expect(decided.clocks.resolution!.dueAt).toBe(moved);
  });

  it('refuses a rejection without its reason, on the note field, and leaves the request pending', async () => {
    const c = await executing();
    const due = c.clocks.resolution!.dueAt;
    const asked = await store.run('progress.requestExtension', { caseId: c.id, reason: '缺货', newDueAt: due + DAY });
    const requestId = asked.extensions[0]!.id;
    for (const note of [undefined, '   ']) {
      expect(refusal(await store.send('progress.decideExtension', { caseId: c.id, requestId, approve: false, note }, 'director'))).toEqual({
        code: 'validation.failed',
        fields: [{ field: 'note', code: 'validation.required' }],
      });
    }
    expect((await store.run('cases.get', { id: c.id })).extensions[0]!.decision).toBe('pending');
    // An approval needs no words.
    expect((await store.run('progress.decideExtension', { caseId: c.id, requestId, approve: true }, 'director')).extensions[0]!.decision).toBe('approved');
  });

  it('does not let anyone decide their own request, nor an agent decide at all', async () => {
    const c = await executing();
    const due = c.clocks.resolution!.dueAt;
    const asked = await store.run('progress.requestExtension', { caseId: c.id, reason: '缺货', newDueAt: due + DAY }, 'supervisor');
    const requestId = asked.extensions[0]!.id;
    expect(refusal(await store.send('progress.decideExtension', { caseId: c.id, requestId, approve: true }, 'supervisor'))).toEqual({ code: 'progress.ownExtension' });
    expect(refusal(await store.send('progress.decideExtension', { caseId: c.id, requestId, approve: true }, 'agent')).code).toBe('auth.forbidden');
    expect(refusal(await store.send('progress.decideExtension', { caseId: c.id, requestId: 'other', approve: true }, 'director'))).toEqual({ code: 'progress.noPendingExtension' });
    expect((await store.run('progress.decideExtension', { caseId: c.id, requestId, approve: true }, 'director')).clocks.resolution!.dueAt).toBe(due + DAY);
  });
});

describe('pauses (暂停计时)', () => {
  it('pauses only a running clock and resumes only a paused one', async () => {
    const c = await executing();
    expect(refusal(await store.send('progress.resume', { caseId: c.id }))).toEqual({ code: 'progress.notPaused' });
    await store.run('progress.pause', { caseId: c.id, reason: '等待客户' });
    expect(refusal(await store.send('progress.pause', { caseId: c.id, reason: '再停' }))).toEqual({ code: 'progress.notRunning' });
    store.clock.now += 2 * HOUR;
    const resumed = await store.run('progress.resume', { caseId: c.id });
    expect(resumed.clocks.resolution!.dueAt).toBe(c.clocks.resolution!.dueAt + 2 * HOUR);
  });

  it('completes a paused clock as met, not counting the pause', async () => {
    const c = await executing();
    await store.run('progress.pause', { caseId: c.id, reason: '等待客户' });
    store.clock.now = c.clocks.resolution!.dueAt + 10 * DAY;
    const done = await store.run('progress.complete', { caseId: c.id, summary: '完成' });
    expect(done).toMatchObject({ status: 'feedback', clocks: { resolution: { state: 'met' } } });
  });

  it('records a missed resolution when completed after the deadline', async () => {
    const c = await executing();
    store.clock.now = c.clocks.resolution!.dueAt + 1;
    expect((await store.run('progress.complete', { caseId: c.id, summary: '完成' })).clocks.resolution?.state).toBe('missed');
  });
});

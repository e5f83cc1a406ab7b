import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { TrackingWindow } from '../../../../../../src-renderer/store/services/tracking/rows';
import { caseAt } from '../../flow';
import { DAY, NOW, ok, openTestStore, refusal, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const terminate = (caseId: string, args: Record<string, unknown>, who: 'supervisor' | 'agent' | 'director' = 'supervisor') =>
  store.send('cases.terminate', { caseId, ...args }, who);

describe('cases.terminate (终止处理)', () => {
  it('ends a case where it stands: its clocks stop with the note, it is final and closed for archiving, not handled', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'executing');
    store.clock.now = NOW + DAY;
    const ended = ok<CaseRecord>(await terminate(c.id, { reason: 'withdrawn', note: '客户来电表示已与商家和解，撤回投诉' }));
    expect(ended.status).toBe('terminated');
    expect(ended.termination).toEqual({
      reason: 'withdrawn',
      note: '客户来电表示已与商家和解，撤回投诉',
      from: 'executing',
      at: NOW + DAY,
      by: { id: 'u-supervisor', name: expect.any(String) },
    });
    expect(ended.closedAt).toBe(NOW + DAY);
    // No deadline is left running: nothing more is alerted, and no handling counts as on time or late.
    expect(ended.clocks.resolution).toMatchObject({ state: 'paused', completedAt: null });
    expect(ended.clocks.resolution!.pauses.at(-1)).toEqual({ from: NOW + DAY, to: null, reason: '客户来电表示已与商家和解，撤回投诉', dueAt: ended.clocks.resolution!.dueAt });
    expect(ended.nextDueAt).toBeUndefined();
    // Out of the backlog: the open-cases filter leaves it out.
    const open = ok<TrackingWindow>(await store.send('tracking.rows', { query: { filter: { open: true } } }, 'supervisor'));
    expect(open.rows.map((r) => r.id)).not.toContain(c.id);
    const terminated = ok<TrackingWindow>(await store.send('tracking.rows', { query: { filter: { statuses: ['terminated'] } } }, 'supervisor'));
    expect(terminated.rows.map((r) => [r.id, r.status, r.paused, r.resolutionDueAt])).toEqual([[c.id, 'terminated', false, null]]);
    // Final: nothing but a correction of the registration runs on it any more.
    expect(refusal(await store.send('progress.add', { caseId: c.id, text: '继续跟进' })).code).toBe('lifecycle.invalidTransition');
  });

  it('names the case that handles a duplicate, and refuses an unknown number or the case itself', async () => {
    store = await openTestStore();
    const first = await caseAt(store, 'verifying');
    const second = await caseAt(store, 'registered');
    const before = await store.snapshot();
    expect(refusal(await terminate(second.id, { reason: 'duplicate', note: '同一事项' })).fields).toEqual([{ field: 'duplicateOfNo', code: 'validation.required' }]);
    expect(refusal(await terminate(second.id, { reason: 'duplicate', note: '同一事项', duplicateOfNo: 'TS-20000101-0001' })).fields).toEqual([
      { field: 'duplicateOfNo', code: 'cases.notFound' },
    ]);
    expect(refusal(await terminate(second.id, { reason: 'duplicate', note: '同一事项', duplicateOfNo: second.no })).fields).toEqual([
      { field: 'duplicateOfNo', code: 'validation.duplicateOfItself' },
    ]);
    expect(await store.snapshot()).toEqual(before);
    const ended = ok<CaseRecord>(await terminate(second.id, { reason: 'duplicate', note: '客户通过12315再次反映同一事项', duplicateOfNo: ` ${first.no.toLowerCase()} ` }));
    expect(ended.termination?.duplicateOf).toEqual({ id: first.id, no: first.no });
    // Nor into a case that ended without handling it: the first cannot now go into the second.
    expect(refusal(await terminate(first.id, { reason: 'duplicate', note: '同一事项', duplicateOfNo: second.no })).fields).toEqual([
      { field: 'duplicateOfNo', code: 'validation.duplicateOfEnded', params: { no: second.no } },
    ]);
  });

  it('withdraws an extension still asked for, so that it waits in nobody’s 待审批 for ever', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'executing');
    ok(await store.send('progress.requestExtension', { caseId: c.id, reason: '缺货', newDueAt: c.clocks.resolution!.dueAt + DAY }));
    const awaiting = async () => ok<TrackingWindow>(await store.send('tracking.rows', { query: { filter: { awaitingMyApproval: true } } }, 'supervisor')).rows.map((row) => row.id);
    expect(await awaiting()).toEqual([c.id]);
    const ended = ok<CaseRecord>(await terminate(c.id, { reason: 'withdrawn', note: '客户撤诉' }));
    expect(ended.extensions).toEqual([expect.objectContaining({ decision: 'withdrawn', decidedAt: store.now(), decidedBy: { id: 'u-supervisor', name: '主管老陈' }, decisionNote: '客户撤诉' })]);
    expect(await awaiting()).toEqual([]);
    expect(refusal(await store.send('progress.decideExtension', { caseId: c.id, requestId: ended.extensions[0]!.id, approve: true, note: '' }, 'director')).code).toBe('lifecycle.invalidTransition');
  });

  it('is the supervisor’s, needs a note, and is refused on a case already ended', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'feedback');
    for (const who of ['agent', 'director'] as const) expect(refusal(await terminate(c.id, { reason: 'unreachable', note: '三次回访未接通' }, who)).code).toBe('auth.forbidden');
    expect(refusal(await terminate(c.id, { reason: 'unreachable', note: ' ' })).fields?.[0]).toMatchObject({ field: 'note', code: 'validation.required' });
    ok(await terminate(c.id, { reason: 'unreachable', note: '三次回访未接通，短信亦无回复' }));
    expect(refusal(await terminate(c.id, { reason: 'other', note: '再次终止' })).code).toBe('lifecycle.invalidTransition');
    const closed = await caseAt(store, 'closed');
    expect(refusal(await terminate(closed.id, { reason: 'withdrawn', note: '撤诉' })).code).toBe('lifecycle.invalidTransition');
  });

  it('still records a call from the customer after the case ended, closed or terminated', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    const ended = await caseAt(store, 'verifying');
    ok(await terminate(ended.id, { reason: 'withdrawn', note: '撤诉' }));
    for (const c of [closed, ended]) {
      const after = ok<CaseRecord>(
        await store.send('verification.addContact', { caseId: c.id, channel: 'phone', contactedAt: store.now(), summary: '客户来电询问此前承诺的补偿何时到账' }),
      );
      expect(after.status).toBe(c.id === closed.id ? 'closed' : 'terminated');
      const entries = await store.db.entries.where('caseId').equals(c.id).toArray();
      expect(entries.map((e) => e.kind === 'contact' && e.summary)).toContain('客户来电询问此前承诺的补偿何时到账');
    }
  });
});

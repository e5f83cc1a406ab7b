import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import { caseAt, steps, SURVEY } from '../../flow';
import { DAY, ok, openTestStore, PASSWORD, refusal, register, type TestStore, type Who } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const merge = (caseId: string, into: string) => store.run('cases.terminate', { caseId, reason: 'duplicate', duplicateOfNo: into, note: '同一事项重复投诉' }, 'supervisor');
const inform = (caseId: string, mergedId: string, args: Record<string, unknown> = { outcome: 'informed', channel: 'phone', note: '已电话告知处理结果' }, who: Who = 'agent') =>
  store.send('feedback.informMerged', { caseId, mergedId, ...args }, who);
const close = (caseId: string) => store.send('feedback.record', { caseId, channel: 'phone', result: '已补发并道歉', at: store.now(), scores: SURVEY, satisfied: true });

/** A case handling a matter with two duplicates merged into it: one of another customer, one of its own (same phone). */
async function handledWithDuplicates(status: 'executing' | 'feedback' = 'executing') {
  const primary = await caseAt(store, 'executing');
  const other = await register(store, { customerName: '李雷', phone: '13700001111' });
  const own = await register(store, { description: '同一客户又发邮件投诉同一件事。' });
  await merge(other.id, primary.no);
  await merge(own.id, primary.no);
  if (status === 'feedback') await store.run('progress.complete', { caseId: primary.id, summary: '已补发并道歉' });
  return { primary, other, own };
}

describe('feedback.informMerged (告知并入投诉的客户)', () => {
  it('holds the callback’s close until another customer merged in is told; the case’s own customer is told at its callback', async () => {
    store = await openTestStore();
    const { primary, other, own } = await handledWithDuplicates('feedback');
    const before = await store.snapshot();
    expect(refusal(await close(primary.id))).toEqual({ code: 'links.mergedUninformed', params: { nos: other.no, count: 1 } });
    expect(await store.snapshot()).toEqual(before);
    const page = await store.run<CaseDetail>('cases.detail', { id: primary.id });
    expect(page.links.merged.map((m) => [m.no, m.mustInform, m.informed])).toEqual([
      [other.no, true, null],
      [own.no, false, null],
    ]);

    const told = ok<CaseRecord>(await inform(primary.id, other.id));
    expect(told.mergedCases![0]!.informed).toEqual({ outcome: 'informed', channel: 'phone', note: '已电话告知处理结果', at: store.now(), by: { id: 'u-agent', name: expect.any(String) }, reopenCount: 0 });
    const events = await subjectEvents(store.db, primary.id);
    expect(events.at(-1)).toMatchObject({ command: 'feedback.informMerged', detail: { caseNo: other.no, outcome: 'informed', note: '已电话告知处理结果' } });
    expect(verifyChain(events).ok).toBe(true);
    expect((await store.run<CaseDetail>('cases.detail', { id: other.id })).links.mergedInto?.informed).toMatchObject({ outcome: 'informed' });

    expect(ok<CaseRecord>(await close(primary.id)).status).toBe('closed');
  });

  it('takes “could not be reached” with a note as an answer too, and a later record replaces it', async () => {
    store = await openTestStore();
    const { primary, other } = await handledWithDuplicates('feedback');
    expect(refusal(await inform(primary.id, other.id, { outcome: 'unreachable', channel: 'phone', note: '' })).fields?.[0]).toMatchObject({ field: 'note', code: 'validation.required' });
    ok(await inform(primary.id, other.id, { outcome: 'unreachable', channel: 'phone', note: '三次来电未接通，短信已发' }));
    expect(ok<CaseRecord>(await close(primary.id)).status).toBe('closed');
    // The customer calls back after the close: told now, the record replaces the earlier.
    ok(await inform(primary.id, other.id, { outcome: 'informed', channel: 'phone', note: '客户回电，已告知' }));
    expect((await store.db.cases.get(primary.id))!.mergedCases![0]!.informed).toMatchObject({ outcome: 'informed', note: '客户回电，已告知' });
  });

  it('refuses for a case not merged in, and for the wrong roles — writing nothing', async () => {
    store = await openTestStore();
    const { primary, other } = await handledWithDuplicates('feedback');
    const stranger = await register(store, { phone: '13600002222' });
    const atFeedback = await store.snapshot();
    expect(refusal(await inform(primary.id, stranger.id))).toEqual({ code: 'links.notMerged', params: { no: primary.no } });
    for (const who of ['director', 'ops', 'legal', 'admin'] as const) expect(refusal(await inform(primary.id, other.id, undefined, who)).code).toBe('auth.forbidden');
    expect(refusal(await inform('no-such-case', other.id)).code).toBe('cases.notFound');
    expect(await store.snapshot()).toEqual(atFeedback);
  });

  it('takes a telling before the result as one of the case’s end, not of the result it reaches after all', async () => {
    store = await openTestStore();
    const { primary, other } = await handledWithDuplicates('executing');
    expect(ok<CaseRecord>(await inform(primary.id, other.id)).mergedCases![0]!.informed).toMatchObject({ ending: true });
    await store.run('progress.complete', { caseId: primary.id, summary: '已补发并道歉' });
    expect(refusal(await close(primary.id))).toEqual({ code: 'links.mergedUninformed', params: { nos: other.no, count: 1 } });
  });

  it('owes nothing to a merged case whose customer data is gone', async () => {
    store = await openTestStore();
    const { primary, other } = await handledWithDuplicates('feedback');
    // Anonymised as legal does it, once the terminated duplicate is past its retention period.
    store.clock.now += 1096 * DAY;
    const session = store.session('legal');
    ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
    ok(await store.dispatcher.dispatch('cases.anonymise', { caseIds: [other.id] }, session));
    const page = await store.run<CaseDetail>('cases.detail', { id: primary.id });
    expect(page.links).toMatchObject({ waiting: [], merged: [{ no: other.no, anonymised: true, mustInform: false, state: 'gone' }, { state: 'same' }] });
    expect(ok<CaseRecord>(await close(primary.id)).status).toBe('closed');
  });
});

describe('a telling holds for one handling’s result', () => {
  it('is owed again after the customer was not satisfied: the second result closes only once told', async () => {
    store = await openTestStore();
    const { primary, other } = await handledWithDuplicates('feedback');
    ok(await inform(primary.id, other.id, { outcome: 'informed', channel: 'phone', note: '告知第一次处理结果' }));
    const reopen = await store.send('feedback.record', { caseId: primary.id, channel: 'phone', result: '已补发', at: store.now(), scores: SURVEY, satisfied: false, reopenReason: '补发的仍是坏的' });
    expect(ok<CaseRecord>(reopen).status).toBe('planning');
    const waiting = (await store.run<CaseDetail>('cases.detail', { id: primary.id })).links;
    expect(waiting.waiting).toEqual([other.no]);
    expect(waiting.merged[0]).toMatchObject({ state: 'waiting', informed: null, earlier: { note: '告知第一次处理结果' } });
    expect((await store.run<CaseDetail>('cases.detail', { id: other.id })).links.mergedInto).toMatchObject({ mustInform: true, informed: null });

    for (const step of [steps.submitPlan, steps.approvePlan, steps.completeExecution]) await step(store, primary.id);
    expect(refusal(await close(primary.id))).toEqual({ code: 'links.mergedUninformed', params: { nos: other.no, count: 1 } });
    ok(await inform(primary.id, other.id, { outcome: 'informed', channel: 'phone', note: '告知第二次处理结果' }));
    expect(ok<CaseRecord>(await close(primary.id)).status).toBe('closed');
  });

  it('is owed again when quality review sends the closed case back', async () => {
    store = await openTestStore();
    const { primary, other } = await handledWithDuplicates('feedback');
    ok(await inform(primary.id, other.id));
    ok(await close(primary.id));
    ok(await store.send('feedback.qualityReturn', { caseId: primary.id, reason: '回访记录不完整' }, 'supervisor'));
    expect((await store.run<CaseDetail>('cases.detail', { id: primary.id })).links.waiting).toEqual([other.no]);
  });
});

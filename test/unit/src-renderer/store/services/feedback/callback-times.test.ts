import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { caseAt, steps, SURVEY } from '../../flow';
import { caseFacts } from '../../../../../../src-renderer/domain/dashboard/facts';
import type { TrackingWindow } from '../../../../../../src-renderer/store/services/tracking/rows';
import { HOUR, MINUTE, ok, openTestStore, refusal, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

/** A case whose handling result was submitted at 10:00:40 (its outcome), now 17:00. */
async function awaitingCallback(): Promise<CaseRecord> {
  store = await openTestStore();
  const record = await caseAt(store, 'executing');
  store.clock.now += 40_000;
  const done = await store.run('progress.complete', { caseId: record.id, summary: '已补发并道歉' });
  store.clock.now += 7 * HOUR;
  return done;
}

const attempt = (caseId: string, at: number, extra: Record<string, unknown> = {}) =>
  store.send('feedback.unreachable', { caseId, channel: 'phone', at, reason: 'no_answer', note: '', ...extra });
const survey = (caseId: string, at: number) => store.send('feedback.record', { caseId, channel: 'phone', result: '已告知处理结果', at, scores: SURVEY, satisfied: true });

describe('the time of a callback (反馈回访), tried or made', () => {
  it('records when an unanswered call was made and why, apart from when it was typed in', async () => {
    const c = await awaitingCallback();
    const calledAt = store.now() - 5 * HOUR;
    const after = await store.run('feedback.unreachable', { caseId: c.id, channel: 'phone', at: calledAt, reason: 'wrong_number', note: '空号' });
    expect(after.unreachableAttempts).toBe(1);
    const entry = await store.db.entries.where('[caseId+at]').equals([c.id, store.now()]).first();
    expect(entry).toMatchObject({ kind: 'feedbackAttempt', channel: 'phone', reason: 'wrong_number', calledAt, note: '空号', at: store.now() });
  });

  it('refuses an attempt or a survey dated before the result was submitted; the same minute is accepted', async () => {
    const c = await awaitingCallback();
    const submitted = c.outcome!.at;
    const before = await store.snapshot();
    expect(refusal(await attempt(c.id, submitted - MINUTE)).fields).toEqual([{ field: 'at', code: 'validation.beforeResult' }]);
    expect(refusal(await survey(c.id, submitted - MINUTE)).fields).toEqual([{ field: 'at', code: 'validation.beforeResult' }]);
    // Before the complaint came at all: that is said first.
    expect(refusal(await attempt(c.id, c.receivedAt - HOUR)).fields).toEqual([{ field: 'at', code: 'validation.beforeReceipt' }]);
    expect(await store.snapshot()).toEqual(before);
    // Picked to the minute: 10:00 for a result submitted at 10:00:40.
    const minute = Math.floor(submitted / MINUTE) * MINUTE;
    expect((await attempt(c.id, minute)).ok).toBe(true);
    expect((await survey(c.id, minute)).ok).toBe(true);
  });

  it('requires why the call failed, and a note when it was for another reason', async () => {
    const c = await awaitingCallback();
    expect(refusal(await attempt(c.id, store.now(), { reason: undefined })).fields).toEqual([{ field: 'reason', code: 'validation.chooseOne' }]);
    expect(refusal(await attempt(c.id, store.now(), { reason: 'other' })).fields).toEqual([{ field: 'note', code: 'validation.required' }]);
    expect(refusal(await attempt(c.id, store.now() + 5 * MINUTE)).fields).toMatchObject([{ field: 'at', code: 'validation.notInFuture' }]);
  });

  it('counts a re-handled case whose new callback failed as not reached, though an earlier round had its survey', async () => {
    const c = await awaitingCallback();
    const firstDone = c.clocks.resolution!.completedAt!;
    const unreached = async () =>
      ok<TrackingWindow>(await store.send('tracking.rows', { query: { filter: { unreached: true, archived: 'all' } } }, 'supervisor')).rows.map((row) => row.id);
    ok(await attempt(c.id, store.now() - HOUR));
    expect(await unreached()).toEqual([c.id]);
    // Answered by the survey: not satisfied, handled again.
    store.clock.now += MINUTE;
    ok(await store.send('feedback.record', { caseId: c.id, channel: 'phone', result: '已补发', at: store.now(), scores: SURVEY, satisfied: false, reopenReason: '补发的仍是坏的' }));
    expect(await unreached()).toEqual([]);
    for (const step of [steps.submitPlan, steps.approvePlan, steps.completeExecution]) await step(store, c.id);
    store.clock.now += HOUR;
    // The second result's callback fails: not reached again, on the dashboard's facts as in the table.
    const after = ok<CaseRecord>(await attempt(c.id, store.now() - MINUTE));
    expect(after.unreachableAttempts).toBe(2);
    expect(caseFacts(after).unreached).toBe(true);
    expect(await unreached()).toEqual([c.id]);
    // Said of the latest handling: not among the cases whose first handling was completed then (the dashboard's drill).
    const completedIn = async (from: number, to: number) =>
      ok<TrackingWindow>(
        await store.send('tracking.rows', { query: { filter: { unreached: true, archived: 'all', clockCompleted: { clock: 'resolution', from, to, outcomes: ['met', 'missed'] } } } }, 'supervisor'),
      ).rows.map((row) => row.id);
    expect(await completedIn(firstDone, firstDone + 1)).toEqual([]);
    const secondDone = after.clocks.resolution!.completedAt!;
    expect(await completedIn(secondDone, secondDone + 1)).toEqual([c.id]);
    // A survey after it answers it.
    ok(await survey(c.id, store.now()));
    expect(caseFacts(await store.run('cases.get', { id: c.id })).unreached).toBe(false);
    expect(await unreached()).toEqual([]);
  });

  it('takes a survey as the answer to every failed call recorded before it, whatever time it is dated (an e-mail’s reply before the last call)', async () => {
    const c = await awaitingCallback();
    ok(await attempt(c.id, store.now() - HOUR));
    store.clock.now += MINUTE;
    const closed = ok<CaseRecord>(await survey(c.id, store.now() - 2 * HOUR));
    expect(closed.status).toBe('closed');
    expect(closed).not.toHaveProperty('lastUnreachableAt');
    expect(caseFacts(closed).unreached).toBe(false);
  });
});

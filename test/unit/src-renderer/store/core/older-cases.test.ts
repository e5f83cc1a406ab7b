// Cases as earlier versions wrote them get, once, what the desk records since (a real store; the
// records are put back as those versions left them).
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { OLDER_CASES_REPAIR, OLDER_CASES_REPAIRED, repairOlderCases } from '../../../../../src-renderer/store/core/older-cases';
import { DAY, HOUR, openTestStore, type TestStore } from '../fixtures';
import { caseAt, steps } from '../flow';

let store: TestStore;
afterEach(async () => store?.close());

/** Puts a case back as an earlier version stored it, and forgets the repair was done. */
async function asEarlierVersion(id: string, older: (record: CaseRecord) => CaseRecord): Promise<void> {
  await store.db.cases.put(older((await store.db.cases.get(id))!));
  await store.db.counters.delete(OLDER_CASES_REPAIRED);
}
const entriesOf = (id: string) => store.db.entries.where('[caseId+at]').between([id, 0], [id, Infinity]).toArray();

describe('repairOlderCases', () => {
  it('gives a handling completed before 处理结果 existed its summary, marked as such in the log', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    const { outcome, ...older } = (await store.db.cases.get(closed.id))!;
    expect(outcome?.summary).toBe('已补发并道歉');
    const summary = (await entriesOf(closed.id)).find((entry) => entry.kind === 'progress' && entry.outcome === true)!;
    await store.db.entries.put({ ...summary, outcome: undefined } as typeof summary);
    await asEarlierVersion(closed.id, () => older as CaseRecord);

    expect(await repairOlderCases(store.db)).toEqual([closed.id]);
    expect((await store.db.cases.get(closed.id))!.outcome).toEqual(outcome);
    expect((await entriesOf(closed.id)).filter((entry) => entry.kind === 'progress' && entry.outcome === true).map((entry) => entry.id)).toEqual([summary.id]);
    // Once per database: the mark stays, nothing is read again.
    expect(await store.db.counters.get(OLDER_CASES_REPAIRED)).toBeTruthy();
    expect(await repairOlderCases(store.db)).toEqual([]);
  });

  it('keeps when the re-handled case’s failed callback was made, so it counts as 回访未联系上', async () => {
    store = await openTestStore();
    const first = await caseAt(store, 'feedback');
    await store.run('feedback.record', { caseId: first.id, channel: 'phone', result: '已告知', at: store.now(), scores: { efficiency: 2, resolution: 1, attitude: 3, compensation: 2 }, satisfied: false, reopenReason: '补发的仍是坏的' });
    store.clock.now += HOUR;
    await steps.submitPlan(store, first.id);
    await steps.approvePlan(store, first.id);
    await steps.completeExecution(store, first.id);
    store.clock.now += DAY;
    const calledAt = store.now() - HOUR;
    await store.run('feedback.unreachable', { caseId: first.id, channel: 'phone', at: calledAt, reason: 'no_answer' });
    await asEarlierVersion(first.id, ({ lastUnreachableAt: _kept, ...older }) => older as CaseRecord);
    // A case whose failed call came before its survey answered it stays answered.
    const answered = await caseAt(store, 'feedback');
    await store.run('feedback.unreachable', { caseId: answered.id, channel: 'phone', at: store.now(), reason: 'no_answer' });
    await steps.satisfied(store, answered.id);

    expect(await repairOlderCases(store.db)).toEqual([first.id]);
    expect((await store.db.cases.get(first.id))!.lastUnreachableAt).toBe(calledAt);
    expect((await store.db.cases.get(answered.id))!.lastUnreachableAt).toBeUndefined();
  });

  it('withdraws an extension request a termination left 待审批, as of the termination and by whoever terminated', async () => {
    store = await openTestStore();
    const executing = await caseAt(store, 'executing');
    await store.run('progress.requestExtension', { caseId: executing.id, reason: '等待配件', newDueAt: store.now() + 10 * DAY });
    const terminated = await steps.terminate(store, executing.id);
    const [withdrawn] = terminated.extensions;
    expect(withdrawn).toMatchObject({ decision: 'withdrawn' });
    await asEarlierVersion(executing.id, (record) => ({
      ...record,
      extensions: record.extensions.map((e) => ({ ...e, decision: 'pending' as const, decidedAt: null, decidedBy: null, decisionNote: '' })),
    }));

    expect(await repairOlderCases(store.db)).toEqual([executing.id]);
    const [repaired] = (await store.db.cases.get(executing.id))!.extensions;
    expect(repaired).toEqual({ ...withdrawn, decidedAt: terminated.termination!.at, decidedBy: terminated.termination!.by, decisionNote: terminated.termination!.note });
  });

  it('starts 回访时限 of a case already waiting for its callback from the handling’s completion, by the desk’s settings', async () => {
    store = await openTestStore();
    const waiting = await caseAt(store, 'feedback');
    const { callback, ...without } = (await store.db.cases.get(waiting.id))!.clocks;
    expect(callback).toBeDefined();
    // Stop 43's repair ran on this desk before it knew 回访时限: this generation runs again.
    await asEarlierVersion(waiting.id, ({ nextDueAt: _next, ...record }) => ({ ...record, clocks: without }) as CaseRecord);
    await store.db.counters.put({ key: OLDER_CASES_REPAIRED, value: 1 });
    // A case whose survey was taken keeps what it had: nothing is waiting.
    const closed = await caseAt(store, 'closed');
    const closedBefore = (await store.db.cases.get(closed.id))!;

    expect(await repairOlderCases(store.db)).toEqual([waiting.id]);
    const repaired = (await store.db.cases.get(waiting.id))!;
    expect(repaired.clocks.callback).toEqual(callback);
    // Its next deadline is the callback's: the tracking table's 剩余时间 and overdue filters read it.
    expect(repaired.nextDueAt).toBe(callback!.dueAt);
    expect(await store.db.cases.get(closed.id)).toEqual(closedBefore);
    expect((await store.db.counters.get(OLDER_CASES_REPAIRED))?.value).toBe(OLDER_CASES_REPAIR);
    expect(await repairOlderCases(store.db)).toEqual([]);
  });
});

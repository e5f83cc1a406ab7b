import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../../src-renderer/domain/audit/chain';
import { archiveClosedCases } from '../../../../../src-renderer/store/core/archive';
import { subjectEvents } from '../../../../../src-renderer/store/core/audit';
import { DAY, openTestStore, refusal, register, type TestStore } from '../fixtures';
import { caseAt, steps } from '../flow';

let store: TestStore;
afterEach(async () => store?.close());

describe('archiveClosedCases', () => {
  it('archives closed cases older than lifecycle.archiveAfterDays (30 by default), and only those', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    const open = await caseAt(store, 'executing');
    const closedAt = closed.closedAt!;
    expect(closedAt).toBe(store.now());

    expect(await archiveClosedCases(store.db, closedAt + 30 * DAY - 1)).toEqual([]);
    expect((await store.db.cases.get(closed.id))?.archived).toBe(0);

    const archivedAt = closedAt + 30 * DAY + 1;
    expect(await archiveClosedCases(store.db, archivedAt)).toEqual([closed.id]);
    const archived = (await store.db.cases.get(closed.id))!;
    expect(archived).toMatchObject({ archived: 1, status: 'closed', updatedAt: archivedAt });
    expect((await store.db.cases.get(open.id))?.archived).toBe(0);

    // Recorded in the case's own chain, by the system.
    const events = await subjectEvents(store.db, closed.id);
    expect(events.at(-1)).toMatchObject({
      command: 'cases.archive',
      at: archivedAt,
      actor: { id: 'system', role: 'system' },
      changes: { archived: { before: 0, after: 1 } },
    });
    expect(verifyChain(events).ok).toBe(true);

    // Run again: nothing more to do.
    expect(await archiveClosedCases(store.db, archivedAt + DAY)).toEqual([]);
    expect(await subjectEvents(store.db, closed.id)).toHaveLength(events.length);
  });

  it('keeps a closed case that still owes the 12315 work order its final reply, and archives it on the first run after the reply', async () => {
    store = await openTestStore();
    const referred = await caseAt(store, 'closed', { channel: 'regulator_12315', referralNo: 'GS-2026-009', referralDeadline: { by: 'workingDays', days: 7 } });
    const plain = await caseAt(store, 'closed');
    expect(referred.clocks.referralReply?.state).toBe('running');
    const late = referred.closedAt! + 31 * DAY;
    expect(await archiveClosedCases(store.db, late)).toEqual([plain.id]);
    expect((await store.db.cases.get(referred.id))?.archived).toBe(0);

    await store.run('cases.replyReferral', { caseId: referred.id, at: store.now(), replier: '李客服', method: 'platform', text: '已办结并回复消费者', final: true });
    expect(await archiveClosedCases(store.db, late)).toEqual([referred.id]);
  });

  it('keeps a terminated 12315 case unarchived until its final reply, which may still be recorded', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying', { channel: 'regulator_12315', referralNo: 'GS-2026-010', referralDeadline: { by: 'workingDays', days: 7 } });
    const ended = await store.run('cases.terminate', { caseId: c.id, reason: 'withdrawn', note: '消费者撤诉' }, 'supervisor');
    expect(ended.clocks.referralReply?.state).toBe('paused');
    const late = ended.closedAt! + 31 * DAY;
    expect(await archiveClosedCases(store.db, late)).toEqual([]);
    await store.run('cases.replyReferral', { caseId: c.id, at: store.now(), replier: '李客服', method: 'letter', text: '消费者已撤诉，书面告知', final: true });
    expect(await archiveClosedCases(store.db, late)).toEqual([c.id]);
  });

  it('archives redirected cases too: they are closed at screening', async () => {
    store = await openTestStore();
    const c = await register(store);
    const redirected = await steps.redirect(store, c.id);
    expect(await archiveClosedCases(store.db, redirected.closedAt! + 31 * DAY)).toEqual([c.id]);
  });

  it('follows the configured number of days', async () => {
    store = await openTestStore();
    await store.run('settings.update', { key: 'lifecycle', value: { archiveAfterDays: 7, qualityReturnDays: 3 } }, 'admin');
    const closed = await caseAt(store, 'closed');
    expect(await archiveClosedCases(store.db, closed.closedAt! + 6 * DAY)).toEqual([]);
    expect(await archiveClosedCases(store.db, closed.closedAt! + 7 * DAY + 1)).toEqual([closed.id]);
  });

  it('leaves an archived case readable but refuses every command on it with cases.archived', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    store.clock.now = closed.closedAt! + 31 * DAY;
    await archiveClosedCases(store.db, store.now());
    const before = await store.snapshot();
    expect(refusal(await store.send('feedback.qualityReturn', { caseId: closed.id, reason: '复核' }, 'supervisor'))).toEqual({
      code: 'cases.archived',
      params: { no: closed.no },
    });
    const file = { caseId: closed.id, name: '补充.pdf', type: 'application/pdf', data: new Blob(['%PDF']) };
    expect(refusal(await store.send('attachments.add', file)).code).toBe('cases.archived');
    expect(await store.snapshot()).toEqual(before);
    expect((await store.run('cases.get', { id: closed.id })).archived).toBe(1);
  });
});

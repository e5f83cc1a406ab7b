import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedMessage, type DeadlineEntry } from '../../../../../src-main/core/alert-feed';
import { DEFAULT_ALERT_POLICY } from '../../../../../src-main/core/alert-settings';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { createDeadlineFeed } from '../../../../../src-renderer/store/alerts/feed';
import type { Session } from '../../../../../src-renderer/store/rpc/define';
import { DAY, HOUR, MINUTE, ok, openTestStore, PASSWORD, register, type TestStore } from '../fixtures';
import { caseAt, steps } from '../flow';
import { attachFeed, makeDeskUser, raisedAbout, type AttachedFeed } from './helpers';

let store: TestStore;
let attached: AttachedFeed | undefined;
afterEach(async () => {
  attached?.feed.stop();
  attached = undefined;
  vi.useRealTimers();
  await store?.close();
});

const SUPERVISOR = { id: 'u-supervisor', name: '主管老陈', role: 'supervisor', department: '客服中心', follow: { severities: ['general', 'serious', 'major'], departments: [] } };

async function started(chunkSize?: number) {
  attached = attachFeed(store, chunkSize);
  await attached.feed.start();
  return attached;
}

/** The only message published since the last look, checked against the feed's schema. */
async function only(feed: AttachedFeed): Promise<FeedMessage> {
  const messages = await feed.take();
  expect(messages).toHaveLength(1);
  return FeedMessage.parse(messages[0]);
}

function delta(message: FeedMessage) {
  if (message.type !== 'delta') throw new Error(`expected a delta, got a ${message.type}`);
  return { upserts: message.upserts.map((e) => [e.key, e]), removals: message.removals };
}
const keyOf = (record: CaseRecord, kind: string) => `${record.id}:${kind}`;

describe('the full feed at start', () => {
  it('holds every running or paused clock of the open cases that concern the desk user, with the desk user and the policy', async () => {
    store = await openTestStore();
    // The operations director follows every department: every open clock concerns them.
    await makeDeskUser(store, 'ops');
    const registered = await register(store);
    const waiting = await caseAt(store, 'awaiting_info');
    const executing = await caseAt(store, 'executing');
    await caseAt(store, 'closed');
    await caseAt(store, 'redirected');
    // Chunks of two: the open cases are read across several.
    const feed = await started(2);
    const message = await only(feed);
    if (message.type !== 'reset') throw new Error('expected a reset');
    expect(message.context).toEqual({ recipient: { ...SUPERVISOR, id: 'u-ops', name: '运营总监吴', role: 'ops_director', department: '运营部' }, policy: DEFAULT_ALERT_POLICY });
    expect(executing.department).not.toBe(registered.department || '客服中心');
    expect(message.entries.map((e) => [e.key, e.paused]).sort()).toEqual(
      [
        [keyOf(registered, 'response'), false],
        [keyOf(waiting, 'response'), true],
        [keyOf(executing, 'resolution'), false],
      ].sort(),
    );
  });

  it('a case not yet graded belongs to its owner’s department, so that department’s supervisor hears of it', async () => {
    store = await openTestStore();
    await makeDeskUser(store, 'supervisor');
    const registered = await register(store);
    expect(registered.department).toBe('');
    const message = await only(await started());
    expect(message.type === 'reset' && message.entries).toEqual([expect.objectContaining({ key: keyOf(registered, 'response'), department: '客服中心' })]);
  });

  it('has no recipient and no entries while nobody is signed in: no deadline concerns anybody', async () => {
    store = await openTestStore();
    await register(store);
    await store.db.sessions.clear();
    const message = await only(await started());
    expect(message).toMatchObject({ type: 'reset', context: { recipient: null } });
    expect(message.type === 'reset' && message.entries).toEqual([]);
  });

  it('sends only what concerns the desk user: an agent their own cases, a supervisor their department’s; a case graded into another department leaves in a removal', async () => {
    store = await openTestStore();
    const own = await register(store, {}, 'agent');
    const colleagues = await register(store, {}, 'agent2');
    const grading = await caseAt(store, 'grading');
    const elsewhere = await caseAt(store, 'executing');
    expect(elsewhere.department).not.toBe('客服中心');
    await makeDeskUser(store, 'agent');
    const agentFeed = await started();
    const forAgent = await only(agentFeed);
    // Their own: registered by them, and the case of 物流配送部 whose plan names them as its owner.
    expect(forAgent.type === 'reset' && forAgent.entries.map((e) => e.key).sort()).toEqual(
      [keyOf(own, 'response'), keyOf(grading, 'grading'), keyOf(elsewhere, 'resolution')].sort(),
    );
    agentFeed.feed.stop();

    // The supervisor of 客服中心 hears of both (ungraded cases belong to their owner's department).
    await makeDeskUser(store, 'supervisor');
    const feed = await started();
    const forSupervisor = await only(feed);
    expect(forSupervisor.type === 'reset' && forSupervisor.entries.map((e) => e.key).sort()).toEqual(
      [keyOf(own, 'response'), keyOf(colleagues, 'response'), keyOf(grading, 'grading')].sort(),
    );

    // A change to a case of another department sends nothing at all.
    await store.run('progress.pause', { caseId: elsewhere.id, reason: '等待客户' });
    expect(await feed.take()).toEqual([]);

    // Graded into 物流配送部: its grading clock stops, and its plan clock is that department's.
    await store.run('grading.submit', { caseId: grading.id, category: 'logistics', severity: 'serious', rationale: '物流延误', department: '物流配送部' });
    await store.run('grading.approve', { caseId: grading.id }, 'director');
    expect(delta(await only(feed))).toEqual({ upserts: [], removals: [keyOf(grading, 'grading')] });

    // A new case of the department arrives.
    const fresh = await register(store, {}, 'agent2');
    expect(delta(await only(feed))).toEqual({ upserts: [[keyOf(fresh, 'response'), expect.anything()]], removals: [] });
  });
});

describe('deltas after commands', () => {
  it('register, accept, re-grade, pause, extend, complete, redirect: only what changed', async () => {
    store = await openTestStore();
    // Following every department, so a re-graded case stays theirs.
    await makeDeskUser(store, 'ops');
    const grading = await caseAt(store, 'grading');
    const executing = await caseAt(store, 'executing');
    const feed = await started();
    await feed.take();

    const fresh = await register(store, { severity: 'serious' });
    expect(delta(await only(feed))).toEqual({ upserts: [[keyOf(fresh, 'response'), expect.objectContaining({ severity: 'serious', paused: false })]], removals: [] });

    await store.run('screening.accept', { caseId: fresh.id });
    expect(delta(await only(feed))).toEqual({ upserts: [[keyOf(fresh, 'verification'), expect.anything()]], removals: [keyOf(fresh, 'response')] });

    // A command that moves no deadline sends nothing.
    await store.run('verification.addCheck', { caseId: fresh.id, department: '物流配送部', checked: '物流记录', finding: '延误两天' });
    expect(await feed.take()).toEqual([]);

    await store.run('grading.submit', { caseId: grading.id, category: 'logistics', severity: 'major', rationale: '影响大', department: '物流配送部' });
    expect(await feed.take()).toEqual([]);
    await store.run('grading.approve', { caseId: grading.id }, 'director');
    const regraded = delta(await only(feed));
    expect(regraded.removals).toEqual([keyOf(grading, 'grading')]);
    expect(regraded.upserts).toHaveLength(1);
    const planEntry = regraded.upserts[0]![1] as DeadlineEntry;
    expect(planEntry).toMatchObject({ key: keyOf(grading, 'planApproval'), severity: 'major', department: '物流配送部' });
    expect(planEntry.dueAt - planEntry.warnAt).toBe(30 * MINUTE);

    await store.run('progress.pause', { caseId: executing.id, reason: '等待客户' });
    expect(delta(await only(feed)).upserts).toEqual([[keyOf(executing, 'resolution'), expect.objectContaining({ paused: true })]]);
    await store.run('progress.resume', { caseId: executing.id });
    expect(delta(await only(feed)).upserts).toEqual([[keyOf(executing, 'resolution'), expect.objectContaining({ paused: false })]]);

    const due = (await store.run('cases.get', { id: executing.id })).clocks.resolution!.dueAt;
    const asked = await store.run('progress.requestExtension', { caseId: executing.id, reason: '缺货', newDueAt: due + DAY });
    expect(await feed.take()).toEqual([]);
    await store.run('progress.decideExtension', { caseId: executing.id, requestId: asked.extensions[0]!.id, approve: true }, 'director');
    expect(delta(await only(feed)).upserts).toEqual([[keyOf(executing, 'resolution'), expect.objectContaining({ dueAt: due + DAY, warnAt: due + DAY - 2 * HOUR })]]);

    // Handled: the resolution deadline goes, 回访时限 comes; the survey ends it too.
    await store.run('progress.complete', { caseId: executing.id, summary: '已处理' });
    expect(delta(await only(feed))).toEqual({ upserts: [[keyOf(executing, 'callback'), expect.objectContaining({ clockKind: 'callback', paused: false })]], removals: [keyOf(executing, 'resolution')] });
    await steps.satisfied(store, executing.id);
    expect(delta(await only(feed))).toEqual({ upserts: [], removals: [keyOf(executing, 'callback')] });

    const other = await register(store);
    await feed.take();
    await store.run('screening.redirect', { caseId: other.id, reason: '不属于本中心', referredTo: '厂家' });
    expect(delta(await only(feed))).toEqual({ upserts: [], removals: [keyOf(other, 'response')] });
  });

  it('answers "everything changed" with a full feed', async () => {
    store = await openTestStore();
    await makeDeskUser(store, 'supervisor');
    const feed = await started();
    await feed.take();
    const c = await register(store);
    await feed.take();
    feed.feed.onChanges([{ area: 'cases', ids: ['*'] }]);
    const message = await only(feed);
    expect(message.type === 'reset' && message.entries.map((e) => e.key)).toEqual([keyOf(c, 'response')]);
  });
});

describe('the context', () => {
  it('a new full feed when someone signs in or out, none when a window resumes the same session', async () => {
    store = await openTestStore();
    await makeDeskUser(store, 'supervisor');
    const c = await register(store);
    const feed = await started();
    await feed.take();

    store.clock.now += 1000;
    const session: Session = { actor: null, token: null };
    ok(await store.dispatcher.dispatch('auth.signIn', { username: 'director', password: PASSWORD }, session));
    const signedIn = await only(feed);
    expect(signedIn).toMatchObject({ type: 'reset', context: { recipient: { id: 'u-director', role: 'director', department: '质量管理部' } } });
    // The director of 质量管理部 does not hear of a 客服中心 case.
    expect(signedIn.type === 'reset' && signedIn.entries).toEqual([]);

    ok(await store.dispatcher.dispatch('auth.resume', { token: session.token }, { actor: null, token: null }));
    expect(await feed.take()).toEqual([]);

    ok(await store.dispatcher.dispatch('auth.signOut', {}, session));
    const back = await only(feed);
    expect(back).toMatchObject({ type: 'reset', context: { recipient: { id: 'u-supervisor' } } });
    expect(back.type === 'reset' && back.entries.map((e) => e.key)).toEqual([keyOf(c, 'response')]);

    for (const who of ['admin', 'agent', 'agent2', 'director', 'ops', 'legal'] as const) await store.send('auth.signOut', {}, who);
    expect(await feed.take()).toEqual([]);
    await store.send('auth.signOut', {}, 'supervisor');
    expect(await only(feed)).toMatchObject({ type: 'reset', context: { recipient: null } });
  });

  it('a deactivated desk user no longer receives the alerts', async () => {
    store = await openTestStore();
    await makeDeskUser(store, 'supervisor');
    const feed = await started();
    await feed.take();
    // Deactivating asks for the administrator's password again (auth.confirm): a confirmed session.
    const confirmed = { ...store.session('admin'), confirmedUntil: Number.MAX_SAFE_INTEGER };
    const args = { id: 'u-supervisor', username: 'supervisor', name: '主管老陈', role: 'supervisor', department: '客服中心', active: false };
    expect((await store.dispatcher.dispatch('users.save', args, confirmed)).ok).toBe(true);
    const message = await only(feed);
    expect(message.type === 'reset' && message.context.recipient?.id).not.toBe('u-supervisor');
  });

  it('a colleague moved to another department takes their cases not yet graded with them', async () => {
    store = await openTestStore();
    await makeDeskUser(store, 'supervisor');
    const mine = await register(store, {}, 'agent');
    const theirs = await register(store, {}, 'agent2');
    const feed = await started();
    const before = await only(feed);
    expect(before.type === 'reset' && before.entries.map((e) => e.key).sort()).toEqual([keyOf(mine, 'response'), keyOf(theirs, 'response')].sort());
    const confirmed = { ...store.session('admin'), confirmedUntil: Number.MAX_SAFE_INTEGER };
    const moved = { id: store.users.agent2.id, username: 'agent2', name: '客服小李', role: 'agent', department: '物流配送部', active: true };
    expect((await store.dispatcher.dispatch('users.save', moved, confirmed)).ok).toBe(true);
    const after = await only(feed);
    expect(after.type === 'reset' && after.entries.map((e) => e.key)).toEqual([keyOf(mine, 'response')]);
  });

  it('a new full feed when the policy or the desk user’s follow choices change, not for anyone else’s', async () => {
    store = await openTestStore();
    await makeDeskUser(store, 'supervisor');
    const c = await register(store);
    const feed = await started();
    await feed.take();

    await store.run('alerts.savePolicy', { ...DEFAULT_ALERT_POLICY, leadMinutes: { general: 240, serious: 60, major: 30 } }, 'admin');
    const policy = await only(feed);
    if (policy.type !== 'reset') throw new Error('expected a reset');
    expect(policy.context.policy.leadMinutes.general).toBe(240);
    expect(policy.entries[0]!.warnAt).toBe(c.clocks.response!.dueAt - 4 * HOUR);

    await store.run('alerts.saveFollow', { severities: ['major'], departments: ['物流配送部'] }, 'agent');
    await store.run('tracking.saveLayout', { layout: { order: [], hidden: ['channel'], widths: {} } }, 'supervisor');
    await store.run('settings.update', { key: 'centreName', value: '华东客服中心' }, 'admin');
    expect(await feed.take()).toEqual([]);

    await store.run('alerts.saveFollow', { severities: ['major'], departments: ['物流配送部'] }, 'supervisor');
    expect(await only(feed)).toMatchObject({ type: 'reset', context: { recipient: { follow: { severities: ['major'], departments: ['物流配送部'] } } } });
  });

  it('the desk user’s session going idle ends their alerts without any command', async () => {
    store = await openTestStore();
    await makeDeskUser(store, 'supervisor');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const feed = await started();
    await feed.take();
    // Every session but the desk user's was last used a minute earlier: all go idle by then.
    store.clock.now += 12 * HOUR + 2 * MINUTE;
    vi.advanceTimersByTime(12 * HOUR + 2 * MINUTE);
    expect(await only(feed)).toMatchObject({ type: 'reset', context: { recipient: null } });
  });
});

describe('the alert state in the feed', () => {
  it('after a report, a restarted feed carries the state, so nothing is raised twice; the report itself sends nothing', async () => {
    store = await openTestStore();
    await makeDeskUser(store, 'supervisor');
    const c = await register(store);
    const feed = await started();
    await feed.take();
    const dueAt = c.clocks.response!.dueAt;
    expect(await feed.feed.report({ type: 'raised', userId: 'u-supervisor', alerts: [raisedAbout(c, 'response', { kind: 'warning', at: dueAt - HOUR })] })).toMatchObject({ ok: true });
    expect(await feed.take()).toEqual([]);

    const messages: FeedMessage[] = [];
    const restarted = createDeadlineFeed(store.db, { publish: (m) => messages.push(m), now: store.now });
    await restarted.start();
    restarted.stop();
    expect(messages).toHaveLength(1);
    expect(messages[0]!.type === 'reset' && messages[0]!.entries[0]!.state).toEqual({
      dueAt, warnedAt: dueAt - HOUR, overdueAt: null, lastAlertAt: dueAt - HOUR, acknowledgedAt: null, snoozedUntil: null,
    });
  });

  it('the desk user acknowledging or snoozing in the app sends the new state at once; anyone else’s does not', async () => {
    store = await openTestStore();
    await makeDeskUser(store, 'supervisor');
    const c = await register(store);
    const key = keyOf(c, 'response');
    const feed = await started();
    await feed.take();

    await store.run('alerts.acknowledge', { keys: [key] }, 'agent');
    expect(await feed.take()).toEqual([]);

    await store.run('alerts.acknowledge', { keys: [key] }, 'supervisor');
    expect(delta(await only(feed)).upserts).toEqual([[key, expect.objectContaining({ state: expect.objectContaining({ acknowledgedAt: store.now() }) })]]);
    const until = store.now() + 15 * MINUTE;
    expect(await store.run('alerts.snooze', { keys: [key] }, 'supervisor')).toEqual({ until });
    expect(delta(await only(feed)).upserts).toEqual([[key, expect.objectContaining({ state: expect.objectContaining({ snoozedUntil: until }) })]]);
  });

  it('publishes nothing once stopped', async () => {
    store = await openTestStore();
    await makeDeskUser(store, 'supervisor');
    const feed = await started();
    await feed.take();
    feed.feed.stop();
    await register(store);
    expect(await feed.take()).toEqual([]);
  });
});

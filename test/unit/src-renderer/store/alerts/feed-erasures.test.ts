// Deletion requests' reply deadlines in the deadline feed, the alert log and the unacknowledged count.
import { afterEach, describe, expect, it } from 'vitest';
import { FeedMessage, type AlertNotification, type DeadlineEntry, type RaisedAlert } from '../../../../../src-main/core/alert-feed';
import { createAlertScheduler } from '../../../../../src-main/core/alert-scheduler';
import { DEFAULT_ALERT_POLICY } from '../../../../../src-main/core/alert-settings';
import { erasureEntryKey, erasureNoOfKey } from '../../../../../src-renderer/store/alerts/entries';
import { recordReport } from '../../../../../src-renderer/store/alerts/log';
import { pruneAlertLog } from '../../../../../src-renderer/store/alerts/retention';
import { unacknowledgedKeys } from '../../../../../src-renderer/store/alerts/unacknowledged';
import type { AlertLogPage } from '../../../../../src-renderer/store/services/alerts';
import type { ErasureView } from '../../../../../src-renderer/store/services/privacy/erasure-views';
import { DAY, HOUR, openTestStore, type TestStore, type Who } from '../fixtures';
import { caseAt } from '../flow';
import { executeAs, refuseAs, requestArgs } from '../services/privacy/erasure-kit';
import { attachFeed, makeDeskUser, type AttachedFeed } from './helpers';

let store: TestStore;
let attached: AttachedFeed | undefined;
afterEach(async () => {
  attached?.feed.stop();
  attached = undefined;
  await store?.close();
});

const PERSON = { customerName: '陈晓燕', phone: '13912345678' };

async function recordRequest(): Promise<ErasureView> {
  const record = await caseAt(store, 'executing', PERSON);
  return store.run<ErasureView>('erasure.record', requestArgs(store, { phone: PERSON.phone }, [record.id]), 'legal');
}

async function started(who: Who) {
  await makeDeskUser(store, who);
  attached = attachFeed(store);
  await attached.feed.start();
  return attached;
}

const entriesOfReset = (messages: readonly unknown[]): DeadlineEntry[] => {
  const reset = FeedMessage.parse(messages.at(-1));
  if (reset.type !== 'reset') throw new Error(`expected a reset, got a ${reset.type}`);
  return reset.entries;
};

const erasureEntries = (entries: readonly DeadlineEntry[]) => entries.filter((entry) => entry.clockKind === 'erasureReply');

/** An overdue alert about a request's reply deadline, as the runtime reports it. */
const raisedAboutRequest = (view: ErasureView, at: number): RaisedAlert => ({
  key: erasureEntryKey(view.request.no),
  caseId: `erasure:${view.request.no}`,
  caseNo: view.request.no,
  severity: 'serious',
  clockKind: 'erasureReply',
  dueAt: view.request.dueAt,
  kind: 'overdue',
  capacity: 'owner',
  delivery: 'single',
  at,
});

describe('deletion requests’ reply deadlines in the deadline feed', () => {
  it('tell legal and the administrator of each request waiting for its answer, naming no one, and nobody else', async () => {
    store = await openTestStore();
    const view = await recordRequest();
    const { no, dueAt } = view.request;

    for (const who of ['legal', 'admin'] as const) {
      const feed = await started(who);
      const entries = erasureEntries(entriesOfReset(await feed.take()));
      expect(entries).toEqual([
        {
          key: `erasure:${no}:erasureReply`,
          caseId: `erasure:${no}`,
          caseNo: no,
          title: '',
          severity: 'serious',
          ownerId: null,
          ownerName: '',
          department: '',
          clockKind: 'erasureReply',
          warnAt: dueAt - DEFAULT_ALERT_POLICY.leadMinutes.serious * 60_000,
          dueAt,
          paused: false,
          state: null,
        },
      ]);
      // Nothing of the requester goes to a notification.
      expect(JSON.stringify(entries)).not.toMatch(/陈晓燕|13912345678/);
      feed.feed.stop();
    }
    // The operations director follows every case of every department, but does not answer requests.
    for (const who of ['ops', 'supervisor', 'agent'] as const) {
      const feed = await started(who);
      expect(erasureEntries(entriesOfReset(await feed.take()))).toEqual([]);
      feed.feed.stop();
    }
  });

  it('adds a request as it is recorded and removes it once answered, by execution or refusal', async () => {
    store = await openTestStore();
    const feed = await started('legal');
    expect(erasureEntries(entriesOfReset(await feed.take()))).toEqual([]);

    const first = await recordRequest();
    const second = await recordRequest();
    const upserted = (await feed.take()).flatMap((message) => (message.type === 'delta' ? message.upserts.map((entry) => entry.key) : []));
    expect(upserted.filter((key) => erasureNoOfKey(key) !== undefined)).toEqual([erasureEntryKey(first.request.no), erasureEntryKey(second.request.no)]);

    await executeAs(store, first.request.no);
    await refuseAs(store, second.request.no, '请求人身份无法核实');
    const removed = (await feed.take()).flatMap((message) => (message.type === 'delta' ? message.removals : []));
    expect(removed).toEqual([erasureEntryKey(first.request.no), erasureEntryKey(second.request.no)]);
    // And a full feed now has none.
    feed.feed.stop();
    expect(erasureEntries(entriesOfReset(await (await started('legal')).take()))).toEqual([]);
  });
});

describe('deletion requests’ reply deadlines in the alert log', () => {
  it('are logged, counted while unacknowledged, shown again at the desk, acknowledged from the app and found by the request’s number', async () => {
    store = await openTestStore();
    const view = await recordRequest();
    store.clock.now = view.request.dueAt + HOUR;
    await makeDeskUser(store, 'legal');
    const legal = store.users.legal.id;
    expect(await recordReport(store.db, { type: 'raised', userId: legal, alerts: [raisedAboutRequest(view, store.now())] }, store.now())).toMatchObject({ ok: true });

    const key = erasureEntryKey(view.request.no);
    expect(await unacknowledgedKeys(store.db, legal, store.now())).toEqual([key]);
    expect(await store.run('alerts.unacknowledged', {}, 'legal')).toEqual({ count: 1 });
    // The runtime, fed the full feed, shows it again to legal coming to the desk.
    attached = attachFeed(store);
    await attached.feed.start();
    const notifications: AlertNotification[] = [];
    const scheduler = createAlertScheduler({ now: store.now, arm: () => {}, notify: (n) => notifications.push(n), report: () => {}, counts: () => {} });
    scheduler.apply((await attached.take()).at(-1)!);
    expect(notifications.filter((n) => n.delivery === 'unacknowledged').map((n) => [n.route, n.alerts.map((a) => a.key)])).toEqual([
      [`/settings/privacy/${view.request.no}`, [key]],
    ]);
    // The tray counts complaints: the request is told by its alert, not counted among them.
    expect(scheduler.counts()).toEqual({ overdue: 0, dueSoon: 0 });

    const page = await store.run<AlertLogPage>('alerts.log', { caseNo: view.request.no.toLowerCase() }, 'legal');
    expect(page.rows.map((row) => [row.key, row.caseNo, row.clockKind, row.acknowledgedAt])).toEqual([[key, view.request.no, 'erasureReply', null]]);

    await store.run('alerts.acknowledge', { keys: [key] }, 'legal');
    expect(await unacknowledgedKeys(store.db, legal, store.now())).toEqual([]);
    expect((await store.db.alertStates.get([key, legal]))?.acknowledgedAt).toBe(store.now());
    expect((await store.run<AlertLogPage>('alerts.log', { caseNo: view.request.no }, 'legal')).rows[0]?.acknowledgedAt).toBe(store.now());
  });

  it('stop counting once the request is answered', async () => {
    store = await openTestStore();
    const view = await recordRequest();
    store.clock.now = view.request.dueAt + DAY;
    await makeDeskUser(store, 'legal');
    const legal = store.users.legal.id;
    await recordReport(store.db, { type: 'raised', userId: legal, alerts: [raisedAboutRequest(view, store.now())] }, store.now());
    expect(await unacknowledgedKeys(store.db, legal, store.now())).toEqual([erasureEntryKey(view.request.no)]);
    await executeAs(store, view.request.no);
    expect(await unacknowledgedKeys(store.db, legal, store.now())).toEqual([]);
    // Acknowledging a deadline that no longer runs writes no state.
    await store.run('alerts.snooze', { keys: [erasureEntryKey(view.request.no)] }, 'legal');
    expect((await store.db.alertStates.get([erasureEntryKey(view.request.no), legal]))?.snoozedUntil).toBeNull();
  });
});

describe('the referral reply of an ended case', () => {
  it('still counts while unacknowledged: the referring body waits for it after the case is closed', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed', { channel: 'regulator_12315', referralNo: 'GS-2026-001', referralDeadline: { by: 'date', dueAt: store.now() + DAY } });
    const clock = closed.clocks.referralReply!;
    expect(clock.state).toBe('running');
    store.clock.now = clock.dueAt + HOUR;
    await makeDeskUser(store, 'agent');
    const agent = store.users.agent.id;
    const key = `${closed.id}:referralReply`;
    await recordReport(
      store.db,
      { type: 'raised', userId: agent, alerts: [{ key, caseId: closed.id, caseNo: closed.no, severity: closed.severity, clockKind: 'referralReply', dueAt: clock.dueAt, kind: 'overdue', capacity: 'owner', delivery: 'single', at: store.now() }] },
      store.now(),
    );
    expect(await unacknowledgedKeys(store.db, agent, store.now())).toEqual([key]);
  });
});

describe('the alert log’s housekeeping', () => {
  it('keeps the state of a request’s reply deadline while the request waits for its answer, and drops it once answered', async () => {
    store = await openTestStore();
    const waiting = await recordRequest();
    const answered = await recordRequest();
    store.clock.now = Math.max(waiting.request.dueAt, answered.request.dueAt) + HOUR;
    await makeDeskUser(store, 'legal');
    const legal = store.users.legal.id;
    await recordReport(store.db, { type: 'raised', userId: legal, alerts: [raisedAboutRequest(waiting, store.now()), raisedAboutRequest(answered, store.now())] }, store.now());
    await store.run('alerts.acknowledge', { keys: [erasureEntryKey(waiting.request.no)] }, 'legal');
    await executeAs(store, answered.request.no);

    await pruneAlertLog(store.db, store.now());
    const kept = await store.db.alertStates.toArray();
    // An acknowledged request still waiting keeps its 确认: it does not alert again after a restart.
    expect(kept.map((state) => [state.key, state.acknowledgedAt])).toEqual([[erasureEntryKey(waiting.request.no), store.now()]]);
    expect(await unacknowledgedKeys(store.db, legal, store.now())).toEqual([]);
  });
});


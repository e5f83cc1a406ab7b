import { afterEach, describe, expect, it } from 'vitest';
import type { AlertNotification } from '../../../../../src-main/core/alert-feed';
import { createAlertScheduler } from '../../../../../src-main/core/alert-scheduler';
import { recordReport } from '../../../../../src-renderer/store/alerts/log';
import { unacknowledgedKeys } from '../../../../../src-renderer/store/alerts/unacknowledged';
import { HOUR, openTestStore, type TestStore } from '../fixtures';
import { caseAt } from '../flow';
import { attachFeed, makeDeskUser, raisedAbout, type AttachedFeed } from './helpers';

let store: TestStore;
let attached: AttachedFeed | undefined;
afterEach(async () => {
  attached?.feed.stop();
  attached = undefined;
  await store?.close();
});

/** The keys the alert runtime shows again to the desk user coming to the desk, fed the store's full feed. */
async function shownAgainAtStart(): Promise<string[]> {
  attached = attachFeed(store);
  await attached.feed.start();
  const [reset] = await attached.take();
  const notifications: AlertNotification[] = [];
  const scheduler = createAlertScheduler({ now: store.now, arm: () => {}, notify: (n) => notifications.push(n), report: () => {}, counts: () => {} });
  scheduler.apply(reset!);
  return notifications
    .filter((n) => n.delivery === 'unacknowledged')
    .flatMap((n) => n.alerts.map((alert) => alert.key))
    .sort();
}

describe('unacknowledged alerts', () => {
  it('leave out a paused clock, as the runtime does when the user comes to the desk: a paused clock never alerts', async () => {
    store = await openTestStore();
    const running = await caseAt(store, 'executing');
    const paused = await caseAt(store, 'executing');
    store.clock.now = Math.max(running.clocks.resolution!.dueAt, paused.clocks.resolution!.dueAt) + HOUR;
    await makeDeskUser(store, 'agent');
    const alerts = [running, paused].map((record) => raisedAbout(record, 'resolution', { at: store.now() }));
    expect(await recordReport(store.db, { type: 'raised', userId: store.users.agent.id, alerts }, store.now())).toMatchObject({ ok: true });
    await store.run('progress.pause', { caseId: paused.id, reason: '等待客户提供凭证' });

    const waiting = await unacknowledgedKeys(store.db, store.users.agent.id, store.now());
    expect(waiting).toEqual([`${running.id}:resolution`]);
    expect(await store.run('alerts.unacknowledged', {})).toEqual({ count: 1 });
    expect(await shownAgainAtStart()).toEqual(waiting);
  });
});

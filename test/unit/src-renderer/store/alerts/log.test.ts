import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { recordReport } from '../../../../../src-renderer/store/alerts/log';
import { DAY, HOUR, MINUTE, NOW, openTestStore, register, type TestStore } from '../fixtures';
import { makeDeskUser, raisedAbout } from './helpers';

let store: TestStore;
let logged: MockInstance<typeof console.error>;
beforeEach(() => {
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  logged.mockRestore();
  await store?.close();
});

async function deskStore() {
  store = await openTestStore();
  await makeDeskUser(store, 'supervisor');
  return register(store);
}

const report = (payload: unknown) => recordReport(store.db, payload, store.now());
const stateOf = (key: string, userId = 'u-supervisor') => store.db.alertStates.get([key, userId]);

describe('reports of the alert runtime', () => {
  it('logs each raised alert for the desk user and moves the deadline’s state forward', async () => {
    const c = await deskStore();
    const key = `${c.id}:response`;
    const dueAt = c.clocks.response!.dueAt;
    const warning = raisedAbout(c, 'response', { kind: 'warning', at: dueAt - HOUR, capacity: 'supervisor' });
    const overdue = raisedAbout(c, 'response', { kind: 'overdue', at: dueAt + 30 * MINUTE, capacity: 'supervisor', delivery: 'coalesced' });
    expect(await report({ type: 'raised', userId: 'u-supervisor', alerts: [warning, overdue] })).toEqual({ ok: true, keys: [key] });

    const rows = await store.db.alerts.orderBy(':id').toArray();
    expect(rows).toEqual([
      {
        id: 1, key, caseId: c.id, caseNo: c.no, severity: 'general', clockKind: 'response', dueAt, kind: 'warning', capacity: 'supervisor',
        delivery: 'single', userId: 'u-supervisor', userName: '主管老陈', raisedAt: dueAt - HOUR, acknowledgedAt: null, acknowledgedBy: null,
      },
      expect.objectContaining({ id: 2, kind: 'overdue', delivery: 'coalesced', raisedAt: dueAt + 30 * MINUTE }),
    ]);
    expect(await stateOf(key)).toEqual({
      key, userId: 'u-supervisor', caseId: c.id, dueAt, warnedAt: dueAt - HOUR, overdueAt: dueAt + 30 * MINUTE,
      lastAlertAt: dueAt + 30 * MINUTE, acknowledgedAt: null, snoozedUntil: null,
    });

    // A repeat keeps the first warning and overdue instants; a later report continues the numbering.
    await report({ type: 'raised', userId: 'u-supervisor', alerts: [raisedAbout(c, 'response', { kind: 'repeat', at: dueAt + HOUR })] });
    expect(await stateOf(key)).toMatchObject({ warnedAt: dueAt - HOUR, overdueAt: dueAt + 30 * MINUTE, lastAlertAt: dueAt + HOUR });
    expect(await store.db.alerts.orderBy(':id').primaryKeys()).toEqual([1, 2, 3]);
  });

  it('logs a raised alert once when its report comes again (sent anew after a store host died before it answered)', async () => {
    const c = await deskStore();
    const dueAt = c.clocks.response!.dueAt;
    const warning = raisedAbout(c, 'response', { kind: 'warning', at: dueAt - HOUR });
    const overdue = raisedAbout(c, 'response', { kind: 'overdue', at: dueAt });
    await report({ type: 'raised', userId: 'u-supervisor', alerts: [warning] });
    await report({ type: 'acknowledge', userId: 'u-supervisor', keys: [`${c.id}:response`], at: dueAt - 30 * MINUTE });
    // Again, with one alert that is new: only that one is added; the first keeps its acknowledgement.
    await report({ type: 'raised', userId: 'u-supervisor', alerts: [warning, overdue] });
    await report({ type: 'raised', userId: 'u-supervisor', alerts: [overdue] });
    const rows = await store.db.alerts.orderBy(':id').toArray();
    expect(rows.map((row) => [row.kind, row.raisedAt, row.acknowledgedAt])).toEqual([
      ['warning', dueAt - HOUR, dueAt - 30 * MINUTE],
      ['overdue', dueAt, null],
    ]);
    // The same kind at the same instant about a moved deadline (another dueAt) is another alert too.
    await report({ type: 'raised', userId: 'u-supervisor', alerts: [raisedAbout(c, 'response', { kind: 'overdue', at: dueAt, dueAt: dueAt - HOUR })] });
    expect(await store.db.alerts.count()).toBe(3);
    // The same kind at another instant is another alert (a reminder every 30 minutes).
    await report({ type: 'raised', userId: 'u-supervisor', alerts: [raisedAbout(c, 'response', { kind: 'repeat', at: dueAt + 30 * MINUTE }), raisedAbout(c, 'response', { kind: 'repeat', at: dueAt + HOUR })] });
    expect(await store.db.alerts.count()).toBe(5);
  });

  it('starts a fresh history when the alert is about another deadline of the same clock', async () => {
    const c = await deskStore();
    const key = `${c.id}:response`;
    const dueAt = c.clocks.response!.dueAt;
    await report({ type: 'raised', userId: 'u-supervisor', alerts: [raisedAbout(c, 'response', { at: dueAt })] });
    await report({ type: 'acknowledge', userId: 'u-supervisor', keys: [key], at: dueAt + MINUTE });
    const later = dueAt + DAY;
    await report({ type: 'raised', userId: 'u-supervisor', alerts: [raisedAbout(c, 'response', { kind: 'warning', dueAt: later, at: later - HOUR })] });
    expect(await stateOf(key)).toMatchObject({ dueAt: later, warnedAt: later - HOUR, overdueAt: null, acknowledgedAt: null });
  });

  it('acknowledging stamps the user’s open rows of those keys and the state; snoozing sets the reminder', async () => {
    const c = await deskStore();
    const key = `${c.id}:response`;
    const dueAt = c.clocks.response!.dueAt;
    await report({ type: 'raised', userId: 'u-supervisor', alerts: [raisedAbout(c, 'response', { at: dueAt }), raisedAbout(c, 'response', { kind: 'repeat', at: dueAt + HOUR })] });
    // Someone else's alert about the same deadline stays open.
    await store.db.alerts.add({ ...(await store.db.alerts.get(1))!, id: 10, userId: 'u-director', userName: '总监周' });

    await report({ type: 'snooze', userId: 'u-supervisor', keys: [key], at: dueAt + HOUR, until: dueAt + HOUR + 15 * MINUTE });
    expect(await stateOf(key)).toMatchObject({ snoozedUntil: dueAt + HOUR + 15 * MINUTE, acknowledgedAt: null });

    expect(await report({ type: 'acknowledge', userId: 'u-supervisor', keys: [key, key], at: dueAt + 2 * HOUR })).toEqual({ ok: true, keys: [key] });
    const rows = await store.db.alerts.orderBy(':id').toArray();
    expect(rows.map((row) => [row.userId, row.acknowledgedAt, row.acknowledgedBy])).toEqual([
      ['u-supervisor', dueAt + 2 * HOUR, { id: 'u-supervisor', name: '主管老陈' }],
      ['u-supervisor', dueAt + 2 * HOUR, { id: 'u-supervisor', name: '主管老陈' }],
      ['u-director', null, null],
    ]);
    expect(await stateOf(key)).toMatchObject({ acknowledgedAt: dueAt + 2 * HOUR, overdueAt: dueAt, snoozedUntil: dueAt + HOUR + 15 * MINUTE });

    // A second acknowledgement does not re-stamp rows already acknowledged.
    await report({ type: 'acknowledge', userId: 'u-supervisor', keys: [key], at: dueAt + 3 * HOUR });
    expect((await store.db.alerts.get(1))!.acknowledgedAt).toBe(dueAt + 2 * HOUR);
  });

  it('an acknowledgement before any alert applies to the deadline running now; keys of stopped clocks keep no state', async () => {
    const c = await deskStore();
    const key = `${c.id}:response`;
    await report({ type: 'acknowledge', userId: 'u-supervisor', keys: [key, `${c.id}:resolution`, 'nothing:response'], at: NOW });
    expect(await store.db.alertStates.toArray()).toEqual([
      { key, userId: 'u-supervisor', caseId: c.id, dueAt: c.clocks.response!.dueAt, warnedAt: null, overdueAt: null, lastAlertAt: null, acknowledgedAt: NOW, snoozedUntil: null },
    ]);
  });

  it('refuses a report about anyone but the desk user, and one with nobody signed in', async () => {
    const c = await deskStore();
    const before = await store.snapshot();
    expect(await report({ type: 'raised', userId: 'u-agent', alerts: [raisedAbout(c, 'response')] })).toEqual({ ok: false, reason: 'notDeskUser' });
    await store.db.sessions.clear();
    expect(await report({ type: 'raised', userId: 'u-supervisor', alerts: [raisedAbout(c, 'response')] })).toEqual({ ok: false, reason: 'notDeskUser' });
    expect(await store.snapshot()).toEqual(before);
    expect(logged.mock.calls).toEqual([['alert report refused: u-agent is not the desk user'], ['alert report refused: u-supervisor is not the desk user']]);
  });

  it('refuses a malformed report and writes nothing', async () => {
    const c = await deskStore();
    const before = await store.snapshot();
    for (const payload of [
      null,
      'raised',
      { type: 'raised', userId: 'u-supervisor', alerts: [] },
      { type: 'raised', userId: 'u-supervisor', alerts: [{ ...raisedAbout(c, 'response'), kind: 'panic' }] },
      { type: 'raised', userId: 'u-supervisor', alerts: [raisedAbout(c, 'response'), { ...raisedAbout(c, 'response'), at: -1 }] },
      { type: 'acknowledge', userId: 'u-supervisor', keys: ['x'], at: NOW },
      { type: 'snooze', userId: 'u-supervisor', keys: [`${c.id}:response`], at: NOW },
      { type: 'forget', userId: 'u-supervisor', keys: [`${c.id}:response`] },
    ]) {
      expect(await report(payload)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await store.snapshot()).toEqual(before);
    expect(logged).toHaveBeenCalledTimes(8);
    expect(logged.mock.calls[3]).toEqual(['alert report refused: invalid (invalid_value at alerts.0.kind)']);
  });
});

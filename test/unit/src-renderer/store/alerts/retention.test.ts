import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { pruneAlertLog, PRUNE_CHUNK } from '../../../../../src-renderer/store/alerts/retention';
import type { AlertLogRecord, AlertStateRecord } from '../../../../../src-renderer/store/db';
import { caseAt } from '../flow';
import { DAY, HOUR, MINUTE, openTestStore, register, type TestStore } from '../fixtures';

let store: TestStore;
afterEach(async () => {
  vi.restoreAllMocks();
  await store?.close();
});

const row = (id: number, raisedAt: number, c: CaseRecord): AlertLogRecord => ({
  id,
  key: `${c.id}:response`,
  caseId: c.id,
  caseNo: c.no,
  severity: c.severity,
  clockKind: 'response',
  dueAt: c.clocks.response!.dueAt,
  kind: 'overdue',
  capacity: 'owner',
  delivery: 'single',
  userId: 'u-supervisor',
  userName: '主管老陈',
  raisedAt,
  acknowledgedAt: null,
  acknowledgedBy: null,
});

const state = (c: CaseRecord, kind: 'response' | 'resolution', dueAt: number, userId = 'u-supervisor'): AlertStateRecord => ({
  key: `${c.id}:${kind}`,
  userId,
  caseId: c.id,
  dueAt,
  warnedAt: dueAt - HOUR,
  overdueAt: dueAt,
  lastAlertAt: dueAt,
  acknowledgedAt: dueAt + MINUTE,
  snoozedUntil: null,
});

const logIds = () => store.db.alerts.orderBy(':id').primaryKeys();

describe('the alert log’s retention', () => {
  it('deletes the rows raised before the cut-off (365 days by default) and keeps the row raised exactly at it', async () => {
    store = await openTestStore();
    const c = await register(store);
    const now = store.now();
    const cutoff = now - 365 * DAY;
    await store.db.alerts.bulkAdd([row(1, cutoff - DAY, c), row(2, cutoff - 1, c), row(3, cutoff, c), row(4, cutoff + 1, c), row(5, now, c)]);
    expect(await pruneAlertLog(store.db, now)).toBe(2);
    expect(await logIds()).toEqual([3, 4, 5]);
    // Nothing more is old enough a moment later; a day later the row at the old cut-off goes.
    expect(await pruneAlertLog(store.db, now)).toBe(0);
    expect(await pruneAlertLog(store.db, now + DAY)).toBe(2);
    expect(await logIds()).toEqual([5]);
  });

  it('follows the setting as the admin changes it', async () => {
    store = await openTestStore();
    const c = await register(store);
    const now = store.now();
    await store.db.alerts.bulkAdd([row(1, now - 200 * DAY, c), row(2, now - 40 * DAY, c), row(3, now - 30 * DAY, c), row(4, now - DAY, c)]);
    expect(await pruneAlertLog(store.db, now)).toBe(0);

    await store.run('settings.update', { key: 'privacy', value: { retentionDays: 1095, alertLogDays: 30 } }, 'admin');
    expect(await pruneAlertLog(store.db, now)).toBe(2);
    expect(await logIds()).toEqual([3, 4]);

    // A longer period brings nothing back, and keeps what is left.
    await store.run('settings.update', { key: 'privacy', value: { retentionDays: 1095, alertLogDays: 3650 } }, 'admin');
    expect(await pruneAlertLog(store.db, now + 100 * DAY)).toBe(0);
    expect(await logIds()).toEqual([3, 4]);
  });

  it('falls back to the default when the stored setting is damaged', async () => {
    store = await openTestStore();
    const c = await register(store);
    const now = store.now();
    await store.db.settings.put({ key: 'privacy', value: { retentionDays: 1095 } });
    await store.db.alerts.bulkAdd([row(1, now - 366 * DAY, c), row(2, now - 364 * DAY, c)]);
    expect(await pruneAlertLog(store.db, now)).toBe(1);
    expect(await logIds()).toEqual([2]);
  });

  it('deletes 10,000 rows in chunks, each in its own transaction, oldest first', async () => {
    store = await openTestStore();
    const c = await register(store);
    const now = store.now();
    const old = 10_001;
    const rows = Array.from({ length: old + 50 }, (_, n) => row(n + 1, n < old ? now - 400 * DAY + n * MINUTE : now - n * MINUTE, c));
    await store.db.alerts.bulkAdd(rows);
    const chunks: Array<{ size: number; first: number; transaction: unknown }> = [];
    const bulkDelete = store.db.alerts.bulkDelete.bind(store.db.alerts);
    vi.spyOn(store.db.alerts, 'bulkDelete').mockImplementation((keys) => {
      chunks.push({ size: keys.length, first: keys[0] as number, transaction: Dexie.currentTransaction });
      return bulkDelete(keys);
    });

    expect(await pruneAlertLog(store.db, now)).toBe(old);
    expect(chunks.map((chunk) => chunk.size)).toEqual([PRUNE_CHUNK, PRUNE_CHUNK, PRUNE_CHUNK, PRUNE_CHUNK, PRUNE_CHUNK, 1]);
    expect(chunks.map((chunk) => chunk.first)).toEqual([1, 2001, 4001, 6001, 8001, 10_001]);
    expect(new Set(chunks.map((chunk) => chunk.transaction)).size).toBe(chunks.length);
    expect(await store.db.alerts.count()).toBe(50);
    expect((await store.db.alerts.orderBy('[raisedAt+id]').first())?.id).toBe(rows.at(-1)!.id);
    // Ten thousand rows on fake-indexeddb take seconds on a busy machine.
  }, 30_000);
});

describe('alert states', () => {
  it('drops the states of cases gone, closed or archived, and keeps every state a live deadline may still use', async () => {
    store = await openTestStore();
    const open = await register(store);
    const gone = await register(store);
    const closed = await caseAt(store, 'closed');
    const archived = await caseAt(store, 'closed');
    await store.db.cases.update(archived.id, { archived: 1 });
    // A closed case whose response clock still runs (as a returned case would have it) keeps that clock's state.
    const returned = await caseAt(store, 'closed');
    const running = { ...returned.clocks.response!, state: 'running' as const, dueAt: store.now() + DAY };
    await store.db.cases.update(returned.id, { clocks: { ...returned.clocks, response: running } });
    await store.db.cases.delete(gone.id);

    const openDue = open.clocks.response!.dueAt;
    await store.db.alertStates.bulkAdd([
      state(open, 'response', openDue),
      state(open, 'response', openDue, 'u-director'),
      // An open case's state for an earlier deadline: the log writers replace it themselves.
      state(open, 'resolution', openDue - DAY),
      state(gone, 'response', gone.clocks.response!.dueAt),
      state(closed, 'resolution', closed.clocks.resolution!.dueAt),
      state(archived, 'response', archived.clocks.response!.dueAt),
      state(returned, 'response', running.dueAt),
      state(returned, 'resolution', returned.clocks.resolution!.dueAt),
    ]);

    expect(await pruneAlertLog(store.db, store.now())).toBe(0);
    const left = await store.db.alertStates.toArray();
    expect(left.map((s) => `${s.caseId === open.id ? 'open' : s.caseId === returned.id ? 'returned' : s.caseId}:${s.key.split(':')[1]}:${s.userId}`).sort()).toEqual([
      'open:resolution:u-supervisor',
      'open:response:u-director',
      'open:response:u-supervisor',
      'returned:response:u-supervisor',
    ]);
  });

  it('reads the states a chunk at a time and misses none across chunk borders', async () => {
    store = await openTestStore();
    const open = await register(store);
    const closed = await caseAt(store, 'closed');
    const dueAt = closed.clocks.resolution!.dueAt;
    const users = Array.from({ length: 25 }, (_, n) => `u-${String(n).padStart(2, '0')}`);
    await store.db.alertStates.bulkAdd(users.flatMap((userId) => [state(open, 'response', open.clocks.response!.dueAt, userId), state(closed, 'resolution', dueAt, userId)]));
    await pruneAlertLog(store.db, store.now(), 7);
    const left = await store.db.alertStates.toArray();
    expect(left).toHaveLength(25);
    expect(new Set(left.map((s) => s.caseId))).toEqual(new Set([open.id]));
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_POLICY } from '../../../../../../src-main/core/alert-settings';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import { recordReport } from '../../../../../../src-renderer/store/alerts/log';
import type { AlertLogPage } from '../../../../../../src-renderer/store/services/alerts';
import { HOUR, MINUTE, NOW, openTestStore, refusal, register, type TestStore, type Who } from '../../fixtures';
import { makeDeskUser, raisedAbout } from '../../alerts/helpers';

let store: TestStore;
afterEach(async () => store?.close());

const savePolicy = (policy: unknown, who: Who = 'admin') => store.send('alerts.savePolicy', policy, who);
const page = (args: Record<string, unknown>, who: Who = 'supervisor') => store.run<AlertLogPage>('alerts.log', args, who);

describe('alerts.policy / alerts.savePolicy', () => {
  it('reads the defaults until the admin saves a policy, audited and announced as the settings key `alerts`', async () => {
    store = await openTestStore();
    expect(await store.run('alerts.policy', {})).toEqual(DEFAULT_ALERT_POLICY);
    const next = { ...DEFAULT_ALERT_POLICY, repeatMinutes: 15, emergencyGroup: ['u-director', 'u-ops'] };
    expect(await store.run('alerts.savePolicy', next, 'admin')).toEqual(next);
    expect(await store.run('alerts.policy', {}, 'legal')).toEqual(next);
    expect(store.events.at(-1)).toEqual([{ area: 'settings', ids: ['alerts'] }]);
    const [event] = (await subjectEvents(store.db, 'settings')).slice(-1);
    expect(event).toMatchObject({ command: 'alerts.savePolicy', actor: { id: 'u-admin' }, changes: { alerts: { before: null, after: next } } });
  });

  it('only the admin may save it', async () => {
    store = await openTestStore();
    expect(refusal(await savePolicy(DEFAULT_ALERT_POLICY, 'supervisor')).code).toBe('auth.forbidden');
    expect(refusal(await store.send('alerts.policy', {}, null)).code).toBe('auth.signInRequired');
  });

  it.each([
    [{ ...DEFAULT_ALERT_POLICY, escalation: { supervisorAfterMinutes: 60, directorAfterMinutes: 30 } }, [{ field: 'escalation.directorAfterMinutes', code: 'validation.escalationOrder' }]],
    [{ ...DEFAULT_ALERT_POLICY, leadMinutes: { ...DEFAULT_ALERT_POLICY.leadMinutes, major: -5 } }, [{ field: 'leadMinutes.major', code: 'validation.invalid', params: { min: 0 } }]],
    [{ ...DEFAULT_ALERT_POLICY, quietHours: { enabled: true, from: '25:00', to: '07:00' } }, [{ field: 'quietHours.from', code: 'validation.invalid' }]],
    [{ ...DEFAULT_ALERT_POLICY, emergencyGroup: ['u-director', 'u-nobody'] }, [{ field: 'emergencyGroup', code: 'validation.unknownUser' }]],
  ])('refuses %j with the field it concerns, saving nothing', async (policy, fields) => {
    store = await openTestStore();
    const before = await store.snapshot();
    expect(refusal(await savePolicy(policy))).toEqual({ code: 'validation.failed', fields });
    expect(await store.snapshot()).toEqual(before);
  });

  it('refuses a deactivated member of the emergency group', async () => {
    store = await openTestStore();
    await store.db.users.update('u-legal', { active: 0 });
    expect(refusal(await savePolicy({ ...DEFAULT_ALERT_POLICY, emergencyGroup: ['u-legal'] })).fields).toEqual([{ field: 'emergencyGroup', code: 'validation.unknownUser' }]);
  });
});

describe('alerts.follow / alerts.saveFollow', () => {
  it('every user follows every severity of their own department until they choose, each for themselves', async () => {
    store = await openTestStore();
    expect(await store.run('alerts.follow', {}, 'supervisor')).toEqual({ severities: ['general', 'serious', 'major'], departments: [] });
    expect(await store.run('alerts.saveFollow', { severities: ['major', 'serious'], departments: ['物流配送部'] }, 'supervisor')).toEqual({
      severities: ['serious', 'major'],
      departments: ['物流配送部'],
    });
    expect(store.events.at(-1)).toEqual([{ area: 'prefs', ids: ['u-supervisor'] }]);
    expect(await store.run('alerts.follow', {}, 'supervisor')).toEqual({ severities: ['serious', 'major'], departments: ['物流配送部'] });
    expect(await store.run('alerts.follow', {}, 'director')).toEqual({ severities: ['general', 'serious', 'major'], departments: [] });
  });

  it.each([
    [{ severities: [], departments: [] }, [{ field: 'severities', code: 'validation.required', params: { min: 1 } }]],
    [{ severities: ['urgent'], departments: [] }, [{ field: 'severities.0', code: 'validation.chooseOne' }]],
    [{ severities: ['major', 'major'], departments: [] }, [{ field: 'severities', code: 'validation.duplicate' }]],
    [{ severities: ['major'], departments: ['客服中心', '火星部'] }, [{ field: 'departments.1', code: 'validation.notInList' }]],
  ])('refuses %j', async (follow, fields) => {
    store = await openTestStore();
    const before = await store.snapshot();
    expect(refusal(await store.send('alerts.saveFollow', follow, 'supervisor'))).toEqual({ code: 'validation.failed', fields });
    expect(await store.snapshot()).toEqual(before);
  });
});

/** Alerts raised to `who` (as the desk user) about `record`, one a minute from `from`. */
async function raise(who: Who, record: CaseRecord, count: number, from: number, patch: Parameters<typeof raisedAbout>[2] = {}) {
  await makeDeskUser(store, who);
  const alerts = Array.from({ length: count }, (_, n) => raisedAbout(record, 'response', { kind: 'repeat', at: from + n * MINUTE, ...patch }));
  expect(await recordReport(store.db, { type: 'raised', userId: store.users[who].id, alerts }, store.now())).toMatchObject({ ok: true });
}

describe('alerts.log', () => {
  it('pages newest first by keyset, without repeating or skipping rows raised at the same instant', async () => {
    store = await openTestStore();
    const c = await register(store);
    await raise('supervisor', c, 7, NOW);
    // Five more at one instant (a summary of what was missed).
    await raise('supervisor', c, 5, NOW + HOUR, { at: NOW + HOUR, delivery: 'missed' });
    const seen: number[] = [];
    let cursor: AlertLogPage['next'] = null;
    let pages = 0;
    do {
      const answer: AlertLogPage = await page({ limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...answer.rows.map((row) => row.id));
      cursor = answer.next;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect((await page({ limit: 12 })).next).toBeNull();
  });

  it('filters by user, case number, kind, days and what is still unacknowledged', async () => {
    store = await openTestStore();
    const first = await register(store);
    const second = await register(store);
    await raise('supervisor', first, 3, NOW);
    await raise('director', first, 2, NOW + 10 * MINUTE, { kind: 'overdue' });
    await raise('supervisor', second, 2, NOW + 20 * MINUTE, { kind: 'warning' });
    await store.run('alerts.acknowledge', { keys: [`${second.id}:response`] }, 'supervisor');
    const ids = async (args: Record<string, unknown>, who: Who = 'supervisor') => (await page(args, who)).rows.map((row) => row.id);

    expect(await ids({})).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(await ids({ userId: 'u-director' })).toEqual([5, 4]);
    expect(await ids({ caseNo: second.no.toLowerCase() })).toEqual([7, 6]);
    expect(await ids({ caseId: first.id, userId: 'u-supervisor' })).toEqual([3, 2, 1]);
    expect(await ids({ caseNo: 'TS-19990101-0001' })).toEqual([]);
    expect(await ids({ kind: 'overdue' })).toEqual([5, 4]);
    // From inclusive, to exclusive.
    expect(await ids({ from: NOW + MINUTE, to: NOW + 11 * MINUTE })).toEqual([4, 3, 2]);
    expect(await ids({ unacknowledgedOnly: true })).toEqual([5, 4, 3, 2, 1]);
    expect(await ids({ unacknowledgedOnly: true, userId: 'u-supervisor', limit: 2 })).toEqual([3, 2]);
    const [acknowledged] = (await page({ caseId: second.id })).rows;
    expect(acknowledged).toMatchObject({ acknowledgedAt: NOW, acknowledgedBy: { id: 'u-supervisor', name: '主管老陈' }, userName: '主管老陈' });
  });

  it('agents and legal see only their own alerts; managers everyone’s', async () => {
    store = await openTestStore();
    const c = await register(store);
    await raise('agent', c, 2, NOW);
    await raise('agent2', c, 1, NOW + MINUTE);
    await raise('legal', c, 1, NOW + 2 * MINUTE);
    const users = async (args: Record<string, unknown>, who: Who) => (await page(args, who)).rows.map((row) => row.userId);
    expect(await users({}, 'agent')).toEqual(['u-agent', 'u-agent']);
    expect(await users({ userId: 'u-agent2' }, 'agent')).toEqual(['u-agent', 'u-agent']);
    expect(await users({ caseId: c.id }, 'legal')).toEqual(['u-legal']);
    for (const who of ['supervisor', 'director', 'ops', 'admin'] as const) {
      expect(await users({}, who)).toEqual(['u-legal', 'u-agent2', 'u-agent', 'u-agent']);
    }
    expect(await users({ userId: 'u-agent2' }, 'ops')).toEqual(['u-agent2']);
  });

  it('refuses pages over 200 rows and unknown kinds', async () => {
    store = await openTestStore();
    expect(refusal(await store.send('alerts.log', { limit: 201 })).fields).toEqual([{ field: 'limit', code: 'validation.invalid', params: { max: 200 } }]);
    expect(refusal(await store.send('alerts.log', { kind: 'panic' })).fields).toEqual([{ field: 'kind', code: 'validation.chooseOne' }]);
  });
});

describe('alerts.acknowledge / alerts.snooze', () => {
  it('act for the caller only, and tell windows the alerts changed', async () => {
    store = await openTestStore();
    const c = await register(store);
    const key = `${c.id}:response`;
    await raise('agent', c, 1, NOW);
    await raise('agent2', c, 1, NOW);
    await store.run('alerts.acknowledge', { keys: [key] }, 'agent2');
    expect(store.events.at(-1)).toEqual([{ area: 'alerts', ids: [key] }]);
    const rows = await store.db.alerts.orderBy(':id').toArray();
    expect(rows.map((row) => [row.userId, row.acknowledgedBy?.id ?? null])).toEqual([
      ['u-agent', null],
      ['u-agent2', 'u-agent2'],
    ]);
    expect(await store.run('alerts.snooze', { keys: [key], minutes: 60 }, 'agent')).toEqual({ until: NOW + HOUR });
    expect(await store.db.alertStates.get([key, 'u-agent'])).toMatchObject({ snoozedUntil: NOW + HOUR, acknowledgedAt: null });
    expect(await store.db.alertStates.get([key, 'u-agent2'])).toMatchObject({ acknowledgedAt: NOW, snoozedUntil: null });
  });

  it('refuses no keys, too many, and snoozes outside 1–240 minutes', async () => {
    store = await openTestStore();
    expect(refusal(await store.send('alerts.acknowledge', { keys: [] })).fields).toEqual([{ field: 'keys', code: 'validation.invalid', params: { min: 1 } }]);
    const many = Array.from({ length: 1001 }, (_, n) => `case-${n}:response`);
    expect(refusal(await store.send('alerts.acknowledge', { keys: many })).fields).toEqual([{ field: 'keys', code: 'validation.invalid', params: { max: 1000 } }]);
    expect(refusal(await store.send('alerts.snooze', { keys: ['c:response'], minutes: 0 })).fields).toEqual([{ field: 'minutes', code: 'validation.invalid', params: { min: 1 } }]);
    expect(refusal(await store.send('alerts.snooze', { keys: ['c:response'], minutes: 241 })).fields).toEqual([{ field: 'minutes', code: 'validation.invalid', params: { max: 240 } }]);
  });
});

describe('alerts.unacknowledged', () => {
  const count = async (who: Who) => (await store.run<{ count: number }>('alerts.unacknowledged', {}, who)).count;

  it('counts the caller’s own overdue alerts still waiting for 确认, one per deadline; another user’s 确认 counts for nothing', async () => {
    store = await openTestStore();
    const first = await register(store);
    const second = await register(store);
    await raise('supervisor', first, 1, NOW, { kind: 'overdue' });
    await raise('supervisor', first, 2, NOW + MINUTE);
    await raise('supervisor', second, 1, NOW, { kind: 'overdue' });
    await raise('agent', second, 1, NOW, { kind: 'overdue' });
    await raise('agent', first, 1, NOW, { kind: 'warning' });
    store.clock.now = NOW + 5 * MINUTE;
    expect(await count('supervisor')).toBe(2);
    expect(await count('agent')).toBe(1);
    expect(await count('director')).toBe(0);

    await store.run('alerts.acknowledge', { keys: [`${second.id}:response`] }, 'agent');
    expect(await count('agent')).toBe(0);
    expect(await count('supervisor')).toBe(2);
    await store.run('alerts.acknowledge', { keys: [`${first.id}:response`] }, 'supervisor');
    expect(await count('supervisor')).toBe(1);
  });

  it('leaves out what is snoozed to later, and the alerts of closed cases', async () => {
    store = await openTestStore();
    const first = await register(store);
    const second = await register(store);
    await raise('supervisor', first, 1, NOW, { kind: 'overdue' });
    await raise('supervisor', second, 1, NOW, { kind: 'overdue' });
    await store.run('alerts.snooze', { keys: [`${first.id}:response`], minutes: 15 }, 'supervisor');
    expect(await count('supervisor')).toBe(1);
    store.clock.now = NOW + 15 * MINUTE;
    expect(await count('supervisor')).toBe(2);
    await store.run('screening.redirect', { caseId: second.id, reason: '不属于本中心', referredTo: '厂家' }, 'agent');
    expect(await count('supervisor')).toBe(1);
  });
});

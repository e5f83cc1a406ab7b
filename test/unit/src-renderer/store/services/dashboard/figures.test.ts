import { afterEach, describe, expect, it } from 'vitest';
import type { DashboardFigures } from '../../../../../../src-renderer/domain/dashboard/figures';
import { drillFilter } from '../../../../../../src-renderer/domain/dashboard/drill';
import { DEFAULT_SETTINGS } from '../../../../../../src-renderer/domain/settings/settings';
import { DAY, NOW, ok, refusal, openTestStore, register, type TestStore } from '../../fixtures';
import { caseAt, steps } from '../../flow';

let store: TestStore;
afterEach(() => store?.close());

const NOVEMBER = { from: new Date(2026, 10, 1).getTime(), to: new Date(2026, 11, 1).getTime(), granularity: 'week' as const };

async function figures(args: unknown = { period: NOVEMBER }): Promise<DashboardFigures> {
  return ok<DashboardFigures>(await store.send('dashboard.figures', args, 'director'));
}

describe('dashboard.figures', () => {
  it('computes the figures from the cases as the lifecycle left them, and follows every change', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed', { severity: 'serious' });
    await caseAt(store, 'executing');
    await caseAt(store, 'registered', { channel: 'email' });
    let result = await figures();
    expect(result.received.total).toBe(3);
    expect(result.received.channelTotals.email).toBe(1);
    expect(result.response).toMatchObject({ met: 2, missed: 0, rate: 1 });
    expect(result.resolution).toMatchObject({ met: 1, missed: 0 });
    expect(result.satisfaction.averages).toEqual({ efficiency: 5, resolution: 4, attitude: 5, compensation: 4 });
    expect(result.stages).toMatchObject({ intake: 1, execution: 1 });
    expect(result.topIssues).toEqual([{ category: 'logistics', subCategory: '配送延误', count: 2 }]);

    // Quality review reopens the closed case: the reopen rate follows without a reload.
    await store.run('feedback.qualityReturn', { caseId: closed.id, reason: '回访记录不完整' }, 'supervisor');
    result = await figures();
    expect(result.reopen).toMatchObject({ received: 3, reopened: 1 });
    expect(result.open).toBe(3);
  });

  it('keeps a handling completed late in its month after the case is handled again, and lists the case when drilled into', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'executing');
    // Completed two days after the plan's deadline: late.
    store.clock.now = c.plan!.dueAt + 2 * DAY;
    await steps.completeExecution(store, c.id);
    await steps.satisfied(store, c.id);
    const before = await figures();
    expect(before.resolution).toMatchObject({ met: 0, missed: 1 });

    // Quality review sends it back and a new plan is approved: a new resolution clock starts.
    await store.run('feedback.qualityReturn', { caseId: c.id, reason: '回访记录不完整' }, 'supervisor');
    await steps.submitPlan(store, c.id);
    const reapproved = await steps.approvePlan(store, c.id);
    expect(reapproved.clocks.resolution!.state).toBe('running');
    expect(reapproved.earlierResolutions!.map((clock) => clock.state)).toEqual(['missed']);
    const after = await figures();
    expect(after.resolution).toEqual(before.resolution);
    expect(after.byDepartment.find((d) => d.department === '物流配送部')!.resolution).toMatchObject({ missed: 1 });

    const filter = drillFilter({ kind: 'clock', clock: 'resolution', outcome: 'missed' }, { period: NOVEMBER, departments: [] });
    const listed = ok<{ rows: { id: string }[] }>(await store.send('tracking.rows', { query: { filter }, start: 0, count: 50 }, 'director'));
    expect(listed.rows.map((row) => row.id)).toEqual([c.id]);
  });

  it('counts overdue now by the host clock, and the drill filter lists the same cases', async () => {
    store = await openTestStore();
    const late = await caseAt(store, 'registered');
    await store.run('screening.accept', { caseId: (await caseAt(store, 'registered')).id, note: '受理' });
    store.clock.now = NOW + 3 * DAY;
    const result = await figures();
    expect(result.overdueNow).toBe(1);
    const filter = drillFilter({ kind: 'overdue' }, { period: NOVEMBER, departments: [] });
    const listed = ok<{ total: number }>(await store.send('tracking.rows', { query: { filter }, start: 0, count: 50 }, 'director'));
    expect(listed.total).toBe(1);
    expect(ok<{ rows: { id: string }[] }>(await store.send('tracking.rows', { query: { filter }, start: 0, count: 50 }, 'director')).rows[0]!.id).toBe(late.id);
  });

  it('refuses a period that ends before it starts or has too many bars, in the user’s terms', async () => {
    store = await openTestStore();
    const backwards = refusal(await store.send('dashboard.figures', { period: { ...NOVEMBER, from: NOVEMBER.to, to: NOVEMBER.from } }, 'director'));
    expect(backwards.code).toBe('validation.failed');
    expect(backwards.fields).toEqual([{ field: 'period.to', code: 'validation.rangeOrder' }]);
    const tooLong = refusal(await store.send('dashboard.figures', { period: { from: 0, to: NOW, granularity: 'day' } }, 'director'));
    expect(tooLong.fields).toEqual([{ field: 'period.from', code: 'validation.range' }]);
    const badGranularity = refusal(await store.send('dashboard.figures', { period: { ...NOVEMBER, granularity: 'hour' } }, 'director'));
    expect(badGranularity.fields![0]!.field).toBe('period.granularity');
  });

  it('keeps to the departments asked for', async () => {
    store = await openTestStore();
    await caseAt(store, 'planning'); // graded to 物流配送部
    await caseAt(store, 'registered'); // no department before grading
    const result = await figures({ period: NOVEMBER, departments: ['物流配送部'] });
    expect(result.received.total).toBe(1);
    expect(result.byDepartment.map((d) => d.department)).toEqual(['物流配送部']);
    const unassigned = await figures({ period: NOVEMBER, departments: [''] });
    expect(unassigned.received.total).toBe(1);
  });

  it('counts repeat complaints (重复投诉) by phone or e-mail within the repeat window, and follows the setting', async () => {
    store = await openTestStore();
    const on = (day: number) => new Date(2026, 10, day, 10).getTime();
    await register(store, { receivedAt: on(2), phone: '13800000001', email: '' });
    await register(store, { receivedAt: on(20), phone: '138 0000 0001', email: '' }); // same phone, 18 days later
    await register(store, { receivedAt: on(5), phone: '', email: 'li@example.cn' });
    await register(store, { receivedAt: on(12), phone: '13700000002', email: 'LI@example.cn' }); // same e-mail, 7 days later
    await register(store, { receivedAt: on(10), phone: '13900000003', email: 'wang@example.cn' });
    expect((await figures()).repeat).toEqual({ windowDays: 90, received: 5, repeated: 2, rate: 0.4 });

    // Exactly 7 days is still within a 7-day window; 18 days is not.
    const assist = DEFAULT_SETTINGS.assist;
    ok(await store.send('settings.update', { key: 'assist', value: { ...assist, repeatWindowDays: 7 } }, 'admin'));
    expect((await figures()).repeat).toEqual({ windowDays: 7, received: 5, repeated: 1, rate: 0.2 });
    ok(await store.send('settings.update', { key: 'assist', value: { ...assist, repeatWindowDays: 6 } }, 'admin'));
    expect((await figures()).repeat?.repeated).toBe(0);

    // A new complaint of the first customer counts at once.
    await register(store, { receivedAt: on(22), phone: '13800000001', email: '' });
    expect((await figures()).repeat).toMatchObject({ received: 6, repeated: 1 });
  });
});

// 12315 referrals owing their reply, as the tracking table and the monthly report show them (the customer's workbook: customerSheets.test.tsx).
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { DashboardFigures } from '../../../../../../src-renderer/domain/dashboard/figures';
import type { MonthlyReport } from '../../../../../../src-renderer/domain/reports/monthly';
import type { TrackingFilterInput } from '../../../../../../src-renderer/domain/tracking/query';
import { BUILT_IN_VIEWS } from '../../../../../../src-renderer/domain/tracking/views';
import type { TrackingWindow } from '../../../../../../src-renderer/store/services/tracking/rows';
import { caseAt } from '../../flow';
import { DAY, HOUR, NOW, ok, openTestStore, register, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(() => store?.close());

let tickets = 0;
/** A 12315 referral due by `dueAt`, with its work order's number. */
const referred = (dueAt: number) => ({
  channel: 'regulator_12315',
  referralNo: `GS-2026-${String((tickets += 1)).padStart(3, '0')}`,
  referralDeadline: { by: 'date', dueAt },
});
const reply = (caseId: string, final: boolean, text = '已联系消费者，正在处理') =>
  store.run<CaseRecord>('cases.replyReferral', { caseId, at: store.now(), replier: '李客服', method: 'platform', text, final });
const listed = async (filter: TrackingFilterInput, who: 'agent' | 'supervisor' = 'supervisor') =>
  ok<TrackingWindow>(await store.send('tracking.rows', { query: { filter } }, who)).rows.map((row) => row.id);
const overdueView = () => listed(BUILT_IN_VIEWS.find((view) => view.id === 'overdue')!.filter);
const overdueNow = async () =>
  ok<DashboardFigures>(await store.send('dashboard.figures', { period: { from: NOW - 30 * DAY, to: NOW + 30 * DAY, granularity: 'month' } }, 'director')).overdueNow;

describe('the tracking filter 转办反馈', () => {
  it('lists the referrals owing their final reply (closed ones too), and those past the deadline as the 已超时 view and the dashboard count them', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed', referred(NOW + 5 * HOUR));
    const open = await caseAt(store, 'verifying', referred(NOW + HOUR));
    const answered = await caseAt(store, 'verifying', referred(NOW + HOUR));
    await reply(answered.id, true);
    // Terminated before any reply: the regulator must still hear how it ended.
    const terminated = await caseAt(store, 'terminated', referred(NOW + HOUR));
    await caseAt(store, 'closed');
    // Late on its own response deadline, no referral: 已超时, not 转办反馈.
    const late = await caseAt(store, 'registered', { severity: 'major' });

    expect((await listed({ referral: ['owed'] })).sort()).toEqual([closed.id, open.id, terminated.id].sort());
    expect(await listed({ referral: ['overdue'] })).toEqual([]);

    store.clock.now = NOW + 2 * HOUR;
    expect(await listed({ referral: ['overdue'] })).toEqual([open.id]);
    expect((await listed({ referral: ['owed', 'overdue'] })).sort()).toEqual([closed.id, open.id, terminated.id].sort());
    // Every referral overdue is in the 已超时 view, beside the other late cases; the dashboard's 当前超时 is that view's count.
    const overdue = await overdueView();
    expect(overdue.sort()).toEqual([open.id, late.id].sort());
    expect(await overdueNow()).toBe(overdue.length);

    store.clock.now = NOW + 6 * HOUR;
    expect((await listed({ referral: ['overdue'] })).sort()).toEqual([closed.id, open.id].sort());
    // An interim reply leaves it owed; the final one takes it out of both, and out of 已超时.
    await reply(closed.id, false);
    expect(await listed({ referral: ['overdue'] })).toContain(closed.id);
    await reply(closed.id, true);
    expect(await listed({ referral: ['overdue'] })).toEqual([open.id]);
    expect(await overdueView()).not.toContain(closed.id);
    // A terminated case's deadline stands paused: owed, never overdue, as it raises no alert (nor is it in 已超时).
    expect(await listed({ referral: ['owed'] })).toContain(terminated.id);
    expect(await overdueView()).not.toContain(terminated.id);
    // Its final reply takes it out of 待回复, like any other.
    await reply(terminated.id, true);
    expect(await listed({ referral: ['owed'], archived: 'all' })).not.toContain(terminated.id);
    // Combined like any other filter: the agent's own, among those not closed.
    expect(await listed({ referral: ['owed'], mine: true, statuses: ['verifying'] }, 'agent')).toEqual([open.id]);
  });
});

describe('12315 转办反馈 in the monthly report', () => {
  it('counts the month’s referrals, deadlines, final replies and the replies owed, for the month under way and once it is over', async () => {
    store = await openTestStore();
    const november = { year: 2026, month: 11 };
    const report = async (month = november) => ok<MonthlyReport>(await store.send('reports.monthly', month, 'director')).referrals;
    // Due on the 25th, closed, still unanswered; due on the 24th, answered late on the 24th in the evening.
    const owing = await caseAt(store, 'closed', referred(NOW + 2 * DAY));
    const late = await caseAt(store, 'verifying', referred(NOW + DAY));
    await register(store, { channel: 'regulator_12315', referralNo: 'GS-2026-900', customerName: '无时限' });
    await register(store, { customerName: '电话客户' });
    store.clock.now = NOW + DAY + 12 * HOUR;
    await reply(late.id, true);
    await reply(owing.id, false);

    const none = { owedAtStart: 0, received: 0, withoutDeadline: 0, due: 0, met: 0, missed: 0, rate: 0, overdue: 0, notDue: 0, terminated: 0 };
    expect(await report()).toEqual({ ...none, received: 3, withoutDeadline: 1, due: 2, missed: 1, notDue: 1 });
    store.clock.now = new Date(2026, 11, 5, 10).getTime();
    // At November's end the reply due on the 25th was owed, past its deadline.
    expect(await report()).toEqual({ ...none, received: 3, withoutDeadline: 1, due: 2, missed: 1, overdue: 1 });
    await reply(owing.id, true);
    expect(await report()).toMatchObject({ overdue: 1, missed: 1 });
    // December: owed at its start, answered late in it, nothing owed now.
    expect(await report({ year: 2026, month: 12 })).toEqual({ ...none, owedAtStart: 1, missed: 1 });
  });

  it('counts a case terminated before its reply as owing it, from the termination — a deadline corrected later changes no month gone by', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying', referred(NOW + 2 * DAY));
    store.clock.now = NOW + HOUR;
    await store.run('cases.terminate', { caseId: c.id, reason: 'withdrawn', note: '消费者撤诉' }, 'supervisor');
    const november = () => store.send('reports.monthly', { year: 2026, month: 11 }, 'director').then((result) => ok<MonthlyReport>(result).referrals);
    // Terminated before its deadline: owed, as a terminated case's; not due in November, never overdue.
    expect(await november()).toMatchObject({ received: 1, due: 0, overdue: 0, notDue: 0, terminated: 1 });
    store.clock.now = new Date(2026, 11, 5, 10).getTime();
    const before = await november();
    // The order's date put right in December: the clock is rebuilt, paused from the termination, not from today.
    const corrected = await store.run('cases.correct', { caseId: c.id, reason: '工单日期录错', referralDeadline: { by: 'date', dueAt: NOW + 3 * DAY } });
    expect(corrected.clocks.referralReply).toMatchObject({ state: 'paused', pauses: [{ from: NOW + HOUR, to: null }] });
    expect(await november()).toEqual(before);
    expect(await listed({ referral: ['owed'] })).toEqual([c.id]);
    expect(await listed({ referral: ['overdue'] })).toEqual([]);
  });
});

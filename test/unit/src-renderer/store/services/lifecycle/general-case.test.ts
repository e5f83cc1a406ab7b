import { afterEach, describe, expect, it } from 'vitest';
import type { ChainReport } from '../../../../../../src-renderer/domain/audit/chain';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import { HOUR, MINUTE, NOW, openTestStore, register, TEST_USERS, type TestStore, type Who } from '../../fixtures';
import { maskContactFor } from '../../../../../../src-renderer/domain/privacy/mask';
import { SURVEY } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

/** Beijing local time in November/December 2026; 2026-11-23 is a Monday. */
const at = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();

/**
 * A general complaint through the whole closed loop, each step by the role
 * that owns it, at realistic times: the response clock is missed (the
 * complaint came in on a Sunday night), every other clock is met.
 */
describe('a general complaint through the closed loop', () => {
  it('is registered, handled, followed up and closed, with every clock and audit event on record', async () => {
    store = await openTestStore();
    expect(store.now()).toBe(at(11, 23, 10));
    const received = at(11, 22, 2);
    const registered = await register(store, { receivedAt: received, severity: 'general', demands: ['exchange'], orderNo: 'JD-8823' });
    const id = registered.id;

    const auditCount = () => store.db.audit.where('[subject+n]').between([id, 0], [id, Infinity]).count();
    /** One command at one instant; it must write exactly one audit event and publish the case as changed. */
    async function step(when: number, name: string, args: Record<string, unknown>, who: Who = 'agent'): Promise<CaseRecord> {
      store.clock.now = when;
      const before = await auditCount();
      const published = store.events.length;
      const record = await store.run(name, { caseId: id, ...args }, who);
      expect(await auditCount(), name).toBe(before + 1);
      expect(store.events.slice(published), name).toEqual([[{ area: 'cases', ids: [id] }]]);
      expect(record.updatedAt).toBe(when);
      // The answer is the stored case as the caller may see it (contacts masked for roles without contacts.view).
      expect(maskContactFor(TEST_USERS[who].role, (await store.db.cases.get(id))!)).toEqual(record);
      return record;
    }

    expect(registered).toMatchObject({ status: 'registered', responseDueAt: at(11, 23, 2), nextDueAt: at(11, 23, 2) });

    // 初审: accepting answers the customer — 33 h after receipt, so the 24 h response clock is missed.
    let c = await step(at(11, 23, 11), 'screening.accept', { note: '符合受理条件' });
    expect(c.status).toBe('verifying');
    expect(c.clocks.response).toMatchObject({ state: 'missed', completedAt: at(11, 23, 11), consumedMs: 33 * HOUR });
    expect(c.screening).toMatchObject({ decision: 'accepted', by: { id: 'u-agent', name: '客服小王' } });
    // Verification is a stage node of 24 working hours: Monday 11:00 → Thursday 11:00.
    expect(c.clocks.verification).toMatchObject({ state: 'running', mode: 'business', dueAt: at(11, 26, 11) });
    expect(c).not.toHaveProperty('responseDueAt');
    expect(c.nextDueAt).toBe(at(11, 26, 11));

    // 核实.
    await step(at(11, 23, 11, 30), 'verification.addCheck', { department: '物流配送部', checked: '物流轨迹', finding: '中转站滞留两天' });
    c = await step(at(11, 23, 11, 45), 'verification.addContact', { channel: 'phone', contactedAt: at(11, 23, 11, 40), summary: '客户确认未收到' });
    expect(c.status).toBe('verifying');
    c = await step(at(11, 23, 14), 'verification.complete', { conclusion: '物流延误属实' });
    expect(c.status).toBe('grading');
    expect(c.clocks.verification).toMatchObject({ state: 'met', consumedMs: 2 * HOUR });
    expect(c.verification).toMatchObject({ conclusion: '物流延误属实', at: at(11, 23, 14) });
    expect(c.clocks.grading).toMatchObject({ state: 'running', dueAt: at(11, 25, 14) });

    // 分类定级: proposed by the agent, approved by the director.
    c = await step(at(11, 23, 15), 'grading.submit', {
      category: 'logistics',
      subCategory: '配送延误',
      severity: 'general',
      rationale: '延误未造成损失',
      department: '物流配送部',
    });
    expect(c.status).toBe('grading_review');
    expect(c.category).toBeNull();
    c = await step(at(11, 24, 10), 'grading.approve', {}, 'director');
    expect(c).toMatchObject({ status: 'planning', category: 'logistics', subCategory: '配送延误', department: '物流配送部', severity: 'general' });
    expect(c.grading).toMatchObject({ approvedAt: at(11, 24, 10), approvedBy: { id: 'u-director', name: '总监周' } });
    expect(c.clocks.grading).toMatchObject({ state: 'met' });
    // Plan approval: 16 working hours from Tuesday 10:00 is Thursday 10:00.
    expect(c.clocks.planApproval).toMatchObject({ state: 'running', dueAt: at(11, 26, 10) });

    // 处理方案: submitted by the agent for a colleague, approved by the ops director.
    c = await step(at(11, 24, 10, 30), 'plans.submit', {
      measures: ['补发商品', '致电道歉'],
      ownerId: 'u-agent2',
      department: '物流配送部',
      collaborators: ['客服中心'],
      dueAt: at(11, 27, 18),
      compensation: { type: 'voucher', amount: 50 },
    });
    expect(c.status).toBe('plan_review');
    expect(c.plan).toMatchObject({ owner: { id: 'u-agent2', name: '客服小李' }, compensation: { type: 'voucher', amount: 50 }, legalOpinion: null });
    c = await step(at(11, 24, 11), 'plans.approve', {}, 'ops');
    expect(c).toMatchObject({ status: 'executing', owner: { id: 'u-agent2', name: '客服小李' }, department: '物流配送部' });
    expect(c.clocks.planApproval).toMatchObject({ state: 'met' });
    expect(c.clocks.resolution).toMatchObject({ state: 'running', mode: 'calendar', dueAt: at(11, 27, 18), startedAt: at(11, 24, 11) });
    expect(c.nextDueAt).toBe(at(11, 27, 18));

    // 执行与跟踪: progress, an extension asked by the agent and decided by the supervisor, a pause.
    await step(at(11, 24, 14), 'progress.add', { text: '已联系仓库补发' }, 'agent2');
    c = await step(at(11, 24, 15), 'progress.requestExtension', { reason: '仓库缺货，需调货', newDueAt: at(11, 30, 18) });
    const [request] = c.extensions;
    expect(request).toMatchObject({ decision: 'pending', fromDueAt: at(11, 27, 18), toDueAt: at(11, 30, 18), requestedBy: { id: 'u-agent' } });
    expect(c.clocks.resolution?.dueAt).toBe(at(11, 27, 18));
    c = await step(at(11, 24, 16), 'progress.decideExtension', { requestId: request!.id, approve: true, note: '同意' }, 'supervisor');
    expect(c.extensions[0]).toMatchObject({ decision: 'approved', decidedAt: at(11, 24, 16), decidedBy: { id: 'u-supervisor' }, decisionNote: '同意' });
    expect(c.clocks.resolution).toMatchObject({ state: 'running', dueAt: at(11, 30, 18) });
    expect(c.nextDueAt).toBe(at(11, 30, 18));

    c = await step(at(11, 25, 10), 'progress.pause', { reason: '等待客户在家收货' });
    expect(c.clocks.resolution).toMatchObject({ state: 'paused', pauses: [{ from: at(11, 25, 10), to: null, reason: '等待客户在家收货' }] });
    expect(c).not.toHaveProperty('nextDueAt');
    c = await step(at(11, 26, 10), 'progress.resume', { note: '客户已在家' });
    // Paused for a day: the deadline moves a day.
    expect(c.clocks.resolution).toMatchObject({ state: 'running', dueAt: at(12, 1, 18) });
    // The pause keeps the deadline it began under.
    expect(c.clocks.resolution?.pauses).toEqual([{ from: at(11, 25, 10), to: at(11, 26, 10), reason: '等待客户在家收货', dueAt: at(11, 30, 18) }]);
    // The ¥50 voucher the plan promised is issued before the handling is reported done (赔付确认).
    c = await step(at(11, 26, 11), 'plans.confirmCompensation', { outcome: 'paid', amount: 50, method: 'voucher_code', paidAt: at(11, 26, 11), reference: 'QJ20261126' });
    expect(c.plan?.compensationConfirmations).toEqual([
      { outcome: 'paid', amount: 50, method: 'voucher_code', paidAt: at(11, 26, 11), reference: 'QJ20261126', note: '', at: at(11, 26, 11), by: expect.objectContaining({ id: 'u-agent' }) },
    ]);
    c = await step(at(11, 26, 12), 'progress.complete', { summary: '已补发并道歉' });
    expect(c.status).toBe('feedback');
    // 处理结果: kept on the case, and marked in the progress log.
    expect(c.outcome).toEqual({ summary: '已补发并道歉', at: at(11, 26, 12), by: expect.objectContaining({ id: expect.any(String) }) });
    expect((await store.db.entries.where('[caseId+at]').equals([c.id, at(11, 26, 12)]).first())).toMatchObject({ kind: 'progress', outcome: true });
    expect(c.clocks.resolution).toMatchObject({ state: 'met', completedAt: at(11, 26, 12) });
    // 回访时限: 16 working hours from the handling's completion, the case's next deadline now.
    expect(c.clocks.callback).toMatchObject({ state: 'running', mode: 'business', startedAt: at(11, 26, 12), dueAt: at(11, 30, 12) });
    expect(c.nextDueAt).toBe(at(11, 30, 12));

    // 反馈回访: not reached the first time, then satisfied.
    c = await step(at(11, 26, 14), 'feedback.unreachable', { channel: 'phone', at: at(11, 26, 13), reason: 'no_answer', note: '响铃一分钟无人接' });
    expect(c).toMatchObject({ status: 'feedback', unreachableAttempts: 1 });
    c = await step(at(11, 27, 10), 'feedback.record', {
      channel: 'phone',
      result: '已补发，客户收到',
      at: at(11, 27, 9, 55),
      scores: SURVEY,
      comment: '处理及时',
      satisfied: true,
    });
    expect(c).toMatchObject({ status: 'closed', closedAt: at(11, 27, 10), reopenCount: 0 });
    expect(c.feedback).toEqual({
      channel: 'phone',
      result: '已补发，客户收到',
      at: at(11, 27, 9, 55),
      by: { id: 'u-agent', name: '客服小王' },
      scores: SURVEY,
      comment: '处理及时',
      satisfied: true,
    });
    expect(Object.fromEntries(Object.entries(c.clocks).map(([kind, clock]) => [kind, clock.state]))).toEqual({
      response: 'missed',
      verification: 'met',
      grading: 'met',
      planApproval: 'met',
      resolution: 'met',
      callback: 'met',
    });
    // 回访时限 met when the survey was taken, not when it was typed in.
    expect(c.clocks.callback?.completedAt).toBe(at(11, 27, 9, 55));

    // The case page sees the whole story; the chain of 18 events verifies.
    const detail = await store.run<CaseDetail>('cases.detail', { id });
    expect(detail.entries.map((e) => e.kind)).toEqual(['check', 'contact', 'progress', 'pause', 'resume', 'progress', 'feedbackAttempt']);
    expect(detail.entries[2]).toMatchObject({ text: '已联系仓库补发', by: { id: 'u-agent2' } });
    expect(detail.events.map((e) => e.command)).toEqual([
      'cases.register',
      'screening.accept',
      'verification.addCheck',
      'verification.addContact',
      'verification.complete',
      'grading.submit',
      'grading.approve',
      'plans.submit',
      'plans.approve',
      'progress.add',
      'progress.requestExtension',
      'progress.decideExtension',
      'progress.pause',
      'progress.resume',
      'plans.confirmCompensation',
      'progress.complete',
      'feedback.unreachable',
      'feedback.record',
    ]);
    expect(detail.events.map((e) => e.actor.role)).toEqual(expect.arrayContaining(['agent', 'director', 'ops_director', 'supervisor']));
    expect(detail.events[6]?.changes.status).toEqual({ before: 'grading_review', after: 'planning' });
    expect(await store.run<ChainReport>('audit.verify', { subject: id }, 'supervisor')).toEqual({ ok: true, events: 18 });

    // Closed is final: nothing but a quality return moves it.
    store.clock.now = at(11, 27, 11);
    const late = await store.send('progress.add', { caseId: id, text: '补充' });
    expect(!late.ok && late.error).toEqual({ code: 'lifecycle.invalidTransition', params: { command: 'progress.add', status: 'closed' } });
    expect(await auditCount()).toBe(18);
  });

  it('meets the response clock when accepted in time, and counts from the time received', async () => {
    store = await openTestStore();
    const record = await register(store, { receivedAt: NOW - 30 * MINUTE, severity: 'major' });
    expect(record.clocks.response?.dueAt).toBe(NOW + 90 * MINUTE);
    store.clock.now = NOW + 90 * MINUTE;
    const accepted = await store.run('screening.accept', { caseId: record.id });
    expect(accepted.clocks.response).toMatchObject({ state: 'met', consumedMs: 2 * HOUR });
  });
});

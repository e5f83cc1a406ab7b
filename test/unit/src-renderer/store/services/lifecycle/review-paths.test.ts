import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import { DAY, HOUR, NOW, openTestStore, refusal, register, type TestStore } from '../../fixtures';
import { caseAt, steps, SURVEY } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

const auditOf = (id: string) => store.db.audit.where('[subject+n]').between([id, 0], [id, Infinity]).count();

describe('a major complaint: legal review before the plan is approved', () => {
  it('refuses plans.approve with plans.legalReviewRequired until legal has given an opinion', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'plan_review', { severity: 'major' });
    expect(c.severity).toBe('major');
    const before = await store.snapshot();
    expect(refusal(await store.send('plans.approve', { caseId: c.id }, 'ops'))).toEqual({ code: 'plans.legalReviewRequired' });
    expect(await store.snapshot()).toEqual(before);

    // Only legal gives the opinion; it does not move the case.
    expect(refusal(await store.send('plans.legalReview', { caseId: c.id, opinion: '同意' }, 'ops')).code).toBe('auth.forbidden');
    store.clock.now = NOW + HOUR;
    const reviewed = await store.run('plans.legalReview', { caseId: c.id, opinion: '补偿标准符合规定' }, 'legal');
    expect(reviewed.status).toBe('plan_review');
    expect(reviewed.plan?.legalOpinion).toEqual({ text: '补偿标准符合规定', at: NOW + HOUR, by: { id: 'u-legal', name: '法务郑' } });

    const approved = await store.run('plans.approve', { caseId: c.id }, 'ops');
    expect(approved.status).toBe('executing');
    expect(approved.clocks.resolution?.state).toBe('running');
  });

  it('needs legal too for a general complaint whose plan carries a legal risk', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'planning');
    const plan = { caseId: c.id, measures: ['赔偿'], ownerId: 'u-agent', department: '法务部', dueAt: NOW + 3 * DAY, legalRisk: true };
    expect((await store.run('plans.submit', plan)).legalRisk).toBe(1);
    expect(refusal(await store.send('plans.approve', { caseId: c.id }, 'ops'))).toEqual({ code: 'plans.legalReviewRequired' });
    await store.run('plans.legalReview', { caseId: c.id, opinion: '可以' }, 'legal');
    expect((await store.run('plans.approve', { caseId: c.id }, 'ops')).status).toBe('executing');
  });

  it('does not need legal for a general complaint without legal risk', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'plan_review');
    expect((await store.run('plans.approve', { caseId: c.id }, 'ops')).status).toBe('executing');
  });

  it('refuses to approve a plan whose due date has passed meanwhile', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'plan_review');
    store.clock.now = c.plan!.dueAt;
    expect(refusal(await store.send('plans.approve', { caseId: c.id }, 'ops'))).toEqual({ code: 'plans.dueInPast' });
    expect((await store.run('plans.return', { caseId: c.id, reason: '请调整时限' }, 'ops')).status).toBe('planning');
  });
});

describe('sending back for rework', () => {
  it('lets the director return a grading and the ops director return a plan, with the reason on record', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'grading_review');
    const returned = await store.run('grading.return', { caseId: c.id, reason: '定级偏低' }, 'director');
    expect(returned).toMatchObject({ status: 'grading', grading: { returnReason: '定级偏低' } });
    await steps.submitGrading(store, c.id);
    await steps.approveGrading(store, c.id);
    await steps.submitPlan(store, c.id);
    const back = await store.run('plans.return', { caseId: c.id, reason: '补偿不足' }, 'ops');
    expect(back).toMatchObject({ status: 'planning', plan: { returnReason: '补偿不足' } });
    const events = await store.db.audit.where('[subject+n]').between([c.id, 0], [c.id, Infinity]).toArray();
    expect(events.filter((e) => e.command.endsWith('.return')).map((e) => e.detail)).toEqual([{ reason: '定级偏低' }, { reason: '补偿不足' }]);
  });

  it('keeps every return, with who and when, when the grading or plan is resubmitted; a new plan round starts with none', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'grading_review');
    const director = { id: 'u-director', name: '总监周' };
    const ops = { id: 'u-ops', name: '运营总监吴' };
    await store.run('grading.return', { caseId: c.id, reason: '定级偏低' }, 'director');
    await steps.submitGrading(store, c.id);
    store.clock.now = NOW + HOUR;
    await store.run('grading.return', { caseId: c.id, reason: '依据不足' }, 'director');
    const resubmitted = await steps.submitGrading(store, c.id);
    expect(resubmitted.grading).toMatchObject({
      returnReason: '',
      returns: [
        { reason: '定级偏低', at: NOW, by: director },
        { reason: '依据不足', at: NOW + HOUR, by: director },
      ],
    });
    const approved = await steps.approveGrading(store, c.id);
    expect(approved.grading!.returns).toHaveLength(2);

    await steps.submitPlan(store, c.id);
    const back = await store.run('plans.return', { caseId: c.id, reason: '补偿不足' }, 'ops');
    expect(back.plan).toMatchObject({ returnReason: '补偿不足', returns: [{ reason: '补偿不足', at: NOW + HOUR, by: ops }] });
    expect((await steps.submitPlan(store, c.id)).plan).toMatchObject({ returnReason: '', returns: [{ reason: '补偿不足' }] });
    await steps.approvePlan(store, c.id);
    await steps.completeExecution(store, c.id);
    const unhappy = { caseId: c.id, channel: 'phone', result: '已告知', at: store.now(), scores: SURVEY, satisfied: false, reopenReason: '仍未解决' };
    const reopened = await store.run('feedback.record', unhappy);
    expect(reopened.status).toBe('planning');
    expect(reopened.plan!.returns).toHaveLength(1);
    // The plan of the re-handling is a new one: the first plan's return is not its own.
    expect((await steps.submitPlan(store, c.id)).plan!.returns).toEqual([]);
  });

  it('keeps, on approval, the 初判类别 of a case registered before it was kept apart from the category', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'grading_review', { category: 'billing' });
    // As a case of schema 7 stored it: the agent's category, no initialCategory.
    await store.db.cases.update(c.id, { initialCategory: undefined });
    expect('initialCategory' in (await store.db.cases.get(c.id))!).toBe(false);
    const approved = await steps.approveGrading(store, c.id);
    expect(approved).toMatchObject({ category: 'logistics', initialCategory: 'billing' });
    // Without a category at registration there is no 初判类别 to keep.
    const plain = await caseAt(store, 'grading_review');
    expect('initialCategory' in (await steps.approveGrading(store, plain.id))).toBe(false);
  });

  it('checks a grading against the centre’s categories and departments', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'grading');
    const grading = { caseId: c.id, category: 'billing', severity: 'general', rationale: '多收费', department: '财务部' };
    expect(refusal(await store.send('grading.submit', { ...grading, subCategory: '配送延误' }))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'subCategory', code: 'validation.notInList' }],
    });
    expect(refusal(await store.send('grading.submit', { ...grading, department: '火星部' })).fields).toEqual([{ field: 'department', code: 'validation.notInList' }]);
    expect((await store.run('grading.submit', { ...grading, subCategory: '多收费' })).status).toBe('grading_review');
  });

  it('checks a plan’s owner and departments, naming the field at fault', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'planning');
    const plan = { caseId: c.id, measures: ['补发'], ownerId: 'u-agent', department: '物流配送部', dueAt: NOW + DAY };
    const ownerRefused = [{ field: 'ownerId', code: 'validation.ownerInvalid' }];
    expect(refusal(await store.send('plans.submit', { ...plan, ownerId: 'u-nobody' })).fields).toEqual(ownerRefused);
    expect(refusal(await store.send('plans.submit', { ...plan, department: '火星部' })).fields).toEqual([{ field: 'department', code: 'validation.notInList' }]);
    expect(refusal(await store.send('plans.submit', { ...plan, collaborators: ['火星部'] })).fields).toEqual([{ field: 'collaborators', code: 'validation.notInList' }]);
    expect(refusal(await store.send('plans.submit', { ...plan, collaborators: ['物流配送部'] })).fields).toEqual([
      { field: 'collaborators', code: 'validation.collaboratorIsResponsible' },
    ]);
    await store.db.users.update('u-agent2', { active: 0 });
    expect(refusal(await store.send('plans.submit', { ...plan, ownerId: 'u-agent2' })).fields).toEqual(ownerRefused);
    // Nobody who cannot carry a case out owns one: the approved plan would sit under their name.
    for (const role of ['admin', 'legal', 'director', 'ops']) {
      expect(refusal(await store.send('plans.submit', { ...plan, ownerId: `u-${role}` })).fields, role).toEqual(ownerRefused);
    }
    expect((await store.run<CaseRecord>('plans.submit', { ...plan, ownerId: 'u-supervisor' })).plan?.owner.id).toBe('u-supervisor');
  });
});

describe('a customer not satisfied at follow-up', () => {
  it('reopens the case to planning, counts the reopen and restarts the plan approval clock', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'feedback');
    store.clock.now = NOW + 2 * DAY;
    const reopened = await store.run<CaseRecord>('feedback.record', {
      caseId: c.id,
      channel: 'phone',
      result: '已补发',
      at: NOW + 2 * DAY - HOUR,
      scores: { ...SURVEY, resolution: 1 },
      satisfied: false,
      reopenReason: '补发商品仍有破损',
    });
    expect(reopened).toMatchObject({ status: 'planning', reopenCount: 1, closedAt: null, feedback: { satisfied: false } });
    expect(reopened.clocks.planApproval).toMatchObject({ state: 'running', startedAt: NOW + 2 * DAY });
    const detail = await store.run<CaseDetail>('cases.detail', { id: c.id });
    expect(detail.entries.at(-1)).toMatchObject({ kind: 'reopen', reason: '补发商品仍有破损' });
    expect(detail.events.at(-1)).toMatchObject({ command: 'feedback.record', detail: { reopenReason: '补发商品仍有破损' } });

    // The loop runs again and can close this time.
    for (const step of [steps.submitPlan, steps.approvePlan, steps.completeExecution, steps.satisfied]) await step(store, c.id);
    const closed = await store.run<CaseRecord>('cases.get', { id: c.id });
    expect(closed).toMatchObject({ status: 'closed', reopenCount: 1, feedback: { satisfied: true } });
    // The survey the customer was not satisfied with is kept, not replaced.
    expect(closed.earlierSurveys).toEqual([reopened.feedback]);
    expect(await store.run('audit.verify', { subject: c.id }, 'director')).toEqual({ ok: true, events: await auditOf(c.id) });
  });
});

describe('a complaint redirected at screening (转办)', () => {
  it('is final: the response clock is met, the referral is on record, nothing is due', async () => {
    store = await openTestStore();
    const c = await register(store);
    store.clock.now = NOW + HOUR;
    const redirected = await steps.redirect(store, c.id);
    expect(redirected).toMatchObject({
      status: 'redirected',
      closedAt: NOW + HOUR,
      screening: { decision: 'redirected', reason: '属于厂家保修范围', referredTo: '厂家售后', by: { id: 'u-agent' } },
    });
    expect(redirected.clocks.response).toMatchObject({ state: 'met', completedAt: NOW + HOUR });
    expect(redirected).not.toHaveProperty('responseDueAt');
    expect(redirected).not.toHaveProperty('nextDueAt');
    expect(refusal(await store.send('screening.accept', { caseId: c.id })).code).toBe('lifecycle.invalidTransition');
  });

  it('pauses the response clock while waiting for information and resumes it when it arrives', async () => {
    store = await openTestStore();
    const c = await register(store, { severity: 'serious' });
    expect(c.responseDueAt).toBe(NOW + 11 * HOUR);
    store.clock.now = NOW + HOUR;
    const waiting = await steps.requestInfo(store, c.id);
    expect(waiting).toMatchObject({ status: 'awaiting_info', screening: { decision: 'awaiting_info', missing: '订单号' } });
    expect(waiting.clocks.response?.state).toBe('paused');
    expect(waiting).not.toHaveProperty('responseDueAt');

    store.clock.now = NOW + 5 * HOUR;
    const back = await store.run('screening.infoReceived', { caseId: c.id, note: '客户补充了订单号' });
    expect(back.status).toBe('registered');
    expect(back.responseDueAt).toBe(NOW + 15 * HOUR);

    store.clock.now = NOW + 6 * HOUR;
    await steps.requestInfo(store, c.id);
    store.clock.now = NOW + 30 * HOUR;
    const redirected = await steps.redirect(store, c.id);
    // Counted: 2 h before the first wait, 1 h between the waits — met, however long the wait.
    expect(redirected.clocks.response).toMatchObject({ state: 'met', consumedMs: 3 * HOUR });
  });
});

describe('permissions on case commands', () => {
  it('refuses grading.approve to an agent with auth.forbidden and changes nothing', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'grading_review');
    const before = await store.snapshot();
    const published = store.events.length;
    expect(refusal(await store.send('grading.approve', { caseId: c.id }, 'agent'))).toEqual({
      code: 'auth.forbidden',
      params: { permission: 'grading.approve', role: 'agent' },
    });
    expect(await store.snapshot()).toEqual(before);
    expect(store.events).toHaveLength(published);
  });

  it('refuses a director deciding as ops director, and legal doing case work', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'plan_review');
    expect(refusal(await store.send('plans.approve', { caseId: c.id }, 'director')).code).toBe('auth.forbidden');
    expect(refusal(await store.send('plans.return', { caseId: c.id, reason: 'x' }, 'legal')).code).toBe('auth.forbidden');
    expect(refusal(await store.send('progress.add', { caseId: c.id, text: 'x' }, 'admin')).code).toBe('auth.forbidden');
  });
});

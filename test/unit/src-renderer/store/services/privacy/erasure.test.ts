import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { ErasureRequest } from '../../../../../../src-renderer/domain/privacy/erasure';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import type { ErasureList, ErasurePreview, ErasureView } from '../../../../../../src-renderer/store/services/privacy/erasure-views';
import { caseAt, steps } from '../../flow';
import { DAY, HOUR, ok, openTestStore, PASSWORD, refusal, type TestStore, type Who } from '../../fixtures';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const PERSON = { customerName: '陈晓燕', phone: '13912345678', email: 'chen.xy@example.com', description: '陈晓燕来电：冰箱丢件，回电13912345678。' };
const KEY = { phone: '13912345678' };

/** How a request comes in: the customer by phone, received an hour ago by phone, identity checked on a callback. */
const requestArgs = (caseIds: string[], overrides: Record<string, unknown> = {}) => ({
  key: KEY,
  caseIds,
  requester: '陈晓燕',
  receivedAt: store.now() - HOUR,
  channel: 'phone',
  verification: 'registered_phone',
  grounds: 'consent_withdrawn',
  note: '客户来电撤回同意，请回电13912345678告知结果',
  ...overrides,
});

async function confirmed(who: Who = 'legal'): Promise<Session> {
  const session = store.session(who);
  ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
  return session;
}

const recordRequest = (caseIds: string[], overrides: Record<string, unknown> = {}, who: Who = 'legal') =>
  store.run<ErasureView>('erasure.record', requestArgs(caseIds, overrides), who);
const execute = async (no: string, who: Who = 'legal') => ok<ErasureView>(await store.dispatcher.dispatch('erasure.execute', { no }, await confirmed(who)));
const view = (no: string, who: Who = 'legal') => store.run<ErasureView>('erasure.get', { no }, who);
const line = (v: ErasureView, id: string) => v.cases.find((c) => c.id === id)!;

/** The customer's two cases: one closed a week ago (well within the retention period), one still being handled. */
async function customerCases(): Promise<{ closed: CaseRecord; open: CaseRecord }> {
  const closed = await caseAt(store, 'closed', PERSON);
  const open = await caseAt(store, 'executing', PERSON);
  store.clock.now += 7 * DAY;
  return { closed, open };
}

describe('erasure.record (记录删除请求)', () => {
  it('records the request with the cases found for the customer, numbered, due 15 days after receipt, audited without the person’s data', async () => {
    const { closed, open } = await customerCases();
    await caseAt(store, 'closed', { customerName: '李雷', phone: '13700000000' });
    const preview = await store.run<ErasurePreview>('erasure.preview', { key: KEY }, 'legal');
    expect(preview.cases.map((c) => [c.no, c.state, c.phone, c.email])).toEqual([
      [open.no, 'waiting', PERSON.phone, PERSON.email],
      [closed.no, 'eligible', PERSON.phone, PERSON.email],
    ]);
    expect(preview.differing).toEqual([]);

    const recorded = await recordRequest([closed.id, open.id]);
    const { request } = recorded;
    expect(request.no).toMatch(/^SC-20261130-001$/);
    expect(request).toMatchObject({ requester: '陈晓燕', key: { kind: 'phone', value: '13912345678' }, channel: 'phone', verification: 'registered_phone', grounds: 'consent_withdrawn', closedAt: null, masked: false });
    expect(request.cases.map((c) => c.no)).toEqual([closed.no, open.no].sort());
    // The end of the 15th day after the day of receipt, local time.
    const received = new Date(request.receivedAt);
    expect(request.dueAt).toBe(new Date(received.getFullYear(), received.getMonth(), received.getDate() + 16).getTime() - 1);
    expect(recorded).toMatchObject({ outcome: 'pending', overdue: false, answeredAt: null, awaitsDelivery: false, counts: { done: 0, eligible: 1, waiting: 1, held: 0, notCustomer: 0 } });
    expect(line(recorded, open.id)).toMatchObject({ state: 'waiting', waiting: 'handling' });

    const events = await subjectEvents(store.db, `erasure:${request.no}`);
    expect(events.map((e) => [e.command, e.actor.id, e.detail])).toEqual([
      ['erasure.record', 'u-legal', { key: 'phone', cases: 2, channel: 'phone', verification: 'registered_phone', grounds: 'consent_withdrawn', dueAt: request.dueAt }],
    ]);
    expect(JSON.stringify(events)).not.toMatch(/陈晓燕|13912345678|chen\.xy/);
    // The audit log names the chain by the request's number.
    const log = await store.run<{ events: Array<{ subjectKind: string; subjectLabel?: string }> }>('audit.list', { command: 'erasure.record' }, 'legal');
    expect(log.events).toMatchObject([{ subjectKind: 'erasure', subjectLabel: request.no }]);
    // The second request of the day takes the next number.
    expect((await recordRequest([closed.id])).request.no).toBe('SC-20261130-002');
  });

  it('refuses, writing nothing: a case of someone else, a check by “other” without saying how, no case, and roles other than legal and the administrator', async () => {
    const { closed } = await customerCases();
    const stranger = await caseAt(store, 'closed', { customerName: '李雷', phone: '13700000000' });
    const before = await store.snapshot();
    expect(refusal(await store.send('erasure.record', requestArgs([closed.id, stranger.id]), 'legal'))).toMatchObject({ code: 'erasure.caseNotOfCustomer', params: { no: stranger.no } });
    expect(refusal(await store.send('erasure.record', requestArgs([closed.id], { verification: 'other' }), 'legal')).fields).toEqual([
      { field: 'verificationNote', code: 'validation.required' },
    ]);
    expect(refusal(await store.send('erasure.record', requestArgs([]), 'legal')).fields?.[0]).toMatchObject({ field: 'caseIds', code: 'validation.erasureCasesRequired' });
    expect(refusal(await store.send('erasure.record', requestArgs([closed.id], { receivedAt: store.now() + DAY }), 'legal')).fields?.[0]).toMatchObject({ field: 'receivedAt', code: 'validation.notInFuture' });
    for (const who of ['agent', 'supervisor', 'director', 'ops'] as const) {
      expect(refusal(await store.send('erasure.record', requestArgs([closed.id]), who)).code).toBe('auth.forbidden');
      expect(refusal(await store.send('erasure.list', {}, who)).code).toBe('auth.forbidden');
    }
    expect(await store.snapshot()).toEqual(before);
    // The administrator may, as for the data export and anonymisation.
    expect((await recordRequest([closed.id], {}, 'admin')).request.cases).toHaveLength(1);
  });

  it('takes the reply period from the settings, and a request past it without an answer is overdue until answered', async () => {
    const { closed } = await customerCases();
    await store.run('settings.update', { key: 'privacy', value: { retentionDays: 1095, alertLogDays: 365, erasureReplyDays: 5 } }, 'admin');
    const late = await recordRequest([closed.id], { receivedAt: store.now() - 8 * DAY });
    const received = new Date(late.request.receivedAt);
    expect(late.request.dueAt).toBe(new Date(received.getFullYear(), received.getMonth(), received.getDate() + 6).getTime() - 1);
    expect(late.overdue).toBe(true);
    await recordRequest([closed.id]);
    let listed = await store.run<ErasureList>('erasure.list', {}, 'legal');
    expect(listed).toMatchObject({ overdue: 1, replyDays: 5 });
    expect(listed.requests.map((r) => [r.request.no, r.overdue])).toEqual([
      ['SC-20261130-002', false],
      ['SC-20261130-001', true],
    ]);
    await execute(late.request.no);
    listed = await store.run<ErasureList>('erasure.list', {}, 'legal');
    expect(listed.overdue).toBe(0);
  });
});

describe('erasure.execute (执行删除)', () => {
  it('needs the password again, anonymises the finished case through the one anonymisation, and leaves the open one waiting', async () => {
    const { closed, open } = await customerCases();
    const { request } = await recordRequest([closed.id, open.id]);
    const agent = await confirmed('agent');
    const before = await store.snapshot();
    expect(refusal(await store.send('erasure.execute', { no: request.no }, 'legal')).code).toBe('auth.confirmRequired');
    expect(refusal(await store.dispatcher.dispatch('erasure.execute', { no: request.no }, agent)).code).toBe('auth.forbidden');
    expect(await store.snapshot()).toEqual(before);

    const done = await execute(request.no);
    expect(done).toMatchObject({ outcome: 'partial', overdue: false, answeredAt: store.now(), counts: { done: 1, eligible: 0, waiting: 1, held: 0, notCustomer: 0 } });
    const [erased, kept] = await store.db.cases.bulkGet([closed.id, open.id]);
    expect(erased).toMatchObject({ customerName: '（已匿名）', phone: '', email: '', anonymisedAt: store.now() });
    expect(erased!.description).not.toMatch(/陈晓燕|13912345678/);
    expect(kept).toMatchObject({ customerName: '陈晓燕', phone: '13912345678' });
    expect(line(done, closed.id)).toMatchObject({ state: 'done', customerName: '（已匿名）', anonymisedAt: store.now() });
    expect(line(done, open.id)).toMatchObject({ state: 'waiting', waiting: 'handling', customerName: '陈晓燕' });
    expect(done.request.executions).toEqual([{ at: store.now(), by: { id: 'u-legal', name: '法务郑' }, erased: [closed.no], waiting: [open.no], held: [], notCustomer: [] }]);
    // Still open for the waiting case: the customer's reference stays until it is done.
    expect(done.request).toMatchObject({ closedAt: null, masked: false, requester: '陈晓燕' });

    // The case's own chain says it was anonymised, at whose request.
    const caseEvents = await subjectEvents(store.db, closed.id);
    expect(caseEvents.at(-1)).toMatchObject({ command: 'cases.anonymise', actor: { id: 'u-legal' }, detail: { request: request.no, attachmentsDeleted: 0 } });
    const requestEvents = await subjectEvents(store.db, `erasure:${request.no}`);
    expect(requestEvents.at(-1)).toMatchObject({ command: 'erasure.execute', detail: { erased: 1, waiting: 1, held: 0, notCustomer: 0, completed: false } });
  });

  it('erases a waiting case once it has ended, completes the request, and keeps the customer’s reference until the reply is delivered', async () => {
    const { closed, open } = await customerCases();
    const { request } = await recordRequest([closed.id, open.id]);
    await execute(request.no);
    await steps.completeExecution(store, open.id);
    await steps.satisfied(store, open.id);
    const ended = await view(request.no);
    expect(line(ended, open.id)).toMatchObject({ state: 'eligible', status: 'closed' });
    expect(ended.outcome).toBe('partial');

    store.clock.now += HOUR;
    const completed = await execute(request.no);
    expect(completed.outcome).toBe('completed');
    expect(completed.counts).toEqual({ done: 2, eligible: 0, waiting: 0, held: 0, notCustomer: 0 });
    expect((await store.db.cases.get(open.id))!.customerName).toBe('（已匿名）');
    // Closed, the reply still to be delivered: the centre keeps the name and number it is addressed to.
    expect(completed).toMatchObject({ awaitsDelivery: true, request: { closedAt: store.now(), masked: false, requester: '陈晓燕', key: { value: '13912345678' } } });
    expect(completed.cases.map((c) => c.customerName)).toEqual(['（已匿名）', '（已匿名）']);

    store.clock.now += DAY;
    ok(await store.send('erasure.deliver', { no: request.no, at: store.now() - HOUR, method: 'sms', to: '13912345678' }, 'legal'));
    const kept = (await store.db.settings.get(`erasure:${request.no}`))!.value as ErasureRequest;
    expect(kept).toMatchObject({ masked: true, requester: '陈**', key: { kind: 'phone', value: '139****5678' }, deliveries: [{ method: 'sms', to: '139****5678' }] });
    expect(kept.note).toBe('客户来电撤回同意，请回电***告知结果');
    expect(kept.cases.map((c) => c.no)).toEqual([closed.no, open.no].sort());
    expect(JSON.stringify(kept)).not.toMatch(/陈晓燕|13912345678/);
    // A closed request is handled no more, and a refused call writes nothing.
    const before = await store.snapshot();
    expect(refusal(await store.dispatcher.dispatch('erasure.execute', { no: request.no }, await confirmed())).code).toBe('erasure.closed');
    expect(refusal(await store.dispatcher.dispatch('erasure.refuse', { no: request.no, reason: '已办结' }, await confirmed())).code).toBe('erasure.closed');
    expect(refusal(await store.send('erasure.get', { no: 'SC-20990101-001' }, 'legal'))).toMatchObject({ code: 'erasure.notFound', params: { no: 'SC-20990101-001' } });
    const after = await store.snapshot();
    expect(after.settings).toEqual(before.settings);
    expect(after.audit).toEqual(before.audit);
    expect(after.cases).toEqual(before.cases);
  });

  it('refuses a case under a legal hold with its reason, and treats a case still owing its 12315 reply as open', async () => {
    const held = await caseAt(store, 'closed', PERSON);
    ok(await store.send('cases.placeHold', { caseId: held.id, kind: 'litigation', reason: '客户起诉', reference: '（2026）沪0115民初1234号' }, 'legal'));
    const referred = await caseAt(store, 'closed', { ...PERSON, channel: 'regulator_12315', referralNo: 'GS-2026-0815', referralDeadline: { by: 'workingDays', days: 7 } });
    const { request } = await recordRequest([held.id, referred.id]);
    const done = await execute(request.no);
    expect(line(done, held.id)).toMatchObject({ state: 'held', hold: { kind: 'litigation', reference: '（2026）沪0115民初1234号' } });
    expect(line(done, referred.id)).toMatchObject({ state: 'waiting', waiting: 'referralReply', referralDueAt: expect.any(Number) });
    expect(done.outcome).toBe('waiting');
    expect((await store.db.cases.bulkGet([held.id, referred.id])).map((c) => c!.anonymisedAt)).toEqual([undefined, undefined]);

    // The final reply sent, the referral may go; the held case stays whole.
    ok(await store.send('cases.replyReferral', { caseId: referred.id, at: store.now(), replier: '李客服', method: 'platform', text: '已处理完毕', final: true }));
    const next = await execute(request.no);
    expect(line(next, referred.id).state).toBe('done');
    expect(next).toMatchObject({ outcome: 'partial', request: { closedAt: null } });
    expect((await store.db.cases.get(held.id))!.customerName).toBe('陈晓燕');
  });

  it('calls a request whose every case is held refused, and an explicit refusal, with the password, closes it with the reason', async () => {
    const held = await caseAt(store, 'closed', PERSON);
    ok(await store.send('cases.placeHold', { caseId: held.id, kind: 'regulator', reason: '市场监管局调查' }, 'legal'));
    const { request } = await recordRequest([held.id]);
    expect((await execute(request.no)).outcome).toBe('refused');
    const before = await store.snapshot();
    expect(refusal(await store.dispatcher.dispatch('erasure.refuse', { no: request.no, reason: ' ' }, await confirmed())).fields?.[0]).toMatchObject({ field: 'reason', code: 'validation.required' });
    expect(refusal(await store.dispatcher.dispatch('erasure.refuse', { no: request.no, reason: '调查中' }, await confirmed('agent'))).code).toBe('auth.forbidden');
    // It closes the request for good: the password again, as for executing it.
    expect(refusal(await store.send('erasure.refuse', { no: request.no, reason: '调查中' }, 'legal')).code).toBe('auth.confirmRequired');
    expect(await store.snapshot()).toEqual(before);

    const reason = '监管调查期间依法保存，陈晓燕可于调查结束后再次申请';
    const refused = ok<ErasureView>(await store.dispatcher.dispatch('erasure.refuse', { no: request.no, reason }, await confirmed()));
    expect(refused.outcome).toBe('refused');
    expect(refused.request).toMatchObject({ closedAt: store.now(), masked: false, requester: '陈晓燕', refusal: { reason, at: store.now() } });
    expect((await subjectEvents(store.db, `erasure:${request.no}`)).map((e) => e.command)).toEqual(['erasure.record', 'erasure.execute', 'erasure.refuse']);
  });

  it('shows the administrator, who does not see contacts, the key masked while the request is open', async () => {
    const { closed } = await customerCases();
    const { request } = await recordRequest([closed.id]);
    const seen = await view(request.no, 'admin');
    expect(seen.request.key).toEqual({ kind: 'phone', value: '139****5678' });
    expect(seen.request.note).toBe('客户来电撤回同意，请回电139****5678告知结果');
    expect((await view(request.no)).request.key.value).toBe('13912345678');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { CaseEntry } from '../../../../../../src-renderer/domain/cases/entries';
import { DEFAULT_DEPARTMENTS } from '../../../../../../src-renderer/domain/settings/settings';
import type { Role } from '../../../../../../src-renderer/domain/users/roles';
import { toActor, type UserRecord } from '../../../../../../src-renderer/domain/users/user';
import type { DepartmentRequestRow } from '../../../../../../src-renderer/store/services/verification/requests';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import { DAY, HOUR, NOW, ok, openTestStore, refusal, type TestStore } from '../../fixtures';
import { caseAt } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

/** Colleagues of other departments, as the demo people 杨帆 (物流配送部) and 刘洋 (售后服务部). */
const PEOPLE = {
  yangfan: { name: '杨帆', role: 'agent', department: '物流配送部' },
  liuyang: { name: '刘洋', role: 'agent', department: '售后服务部' },
  huang: { name: '黄晓燕', role: 'supervisor', department: '售后服务部' },
} as const satisfies Record<string, { name: string; role: Role; department: string }>;
type Person = keyof typeof PEOPLE;

/** Adds the colleagues, signed in, to the store; `as(who)` dispatches as one of them. */
async function addPeople(): Promise<(who: Person) => (name: string, args: unknown) => ReturnType<TestStore['send']>> {
  const users = {} as Record<Person, UserRecord>;
  for (const [who, person] of Object.entries(PEOPLE) as Array<[Person, (typeof PEOPLE)[Person]]>) {
    users[who] = { ...store.users.agent, id: `u-${who}`, username: who, ...person };
    await store.db.users.add(users[who]);
    await store.db.sessions.add({ token: `token-${who}`, userId: users[who].id, createdAt: NOW, lastSeenAt: NOW });
  }
  return (who) => (name, args) => store.dispatcher.dispatch(name, args, { actor: toActor(users[who]), token: `token-${who}` });
}

const QUESTION = '请核实订单 JD20261123001 的配送记录：是否三天未派送？';
const ask = (caseId: string, extra: Record<string, unknown> = {}, who: 'agent' | 'agent2' | 'supervisor' = 'agent') =>
  store.run('verification.requestCheck', { caseId, department: '物流配送部', question: QUESTION, ...extra }, who);
const requestOf = (record: CaseRecord, i = 0) => record.verificationRequests![i]!;
const checksOf = async (caseId: string) => (await store.db.entries.where('caseId').equals(caseId).toArray()).filter((e): e is Extract<CaseEntry, { kind: 'check' }> => e.kind === 'check');

describe('核实请求: a case worker asks a department', () => {
  it('stores the question on the case, by default to be answered by the running 核实 deadline, audited with its department', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying');
    const asked = await ask(c.id);
    expect(asked.verificationRequests).toEqual([
      {
        id: expect.any(String),
        department: '物流配送部',
        question: QUESTION,
        replyBy: c.clocks.verification!.dueAt,
        askedAt: NOW,
        askedBy: { id: 'u-agent', name: '客服小王' },
        state: 'open',
      },
    ]);
    const last = (await subjectEvents(store.db, c.id)).at(-1)!;
    expect(last).toMatchObject({ command: 'verification.requestCheck', actor: { id: 'u-agent' }, detail: { verificationRequestId: requestOf(asked).id, requestDepartment: '物流配送部' } });
    expect(Object.keys(last.changes)).toContain('verificationRequests');
    // A chosen reply-by time is kept as chosen.
    expect(requestOf(await ask(c.id, { question: '签收人是谁？', replyBy: NOW + 2 * HOUR }), 1).replyBy).toBe(NOW + 2 * HOUR);
  });

  it('by default gives one working day when the 核实 deadline has passed (Monday 10:00 → Tuesday 10:00, lunch not counted)', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying');
    await store.db.cases.update(c.id, { clocks: { ...c.clocks, verification: { ...c.clocks.verification!, dueAt: NOW - HOUR } } });
    expect(requestOf(await ask(c.id)).replyBy).toBe(new Date(2026, 10, 24, 10, 0).getTime());
  });

  it('refuses, writing nothing: a department not of the desk, a reply-by time not after now, no question, a role that does not work cases, a case past 核实', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying');
    const graded = await caseAt(store, 'grading');
    const before = await store.snapshot();
    const send = (args: Record<string, unknown>, who: 'agent' | 'director' = 'agent') =>
      store.send('verification.requestCheck', { caseId: c.id, department: '物流配送部', question: QUESTION, ...args }, who);
    expect(refusal(await send({ department: '不存在的部门' })).fields).toEqual([{ field: 'department', code: 'validation.notInList' }]);
    expect(refusal(await send({ replyBy: NOW - 1 })).fields).toMatchObject([{ field: 'replyBy', code: 'validation.mustBeFuture' }]);
    expect(refusal(await send({ question: '  ' })).fields).toMatchObject([{ field: 'question', code: 'validation.required' }]);
    expect(refusal(await send({}, 'director'))).toMatchObject({ code: 'auth.forbidden', params: { permission: 'verification.requestCheck', role: 'director' } });
    expect(refusal(await store.send('verification.requestCheck', { caseId: graded.id, department: '物流配送部', question: QUESTION }))).toEqual({
      code: 'lifecycle.invalidTransition',
      params: { command: 'verification.requestCheck', status: 'grading' },
    });
    expect(await store.snapshot()).toEqual(before);
  });
});

describe('the same question twice', () => {
  it('is refused while the first is open on the case, naming the department and who asked, writing nothing; asked again once it is closed', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying');
    const first = requestOf(await ask(c.id, {}, 'supervisor'));
    const before = await store.snapshot();
    const duplicate = { code: 'verificationRequest.duplicate', params: { department: '物流配送部', name: '主管老陈' } };
    expect(refusal(await store.send('verification.requestCheck', { caseId: c.id, department: '物流配送部', question: QUESTION }, 'agent'))).toEqual(duplicate);
    // Typed with spaces and line breaks around it, it is the same question.
    expect(refusal(await store.send('verification.requestCheck', { caseId: c.id, department: '物流配送部', question: ` ${QUESTION}\n` }, 'agent2'))).toEqual(duplicate);
    expect(await store.snapshot()).toEqual(before);
    // Another question, or the same one to another department, or on another case, is a request of its own.
    await store.run('verification.requestCheck', { caseId: c.id, department: '售后服务部', question: QUESTION });
    await store.run('verification.requestCheck', { caseId: c.id, department: '物流配送部', question: '签收人是谁？' });
    const other = await caseAt(store, 'verifying', { customerName: '李四' });
    await ask(other.id);
    // Once the first is withdrawn, the question may be put again.
    await store.run('verification.withdrawRequest', { caseId: c.id, requestId: first.id, reason: '问法不清，重新发起' }, 'supervisor');
    const again = await ask(c.id);
    expect(again.verificationRequests!.filter((r) => r.department === '物流配送部' && r.question === QUESTION).map((r) => r.state)).toEqual(['withdrawn', 'open']);
  });
});

describe('待本部门核实: the department’s queue', () => {
  it('lists the open requests of the caller’s own department only, earliest reply-by first, and refuses roles that do not work cases', async () => {
    store = await openTestStore();
    const as = await addPeople();
    const first = await caseAt(store, 'verifying');
    const second = await caseAt(store, 'verifying', { customerName: '李四' });
    await ask(first.id, { replyBy: NOW + 5 * HOUR });
    await ask(second.id, { replyBy: NOW + 2 * HOUR }, 'supervisor');
    await store.run('verification.requestCheck', { caseId: second.id, department: '售后服务部', question: '是否已安排上门维修？' });
    const queue = ok<DepartmentRequestRow[]>(await as('yangfan')('verification.departmentQueue', {}));
    expect(queue.map((row) => [row.no, row.category, row.request.question, row.request.askedBy.name, row.request.replyBy])).toEqual([
      [second.no, second.category, QUESTION, '主管老陈', NOW + 2 * HOUR],
      [first.no, first.category, QUESTION, '客服小王', NOW + 5 * HOUR],
    ]);
    expect(ok<DepartmentRequestRow[]>(await as('liuyang')('verification.departmentQueue', {})).map((row) => row.request.question)).toEqual(['是否已安排上门维修？']);
    // The service centre, which asked, has nothing of its own to answer.
    expect(await store.run('verification.departmentQueue', {})).toEqual([]);
    expect(refusal(await store.send('verification.departmentQueue', {}, 'director'))).toMatchObject({ code: 'auth.forbidden' });
  });
});

describe('回复核实: the department answers', () => {
  it('records a check in the department’s name by the replying colleague, linked to the request, which it closes; it leaves the queue', async () => {
    store = await openTestStore();
    const as = await addPeople();
    const c = await caseAt(store, 'verifying');
    const request = requestOf(await ask(c.id));
    store.clock.now = NOW + HOUR;
    const answered = ok<CaseRecord>(await as('yangfan')('verification.answerRequest', { caseId: c.id, requestId: request.id, checked: '调取物流轨迹', finding: '站点爆仓，延误三天' }));
    const [check] = await checksOf(c.id);
    expect(check).toMatchObject({ department: '物流配送部', checked: '调取物流轨迹', finding: '站点爆仓，延误三天', requestId: request.id, by: { id: 'u-yangfan', name: '杨帆' }, at: NOW + HOUR });
    expect(requestOf(answered)).toEqual({ ...request, state: 'answered', answer: { entryId: check!.id, at: NOW + HOUR, by: { id: 'u-yangfan', name: '杨帆' } } });
    expect((await subjectEvents(store.db, c.id)).at(-1)).toMatchObject({ command: 'verification.answerRequest', actor: { id: 'u-yangfan' }, detail: { entryId: check!.id } });
    expect(ok(await as('yangfan')('verification.departmentQueue', {}))).toEqual([]);
  });

  it('refuses anyone but the department, the asker or a supervisor, and a second answer, with a clear reason, writing nothing', async () => {
    store = await openTestStore();
    const as = await addPeople();
    const c = await caseAt(store, 'verifying');
    const request = requestOf(await ask(c.id));
    const answer = { caseId: c.id, requestId: request.id, checked: '物流记录', finding: '延误' };
    const before = await store.snapshot();
    const notDepartment = { code: 'verificationRequest.notDepartment', params: { department: '物流配送部' } };
    expect(refusal(await as('liuyang')('verification.answerRequest', answer))).toEqual(notDepartment);
    expect(refusal(await store.send('verification.answerRequest', answer, 'agent2'))).toEqual(notDepartment);
    expect(refusal(await store.send('verification.answerRequest', { ...answer, requestId: 'no-such-request' }))).toEqual({ code: 'verificationRequest.notFound' });
    expect(refusal(await as('yangfan')('verification.answerRequest', { ...answer, finding: '' })).fields).toMatchObject([{ field: 'finding', code: 'validation.required' }]);
    expect(await store.snapshot()).toEqual(before);
    // The asker records what the department said on the phone: still in the department's name.
    await store.run('verification.answerRequest', answer);
    expect((await checksOf(c.id)).map((check) => [check.department, check.by.name])).toEqual([['物流配送部', '客服小王']]);
    const after = await store.snapshot();
    expect(refusal(await as('yangfan')('verification.answerRequest', answer))).toEqual({ code: 'verificationRequest.answered', params: { name: '客服小王' } });
    expect(refusal(await store.send('verification.withdrawRequest', { caseId: c.id, requestId: request.id, reason: '不需要了' }))).toEqual({
      code: 'verificationRequest.answered',
      params: { name: '客服小王' },
    });
    expect(await store.snapshot()).toEqual(after);
  });

  it('lets a supervisor answer a request of another department', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying');
    const request = requestOf(await ask(c.id));
    const answered = await store.run('verification.answerRequest', { caseId: c.id, requestId: request.id, checked: '致电站点', finding: '已签收' }, 'supervisor');
    expect(requestOf(answered).state).toBe('answered');
  });
});

describe('撤回核实请求', () => {
  it('is for the asker or a supervisor, with a reason; a withdrawn request cannot be answered', async () => {
    store = await openTestStore();
    const as = await addPeople();
    const c = await caseAt(store, 'verifying');
    const request = requestOf(await ask(c.id));
    const withdraw = { caseId: c.id, requestId: request.id, reason: '客户已提供签收截图' };
    const before = await store.snapshot();
    const notAsker = { code: 'verificationRequest.notAsker', params: { name: '客服小王' } };
    expect(refusal(await store.send('verification.withdrawRequest', withdraw, 'agent2'))).toEqual(notAsker);
    expect(refusal(await as('yangfan')('verification.withdrawRequest', withdraw))).toEqual(notAsker);
    expect(refusal(await store.send('verification.withdrawRequest', { ...withdraw, reason: '' })).fields).toMatchObject([{ field: 'reason', code: 'validation.required' }]);
    expect(await store.snapshot()).toEqual(before);
    const withdrawn = await store.run('verification.withdrawRequest', withdraw, 'supervisor');
    expect(requestOf(withdrawn)).toEqual({ ...request, state: 'withdrawn', withdrawal: { reason: '客户已提供签收截图', at: NOW, by: { id: 'u-supervisor', name: '主管老陈' } } });
    expect(refusal(await as('yangfan')('verification.answerRequest', { caseId: c.id, requestId: request.id, checked: '物流记录', finding: '延误' }))).toEqual({
      code: 'verificationRequest.withdrawn',
      params: { name: '主管老陈' },
    });
    expect(ok(await as('yangfan')('verification.departmentQueue', {}))).toEqual([]);
  });

  it('is also for the case’s owner, on a request a colleague asked on their case', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying');
    const request = requestOf(await ask(c.id));
    const withdraw = { caseId: c.id, requestId: request.id, reason: '客户已提供签收截图' };
    // 客服小李 does not own the case: refused; given it, they may withdraw what 客服小王 asked.
    expect(refusal(await store.send('verification.withdrawRequest', withdraw, 'agent2'))).toEqual({ code: 'verificationRequest.notAsker', params: { name: '客服小王' } });
    await store.db.cases.update(c.id, { owner: { id: 'u-agent2', name: '客服小李' } });
    const withdrawn = await store.run('verification.withdrawRequest', withdraw, 'agent2');
    expect(requestOf(withdrawn)).toMatchObject({ state: 'withdrawn', withdrawal: { reason: '客户已提供签收截图', by: { id: 'u-agent2', name: '客服小李' } } });
  });
});

describe('a department that never answers does not hold the case', () => {
  it('完成核实 withdraws the open requests as of the completion, says how many in its event, and leaves answered ones as they were', async () => {
    store = await openTestStore();
    const as = await addPeople();
    const c = await caseAt(store, 'verifying');
    await ask(c.id);
    const both = await store.run('verification.requestCheck', { caseId: c.id, department: '售后服务部', question: '是否已上门？' });
    await as('liuyang')('verification.answerRequest', { caseId: c.id, requestId: requestOf(both, 1).id, checked: '维修工单', finding: '已上门' });
    store.clock.now = NOW + DAY;
    const done = await store.run('verification.complete', { caseId: c.id, conclusion: '延误属实' });
    expect(done.status).toBe('grading');
    expect(done.verificationRequests!.map((r) => [r.department, r.state, r.withdrawal])).toEqual([
      ['物流配送部', 'withdrawn', { reason: '', at: NOW + DAY, by: { id: 'u-agent', name: '客服小王' }, cause: 'completion' }],
      ['售后服务部', 'answered', undefined],
    ]);
    expect((await subjectEvents(store.db, c.id)).at(-1)).toMatchObject({ command: 'verification.complete', detail: { withdrawnRequests: 1 } });
    expect(ok(await as('yangfan')('verification.departmentQueue', {}))).toEqual([]);
  });

  it('终止处理 withdraws them too, with the termination’s note', async () => {
    store = await openTestStore();
    const as = await addPeople();
    const c = await caseAt(store, 'verifying');
    await ask(c.id);
    const ended = await store.run('cases.terminate', { caseId: c.id, reason: 'withdrawn', note: '客户撤诉' }, 'supervisor');
    expect(requestOf(ended).withdrawal).toEqual({ reason: '客户撤诉', at: NOW, by: { id: 'u-supervisor', name: '主管老陈' }, cause: 'termination' });
    expect(ok(await as('yangfan')('verification.departmentQueue', {}))).toEqual([]);
  });

  it('a department renamed takes its open requests along; answered ones keep the name of their day', async () => {
    store = await openTestStore();
    const as = await addPeople();
    const c = await caseAt(store, 'verifying');
    const answeredFirst = requestOf(await ask(c.id));
    await as('yangfan')('verification.answerRequest', { caseId: c.id, requestId: answeredFirst.id, checked: '物流记录', finding: '延误' });
    await ask(c.id);
    const renamed = DEFAULT_DEPARTMENTS.map((name) => (name === '物流配送部' ? '物流部' : name));
    ok(await store.send('settings.update', { key: 'departments', value: renamed, renames: [{ from: '物流配送部', to: '物流部' }] }, 'admin'));
    const record = (await store.db.cases.get(c.id))!;
    expect(record.verificationRequests!.map((r) => [r.department, r.state])).toEqual([
      ['物流配送部', 'answered'],
      ['物流部', 'open'],
    ]);
  });

  it('a department still asked cannot be removed from the list, the refusal naming the open requests’ cases; once answered or withdrawn it can', async () => {
    store = await openTestStore();
    const withAdded = [...DEFAULT_DEPARTMENTS, '仓储部'];
    ok(await store.send('settings.update', { key: 'departments', value: withAdded }, 'admin'));
    const c = await caseAt(store, 'verifying');
    const request = requestOf(await store.run('verification.requestCheck', { caseId: c.id, department: '仓储部', question: '库存记录？' }));
    // Not handled by 仓储部, only asked: said so, not “handled or supported”.
    expect(refusal(await store.send('settings.update', { key: 'departments', value: DEFAULT_DEPARTMENTS }, 'admin')).fields).toEqual([
      { field: 'departments', code: 'verificationRequest.departmentAsked', params: { department: '仓储部', count: 1, nos: [c.no] } },
    ]);
    await store.run('verification.withdrawRequest', { caseId: c.id, requestId: request.id, reason: '已无需核实' });
    ok(await store.send('settings.update', { key: 'departments', value: DEFAULT_DEPARTMENTS }, 'admin'));
  });

  it('a department both handling some cases and asked on others is refused for each, every case named once', async () => {
    store = await openTestStore();
    ok(await store.send('settings.update', { key: 'departments', value: [...DEFAULT_DEPARTMENTS, '仓储部'] }, 'admin'));
    const handled = await caseAt(store, 'verifying');
    const asked = await caseAt(store, 'verifying', { customerName: '李四' });
    await store.db.cases.update(handled.id, { department: '仓储部' });
    // Handled there and asked too: among the cases handled.
    await store.run('verification.requestCheck', { caseId: handled.id, department: '仓储部', question: '库存记录？' });
    await store.run('verification.requestCheck', { caseId: asked.id, department: '仓储部', question: '出库记录？' });
    expect(refusal(await store.send('settings.update', { key: 'departments', value: DEFAULT_DEPARTMENTS }, 'admin')).fields).toEqual([
      { field: 'departments', code: 'validation.departmentHasCases', params: { department: '仓储部', count: 1, nos: [handled.no] } },
      { field: 'departments', code: 'verificationRequest.departmentAsked', params: { department: '仓储部', count: 1, nos: [asked.no] } },
    ]);
  });
});

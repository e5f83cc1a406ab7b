import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import type { ErasureView } from '../../../../../../src-renderer/store/services/privacy/erasure-views';
import { caseAt, steps } from '../../flow';
import { ok, openTestStore, type TestStore } from '../../fixtures';
import { OPEN_REQUESTS_KEY } from '../../../../../../src-renderer/store/services/privacy/requests';
import { executeAs, refuseAs, requestArgs } from './erasure-kit';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const PERSON = { customerName: '陈晓燕', phone: '13912345678' };
const KEY = { phone: '13912345678' };
const erasuresOn = async (id: string, who: 'agent' | 'director' = 'agent') => (await store.run<CaseDetail>('cases.detail', { id }, who)).erasures;
const record = (caseIds: string[]) => store.run<ErasureView>('erasure.record', requestArgs(store, KEY, caseIds), 'legal');

describe('cases.detail › erasures: the deletion requests still open for a case', () => {
  it('tells whoever handles the case what waits for it, until the case is erased', async () => {
    const open = await caseAt(store, 'feedback', PERSON);
    const other = await caseAt(store, 'closed', { customerName: '李雷', phone: '13800000000' });
    expect(await erasuresOn(open.id)).toEqual([]);

    const { request } = await record([open.id]);
    // Not answered yet: nothing is decided (it may still be refused).
    expect(await erasuresOn(open.id)).toEqual([{ no: request.no, receivedAt: request.receivedAt, dueAt: request.dueAt, state: 'pending' }]);
    // The director reads it too (no contacts.view: nothing of the customer is in it); another case has none.
    expect((await erasuresOn(open.id, 'director')).map((e) => e.no)).toEqual([request.no]);
    expect(await erasuresOn(other.id)).toEqual([]);

    // Executed while the case is still open: it waits. Once it ends it may be erased; once erased, nothing is left to say.
    await executeAs(store, request.no);
    expect(await erasuresOn(open.id)).toEqual([{ no: request.no, receivedAt: request.receivedAt, dueAt: request.dueAt, state: 'waiting', waiting: 'handling' }]);
    await steps.satisfied(store, open.id);
    expect((await erasuresOn(open.id))[0]).toMatchObject({ state: 'eligible' });
    await executeAs(store, request.no);
    expect(await erasuresOn(open.id)).toEqual([]);
  });

  it('says so of a case under a legal hold, and nothing once the request is refused', async () => {
    const held = await caseAt(store, 'closed', PERSON);
    ok(await store.send('cases.placeHold', { caseId: held.id, kind: 'litigation', reason: '客户起诉' }, 'legal'));
    const { request } = await record([held.id]);
    expect((await erasuresOn(held.id))[0]).toMatchObject({ no: request.no, state: 'pending' });
    await executeAs(store, request.no);
    expect((await erasuresOn(held.id))[0]).toMatchObject({ no: request.no, state: 'held' });
    await refuseAs(store, request.no, '案件涉诉，依法保留');
    expect(await erasuresOn(held.id)).toEqual([]);
  });

  it('leaves out a case whose customer was corrected to another person since the request', async () => {
    const c = await caseAt(store, 'executing', PERSON);
    const { request } = await record([c.id]);
    expect((await erasuresOn(c.id)).map((e) => e.no)).toEqual([request.no]);
    ok(await store.send('cases.correct', { caseId: c.id, reason: '登记时把另一位客户的信息填错了', customerName: '王芳', phone: '13700000000' }));
    expect(await erasuresOn(c.id)).toEqual([]);
  });

  it('reads the open requests from their index, kept with every request written, and every request where the index is missing', async () => {
    const first = await caseAt(store, 'feedback', PERSON);
    const second = await caseAt(store, 'executing', PERSON);
    const index = async () => (await store.db.settings.get(OPEN_REQUESTS_KEY))?.value;
    const a = (await record([first.id])).request;
    const b = (await record([first.id, second.id])).request;
    expect([...b.cases.map((c) => c.id)].sort()).toEqual([first.id, second.id].sort());
    expect(await index()).toEqual([
      { no: a.no, caseIds: [first.id] },
      { no: b.no, caseIds: b.cases.map((c) => c.id) },
    ]);
    expect((await erasuresOn(first.id)).map((e) => e.no)).toEqual([a.no, b.no]);

    // A refused request leaves the index (and the case page).
    await refuseAs(store, a.no, '请求人身份无法核实');
    expect(await index()).toEqual([{ no: b.no, caseIds: b.cases.map((c) => c.id) }]);
    expect((await erasuresOn(first.id)).map((e) => e.no)).toEqual([b.no]);

    // The index is what the page reads: a request it does not list is not read.
    await store.db.settings.put({ key: OPEN_REQUESTS_KEY, value: [] });
    expect(await erasuresOn(first.id)).toEqual([]);
    // Requests written before the index existed (or a backup of them): read in full, and indexed with the next write.
    await store.db.settings.delete(OPEN_REQUESTS_KEY);
    expect((await erasuresOn(second.id)).map((e) => e.no)).toEqual([b.no]);
    await executeAs(store, b.no);
    expect(await index()).toEqual([{ no: b.no, caseIds: b.cases.map((c) => c.id) }]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import { caseAt, steps, SURVEY } from '../../flow';
import { DAY, ok, openTestStore, refusal, register, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const merge = (caseId: string, into: string, note = '同一事项重复投诉') => store.send('cases.terminate', { caseId, reason: 'duplicate', duplicateOfNo: into, note }, 'supervisor');
const withdraw = (caseId: string) => store.send('cases.terminate', { caseId, reason: 'withdrawn', note: '客户来电撤诉' }, 'supervisor');
const redirect = (caseId: string) => store.send('screening.redirect', { caseId, reason: '属于厂家保修范围', referredTo: '厂家售后' });
const inform = (caseId: string, mergedId: string, note = '已电话告知处理结果') => store.send('feedback.informMerged', { caseId, mergedId, outcome: 'informed', channel: 'phone', note });
const close = (caseId: string) => store.send('feedback.record', { caseId, channel: 'phone', result: '已处理', at: store.now(), scores: SURVEY, satisfied: true });
const stored = async (id: string) => (await store.db.cases.get(id))!;
const lastEvent = async (id: string) => (await subjectEvents(store.db, id)).at(-1)!;
const page = (id: string) => store.run<CaseDetail>('cases.detail', { id });

describe('a case with cases merged into it, terminated as a duplicate in turn', () => {
  it('hands them to the case that handles the matter now: listed there, pointing there, owed its result', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'feedback');
    const b = await caseAt(store, 'executing', { customerName: '王五', phone: '13500005555' });
    const a = await register(store, { customerName: '李雷', phone: '13700001111' });
    ok(await merge(a.id, b.no));
    await steps.completeExecution(store, b.id);
    ok(await inform(b.id, a.id, '告知 B 的处理结果'));
    store.clock.now += DAY;
    ok(await merge(b.id, c.no, '与 C 为同一事项'));

    const primary = await stored(c.id);
    expect(primary.mergedCases!.map((m) => [m.no, m.via?.no ?? null])).toEqual([
      [b.no, null],
      [a.no, b.no],
    ]);
    expect(primary.mergedCases![1]!.via).toMatchObject({ at: store.now(), informed: { note: '告知 B 的处理结果' } });
    expect(await lastEvent(c.id)).toMatchObject({ command: 'cases.merge', detail: { caseNo: b.no, note: '与 C 为同一事项', carried: [a.no] } });
    expect((await stored(b.id)).mergedCases).toBeUndefined();
    // The first duplicate points at C now, with an event saying where its matter went.
    expect((await stored(a.id)).termination).toMatchObject({ reason: 'duplicate', duplicateOf: { id: c.id, no: c.no } });
    expect(await lastEvent(a.id)).toMatchObject({ command: 'cases.mergeMoved', detail: { caseNo: c.no, fromNo: b.no } });
    for (const id of [a.id, b.id, c.id]) expect(verifyChain(await subjectEvents(store.db, id)).ok).toBe(true);

    // C owes its own result to A's customer (told B's before) and to B's: closing waits for both.
    const links = (await page(c.id)).links;
    expect(links.waiting).toEqual([b.no, a.no]);
    expect(links.merged[1]).toMatchObject({ no: a.no, state: 'waiting', via: { id: b.id, no: b.no }, informed: null, earlier: { note: '告知 B 的处理结果' } });
    expect((await page(a.id)).links.mergedInto).toEqual({ id: c.id, no: c.no, mustInform: true, informed: null });
    expect(refusal(await close(c.id))).toEqual({ code: 'links.mergedUninformed', params: { nos: `${b.no}, ${a.no}`, count: 2 } });
    ok(await inform(c.id, a.id, '告知 C 的处理结果'));
    ok(await inform(c.id, b.id));
    expect((await page(a.id)).links.mergedInto?.informed).toMatchObject({ note: '告知 C 的处理结果' });
    expect(ok<CaseRecord>(await close(c.id)).status).toBe('closed');
  });

  it('drops a link between the duplicate and the case it goes into, on both, with the merge', async () => {
    store = await openTestStore();
    const a = await caseAt(store, 'executing');
    const b = await register(store, { customerName: '韩梅梅', phone: '13600002222' });
    ok(await store.send('cases.link', { caseId: a.id, otherNo: b.no, kind: 'same_incident', note: '同一次停电' }));
    ok(await merge(b.id, a.no));
    expect((await stored(a.id)).relatedCases).toBeUndefined();
    expect((await stored(b.id)).relatedCases).toBeUndefined();
    expect(await lastEvent(a.id)).toMatchObject({ command: 'cases.merge', detail: { caseNo: b.no, unlinked: 'same_incident' } });
    expect(await lastEvent(b.id)).toMatchObject({ command: 'cases.terminate', detail: { unlinkedNo: a.no } });
    const links = (await page(a.id)).links;
    expect([links.merged.map((m) => m.no), links.related]).toEqual([[b.no], []]);
  });
});

describe('ending otherwise a case whose merged customers wait for its result', () => {
  it('refuses to terminate it for another reason, or to redirect it, naming them — and writes nothing', async () => {
    store = await openTestStore();
    const primary = await register(store);
    const other = await register(store, { customerName: '李雷', phone: '13700001111' });
    ok(await merge(other.id, primary.no));
    const before = await store.snapshot();
    const waiting = { code: 'links.mergedWaiting', params: { nos: other.no, count: 1 } };
    expect(refusal(await withdraw(primary.id))).toEqual(waiting);
    expect(refusal(await redirect(primary.id))).toEqual(waiting);
    expect(await store.snapshot()).toEqual(before);
    // Merged into another case that handles the matter, it takes them along.
    const handler = await caseAt(store, 'verifying', { customerName: '王五', phone: '13500005555' });
    ok(await merge(primary.id, handler.no));
    expect((await stored(handler.id)).mergedCases!.map((m) => m.no)).toEqual([primary.no, other.no]);
  });

  it('ends it once nobody waits: its own customer’s duplicate, or another customer told the result', async () => {
    store = await openTestStore();
    const own = await register(store);
    const again = await register(store, { channel: 'email' });
    ok(await merge(again.id, own.no));
    expect(ok<CaseRecord>(await redirect(own.id)).status).toBe('redirected');

    const handled = await caseAt(store, 'feedback');
    const other = await register(store, { customerName: '李雷', phone: '13700001111' });
    ok(await merge(other.id, handled.no));
    expect(refusal(await store.send('cases.terminate', { caseId: handled.id, reason: 'unreachable', note: '三次回访未接通' }, 'supervisor')).code).toBe('links.mergedWaiting');
    ok(await inform(handled.id, other.id));
    expect(ok<CaseRecord>(await store.send('cases.terminate', { caseId: handled.id, reason: 'unreachable', note: '三次回访未接通' }, 'supervisor')).status).toBe('terminated');
  });
});

describe('并入 an archived case, and 取消关联 of a case not linked', () => {
  it('merges a duplicate into an archived closed case, which then tells its customer the result', async () => {
    store = await openTestStore();
    const primary = await caseAt(store, 'closed');
    await store.db.cases.update(primary.id, { archived: 1 });
    const late = await register(store, { customerName: '李雷', phone: '13700001111' });
    ok(await merge(late.id, primary.no));
    expect((await stored(primary.id)).mergedCases!.map((m) => m.no)).toEqual([late.no]);
    expect((await page(primary.id)).links.waiting).toEqual([late.no]);
    ok(await inform(primary.id, late.id));
    expect((await page(primary.id)).links.waiting).toEqual([]);
  });

  it('names the other case when there is no link to remove', async () => {
    store = await openTestStore();
    const a = await register(store);
    const b = await register(store, { phone: '13600002222' });
    expect(refusal(await store.send('cases.unlink', { caseId: a.id, otherId: b.id, reason: '误关联' }))).toEqual({ code: 'links.notLinked', params: { no: b.no } });
    expect(refusal(await store.send('cases.unlink', { caseId: a.id, otherId: 'no-such-case', reason: '误关联' })).code).toBe('cases.notFound');
  });
});

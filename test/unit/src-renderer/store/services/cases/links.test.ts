import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import { caseAt } from '../../flow';
import { DAY, ok, openTestStore, refusal, register, type TestStore, type Who } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const terminate = (caseId: string, duplicateOfNo: string, note = '客户通过12315再次反映同一事项') =>
  store.send('cases.terminate', { caseId, reason: 'duplicate', duplicateOfNo, note }, 'supervisor');
const link = (caseId: string, otherNo: string, kind = 'same_incident', note = '同一次停电', who: Who = 'agent') =>
  store.send('cases.link', { caseId, otherNo, kind, note }, who);
const unlink = (caseId: string, otherId: string, reason = '关联有误', who: Who = 'agent') => store.send('cases.unlink', { caseId, otherId, reason }, who);
const stored = async (id: string) => (await store.db.cases.get(id))!;
const lastEvent = async (id: string) => (await subjectEvents(store.db, id)).at(-1)!;

describe('并入: terminating a duplicate records it on the case that handles the matter', () => {
  it('writes the back-reference in the terminate transaction, with its own audit event on the primary', async () => {
    store = await openTestStore();
    const primary = await caseAt(store, 'executing');
    const duplicate = await register(store, { customerName: '李雷', phone: '13700001111', description: '同一小区停电，冰箱食物变质。' });
    const eventsBefore = (await subjectEvents(store.db, primary.id)).length;
    store.clock.now += DAY;
    ok(await terminate(duplicate.id, primary.no));

    const handled = await stored(primary.id);
    expect(handled.status).toBe('executing');
    expect(handled.mergedCases).toEqual([{ id: duplicate.id, no: duplicate.no, at: store.now(), by: { id: 'u-supervisor', name: expect.any(String) } }]);
    expect(handled.updatedAt).toBe(store.now());
    const events = await subjectEvents(store.db, primary.id);
    expect(events).toHaveLength(eventsBefore + 1);
    expect(events.at(-1)).toMatchObject({
      command: 'cases.merge',
      at: store.now(),
      actor: { id: 'u-supervisor', role: 'supervisor' },
      detail: { caseNo: duplicate.no, note: '客户通过12315再次反映同一事项' },
    });
    expect(Object.keys(events.at(-1)!.changes)).toEqual(expect.arrayContaining(['mergedCases']));
    expect(verifyChain(events).ok).toBe(true);
    expect((await lastEvent(duplicate.id)).command).toBe('cases.terminate');
    // Both cases changed: both are published.
    expect(store.events.at(-1)).toEqual([{ area: 'cases', ids: expect.arrayContaining([primary.id, duplicate.id]) }]);

    // A second duplicate goes after the first.
    const third = await register(store, { phone: '13600002222' });
    ok(await terminate(third.id, primary.no));
    expect((await stored(primary.id)).mergedCases!.map((m) => m.no)).toEqual([duplicate.no, third.no]);
  });

  it('writes nothing on either case when the termination is refused', async () => {
    store = await openTestStore();
    const primary = await caseAt(store, 'verifying');
    const ended = await caseAt(store, 'terminated');
    const duplicate = await register(store);
    const before = await store.snapshot();
    expect(refusal(await terminate(duplicate.id, ended.no)).fields).toEqual([{ field: 'duplicateOfNo', code: 'validation.duplicateOfEnded', params: { no: ended.no } }]);
    expect(refusal(await terminate(duplicate.id, primary.no, ' ')).fields?.[0]).toMatchObject({ field: 'note', code: 'validation.required' });
    expect(refusal(await store.send('cases.terminate', { caseId: duplicate.id, reason: 'duplicate', duplicateOfNo: primary.no, note: '重复' }, 'agent')).code).toBe('auth.forbidden');
    expect(await store.snapshot()).toEqual(before);
  });

  it('shows the merged cases on the primary’s page, the customer masked for roles without contacts.view', async () => {
    store = await openTestStore();
    const primary = await caseAt(store, 'executing');
    const duplicate = await register(store, { customerName: '李雷', phone: '13700001111', description: '同一小区停电，回电13700001111。'.repeat(8) });
    ok(await terminate(duplicate.id, primary.no, '与本单为同一事件'));
    const seen = (who: Who) => store.run<CaseDetail>('cases.detail', { id: primary.id }, who);
    const agent = (await seen('agent')).links;
    expect(agent.merged).toHaveLength(1);
    expect(agent.merged[0]).toMatchObject({
      id: duplicate.id,
      no: duplicate.no,
      customerName: '李雷',
      phone: '13700001111',
      channel: 'phone',
      status: 'terminated',
      note: '与本单为同一事件',
      mustInform: true,
      informed: null,
    });
    expect([...agent.merged[0]!.excerpt]).toHaveLength(81);
    const director = (await seen('director')).links.merged[0]!;
    expect(director.phone).toBe('137****1111');
    expect(director.excerpt).toContain('137****1111');
    expect(director.excerpt).not.toContain('13700001111');
    // The duplicate's page says where it went, and that its customer has not heard yet.
    expect((await store.run<CaseDetail>('cases.detail', { id: duplicate.id })).links.mergedInto).toEqual({ id: primary.id, no: primary.no, mustInform: true, informed: null });
  });
});

describe('cases.link / cases.unlink (关联投诉)', () => {
  it('links both cases alike, each with its audit event, and unlinks both with the reason', async () => {
    store = await openTestStore();
    const a = await caseAt(store, 'executing');
    const c = await register(store, { customerName: '韩梅梅', phone: '13600002222' });
    store.clock.now += DAY;
    const answer = ok<CaseRecord>(await link(a.id, ` ${c.no.toLowerCase()} `, 'same_incident', '同一次停电'));
    const tie = { kind: 'same_incident', note: '同一次停电', at: store.now(), by: { id: 'u-agent', name: expect.any(String) } };
    expect(answer.relatedCases).toEqual([{ id: c.id, no: c.no, ...tie }]);
    expect((await stored(c.id)).relatedCases).toEqual([{ id: a.id, no: a.no, ...tie }]);
    expect((await stored(a.id)).status).toBe('executing');
    for (const [subject, other] of [
      [a.id, c.no],
      [c.id, a.no],
    ] as const) {
      const events = await subjectEvents(store.db, subject);
      expect(events.at(-1)).toMatchObject({ command: 'cases.link', detail: { caseNo: other, kind: 'same_incident', note: '同一次停电' } });
      expect(verifyChain(events).ok).toBe(true);
    }
    // Each page shows the other.
    expect((await store.run<CaseDetail>('cases.detail', { id: c.id })).links.related.map((r) => [r.no, r.kind, r.customerName])).toEqual([[a.no, 'same_incident', '张三']]);

    store.clock.now += DAY;
    ok(await unlink(c.id, a.id, '并非同一事件'));
    expect((await stored(a.id)).relatedCases).toBeUndefined();
    expect((await stored(c.id)).relatedCases).toBeUndefined();
    expect((await lastEvent(a.id))).toMatchObject({ command: 'cases.unlink', detail: { caseNo: c.no, kind: 'same_incident', reason: '并非同一事件' } });
    expect((await lastEvent(c.id))).toMatchObject({ command: 'cases.unlink', detail: { caseNo: a.no, reason: '并非同一事件' } });
    expect(refusal(await unlink(c.id, a.id)).code).toBe('links.notLinked');
  });

  it('refuses a link to itself, to a missing number, a second link, a duplicate and its case, and the wrong roles — writing nothing', async () => {
    store = await openTestStore();
    const a = await caseAt(store, 'verifying');
    const b = await register(store, { phone: '13700001111' });
    const c = await register(store, { phone: '13600002222' });
    ok(await link(a.id, b.no));
    ok(await terminate(c.id, a.no));
    const before = await store.snapshot();
    const fieldOf = async (result: Promise<unknown>) => refusal((await result) as never).fields;
    expect(await fieldOf(link(a.id, a.no))).toEqual([{ field: 'otherNo', code: 'links.toItself', params: { no: a.no } }]);
    expect(await fieldOf(link(a.id, 'TS-20000101-0001'))).toEqual([{ field: 'otherNo', code: 'cases.notFound' }]);
    expect(await fieldOf(link(b.id, a.no, 'same_order'))).toEqual([{ field: 'otherNo', code: 'links.alreadyLinked', params: { no: a.no } }]);
    expect(await fieldOf(link(a.id, c.no))).toEqual([{ field: 'otherNo', code: 'links.alreadyMerged', params: { no: c.no } }]);
    expect(await fieldOf(link(a.id, b.no, 'other', ''))).toEqual([{ field: 'note', code: 'validation.required' }]);
    for (const who of ['ops', 'legal', 'admin'] as const) expect(refusal(await link(a.id, c.no, 'same_order', '', who)).code).toBe('auth.forbidden');
    expect(refusal(await unlink(a.id, b.id, '误关联', 'legal')).code).toBe('auth.forbidden');
    expect(await store.snapshot()).toEqual(before);
    // A director may link, as they may register.
    const d = await register(store, { phone: '13500003333' });
    ok(await link(d.id, b.no, 'follow_up', '', 'director'));
  });

  it('links an archived case and an anonymised one: the link holds numbers only', async () => {
    store = await openTestStore();
    const old = await caseAt(store, 'closed');
    await store.db.cases.update(old.id, { archived: 1, anonymisedAt: store.now(), customerName: '（已匿名）', phone: '' });
    const fresh = await register(store, { phone: '13700001111' });
    ok(await link(fresh.id, old.no, 'follow_up', '客户再次投诉去年的同一问题'));
    expect((await stored(old.id)).relatedCases).toEqual([expect.objectContaining({ id: fresh.id, no: fresh.no, kind: 'follow_up' })]);
    const shown = (await store.run<CaseDetail>('cases.detail', { id: fresh.id })).links.related[0]!;
    expect(shown).toMatchObject({ no: old.no, anonymised: true });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { NOW, openTestStore, refusal, type TestStore } from '../../fixtures';
import { caseAt, SURVEY } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

describe('what the store host checks that the forms cannot send', () => {
  it('核实: a check with a department of the desk only, a contact not dated before the complaint was received', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying');
    const before = await store.snapshot();
    expect(refusal(await store.send('verification.addCheck', { caseId: c.id, department: '不存在的部门', checked: '物流记录', finding: '延误' })).fields).toEqual([
      { field: 'department', code: 'validation.notInList' },
    ]);
    const contact = { caseId: c.id, channel: 'phone', summary: '客户确认延误' };
    expect(refusal(await store.send('verification.addContact', { ...contact, contactedAt: c.receivedAt - 1 })).fields).toEqual([
      { field: 'contactedAt', code: 'validation.beforeReceipt' },
    ]);
    expect(await store.snapshot()).toEqual(before);
    await store.run('verification.addCheck', { caseId: c.id, department: '物流配送部', checked: '物流记录', finding: '延误' });
    await store.run('verification.addContact', { ...contact, contactedAt: c.receivedAt });
  });

  it('回访: a callback not dated before the complaint was received', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'feedback');
    const survey = { caseId: c.id, channel: 'phone', result: '已补发', scores: SURVEY, satisfied: true };
    const before = await store.snapshot();
    expect(refusal(await store.send('feedback.record', { ...survey, at: new Date(2001, 0, 1).getTime() })).fields).toEqual([{ field: 'at', code: 'validation.beforeReceipt' }]);
    expect(await store.snapshot()).toEqual(before);
    expect((await store.run('feedback.record', { ...survey, at: NOW })).status).toBe('closed');
  });

  it('登记: each demand once (a demand sent twice would count twice in the figures)', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'registered', { demands: ['refund', 'refund', 'apology', 'refund'] });
    expect((await store.db.cases.get(c.id))?.demands).toEqual(['refund', 'apology']);
  });
});

describe('客户催办: a contact the customer made, chasing the case', () => {
  const MINUTE = 60_000;
  const rowOf = async (id: string, filter: Record<string, unknown> = {}) =>
    (await store.run<{ rows: { id: string; chases: number }[] }>('tracking.rows', { query: { filter } }, 'supervisor')).rows.find((row) => row.id === id);

  it('is recorded in any status, before acceptance and while an approval waits, and counted on the case with the latest time', async () => {
    store = await openTestStore();
    const waiting = await caseAt(store, 'grading_review');
    const fresh = await caseAt(store, 'registered');
    const chase = (caseId: string, contactedAt: number) =>
      store.run('verification.addContact', { caseId, channel: 'phone', contactedAt, summary: '客户来电问进度，要求尽快处理', direction: 'inbound', chase: true });
    await chase(waiting.id, NOW - 10 * MINUTE);
    // An earlier call recorded late counts, and leaves the latest the latest.
    await chase(waiting.id, NOW - 30 * MINUTE);
    await chase(fresh.id, NOW - 5 * MINUTE);
    // A call that is not a chase is recorded, not counted.
    await store.run('verification.addContact', { caseId: fresh.id, channel: 'phone', contactedAt: NOW, summary: '客户补充了订单号', direction: 'inbound' });
    expect((await store.db.cases.get(waiting.id))?.chases).toEqual({ count: 2, lastAt: NOW - 10 * MINUTE });
    expect((await store.db.cases.get(fresh.id))?.chases).toEqual({ count: 1, lastAt: NOW - 5 * MINUTE });
    // Entries are keyed by random ids: compared by their summaries, not their order.
    const entries = await store.db.entries.where('caseId').equals(fresh.id).toArray();
    const marks = Object.fromEntries(entries.map((e) => (e.kind === 'contact' ? [e.summary, [e.inbound, e.chase]] : [e.kind, null])));
    expect(marks).toEqual({ '客户来电问进度，要求尽快处理': [true, true], '客户补充了订单号': [true, undefined] });
    // The tracking table counts, filters and sorts by it.
    expect(await rowOf(waiting.id)).toMatchObject({ chases: 2 });
    const chased = await store.run<{ rows: { id: string }[] }>('tracking.rows', { query: { filter: { chased: true }, sort: { key: 'chases', dir: 'desc' } } }, 'supervisor');
    expect(chased.rows.map((row) => row.id)).toEqual([waiting.id, fresh.id]);
  });

  it('is refused on a duplicate, naming the case it went into, and on an ended case; a contact there is still recorded', async () => {
    store = await openTestStore();
    const primary = await caseAt(store, 'verifying');
    const duplicate = await caseAt(store, 'registered');
    await store.run('cases.terminate', { caseId: duplicate.id, reason: 'duplicate', note: '同一订单', duplicateOfNo: primary.no }, 'supervisor');
    const closed = await caseAt(store, 'closed');
    const call = { channel: 'phone', contactedAt: NOW, summary: '客户来电问进度', direction: 'inbound', chase: true };
    const before = await store.snapshot();
    expect(refusal(await store.send('verification.addContact', { ...call, caseId: duplicate.id })).fields).toEqual([
      { field: 'chase', code: 'validation.chaseOnMerged', params: { no: primary.no } },
    ]);
    expect(refusal(await store.send('verification.addContact', { ...call, caseId: closed.id })).fields).toEqual([{ field: 'chase', code: 'validation.chaseEnded' }]);
    expect(await store.snapshot()).toEqual(before);
    await store.run('verification.addContact', { ...call, caseId: closed.id, chase: false });
    expect((await store.db.cases.get(closed.id))?.chases).toBeUndefined();
  });

  it('is refused as a contact the desk made, with its reason on the tick, writing nothing', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying');
    const before = await store.snapshot();
    const refused = refusal(
      await store.send('verification.addContact', { caseId: c.id, channel: 'phone', contactedAt: NOW, summary: '回电说明进度', direction: 'outbound', chase: true }),
    );
    expect(refused.fields).toEqual([{ field: 'chase', code: 'validation.chaseInbound' }]);
    expect(refusal(await store.send('verification.addContact', { caseId: c.id, channel: 'phone', contactedAt: NOW, summary: '回电', direction: 'sideways' })).code).toBe(
      'validation.failed',
    );
    expect(await store.snapshot()).toEqual(before);
  });
});

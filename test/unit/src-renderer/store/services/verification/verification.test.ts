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

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../../../src-renderer/domain/audit/chain';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import { caseAt } from '../../flow';
import { openTestStore, register, type TestStore, type Who } from '../../fixtures';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const CONTACT = { phone: '13812345678', email: 'zhang.san@example.com' };
const MASKED = { phone: '138****5678', email: 'z***@example.com' };
const WITHOUT_CONTACTS: Who[] = ['director', 'ops', 'admin'];
const WITH_CONTACTS: Who[] = ['agent', 'supervisor', 'legal'];

describe('contacts in the case queries', () => {
  it('cases.get masks phone and e-mail for roles without contacts.view, and gives them in full to the others', async () => {
    const { id } = await register(store, CONTACT);
    for (const who of WITHOUT_CONTACTS) expect(await store.run('cases.get', { id }, who)).toMatchObject({ ...MASKED, customerName: '张三' });
    for (const who of WITH_CONTACTS) expect(await store.run('cases.get', { id }, who)).toMatchObject(CONTACT);
  });

  it('cases.detail masks the record and the registration recorded in its timeline', async () => {
    const { id } = await register(store, CONTACT);
    const director = await store.run<CaseDetail>('cases.detail', { id }, 'director');
    expect(director.record).toMatchObject(MASKED);
    const registered = director.events.find((e) => e.command === 'cases.register')!;
    expect(registered.changes.phone).toEqual({ before: null, after: MASKED.phone });
    expect(registered.changes.email).toEqual({ before: null, after: MASKED.email });
    expect(JSON.stringify(director)).not.toContain('13812345678');
    expect(JSON.stringify(director)).not.toContain('zhang.san@');

    const agent = await store.run<CaseDetail>('cases.detail', { id }, 'agent');
    expect(agent.record).toMatchObject(CONTACT);
    expect(agent.events.find((e) => e.command === 'cases.register')!.changes.phone?.after).toBe(CONTACT.phone);
  });

  it('cases.detail masks the numbers and addresses written in the case’s texts, its entries and its history', async () => {
    const verifying = await caseAt(store, 'verifying', { ...CONTACT, description: '空调漏水，另可拨打138-1234-0000联系家人' });
    await store.run('verification.addContact', { caseId: verifying.id, channel: 'phone', contactedAt: store.clock.now - 60_000, summary: '客户改用邮箱 li.si@example.com 联系' }, 'agent');
    const director = await store.run<CaseDetail>('cases.detail', { id: verifying.id }, 'director');
    expect(director.record.description).toBe('空调漏水，另可拨打138****0000联系家人');
    expect(director.entries.find((e) => e.kind === 'contact')).toMatchObject({ summary: '客户改用邮箱 l***@example.com 联系' });
    expect(JSON.stringify(director)).not.toMatch(/13812340000|138-1234-0000|li\.si@/);
    const supervisor = await store.run<CaseDetail>('cases.detail', { id: verifying.id }, 'supervisor');
    expect(supervisor.record.description).toContain('138-1234-0000');
    expect(supervisor.entries.find((e) => e.kind === 'contact')).toMatchObject({ summary: '客户改用邮箱 li.si@example.com 联系' });
    // The stored case keeps what was typed.
    expect((await store.db.cases.get(verifying.id))!.description).toContain('138-1234-0000');
  });

  it('audit.forCase masks the same way; the stored events, and so their chain, stay as they were', async () => {
    const { id } = await register(store, CONTACT);
    const shown = await store.run<AuditEvent[]>('audit.forCase', { caseId: id }, 'admin');
    expect(shown[0]!.changes.phone?.after).toBe(MASKED.phone);
    const stored = await store.db.audit.where('[subject+n]').equals([id, 1]).first();
    expect(stored!.changes.phone?.after).toBe(CONTACT.phone);
    expect(shown[0]!.hash).toBe(stored!.hash);
    expect(await store.run('audit.verify', { subject: id }, 'director')).toEqual({ ok: true, events: 1 });
  });

  it('a director working on a case never writes the mask back', async () => {
    const grading = await caseAt(store, 'grading_review', CONTACT);
    const approved = await store.run<CaseRecord>('grading.approve', { caseId: grading.id }, 'director');
    expect(approved.status).toBe('planning');
    await store.run('attachments.add', { caseId: grading.id, name: 'photo.png', type: 'image/png', data: new Blob([new Uint8Array(10)]), step: 'grading' }, 'director');
    expect(await store.db.cases.get(grading.id)).toMatchObject(CONTACT);
    expect(await store.run('cases.get', { id: grading.id }, 'agent')).toMatchObject(CONTACT);
  });

  it('the tracking rows use the same mask', async () => {
    await register(store, { phone: '010-88886666', email: '' });
    const window = await store.run<{ rows: Array<{ phone: string }> }>('tracking.rows', { query: {} }, 'director');
    expect(window.rows[0]?.phone).toBe('010-****6666');
  });
});

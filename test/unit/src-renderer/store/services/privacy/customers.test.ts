import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerExport } from '../../../../../../src-renderer/domain/privacy/customer';
import type { CustomerMatches } from '../../../../../../src-renderer/store/services/privacy/customers';
import { caseAt } from '../../flow';
import { HOUR, openTestStore, refusal, register, type TestStore } from '../../fixtures';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

/** Three cases of 陈晓燕 (by phone, by e-mail, by both) and one of someone else. */
async function seed() {
  const first = await register(store, { customerName: '陈晓燕', phone: '13912345678', email: '', receivedAt: store.now() - 3 * HOUR });
  const second = await register(store, { customerName: '陈晓燕', phone: '', email: 'chen.xy@example.com', receivedAt: store.now() - 2 * HOUR });
  const third = await caseAt(store, 'verifying', { customerName: '陈小燕', phone: '13912345678', email: 'chen.xy@example.com' });
  await register(store, { customerName: '陈晓燕林', phone: '13700000000' });
  return { first, second, third };
}

describe('customers.find', () => {
  it('finds a customer’s cases by phone, by e-mail and by exact name, newest first', async () => {
    const { first, second, third } = await seed();
    const nos = async (key: Record<string, string>) => (await store.run<CustomerMatches>('customers.find', key, 'legal')).cases.map((c) => c.no);
    expect(await nos({ phone: '139 1234 5678' })).toEqual([third.no, first.no]);
    expect(await nos({ email: 'Chen.XY@example.com' })).toEqual([third.no, second.no]);
    // The exact name only: 陈晓燕林 contains it and is someone else.
    expect(await nos({ name: '陈晓燕' })).toEqual([second.no, first.no]);
    const [line] = (await store.run<CustomerMatches>('customers.find', { phone: '13912345678' }, 'admin')).cases;
    expect(line).toMatchObject({ id: third.id, no: third.no, receivedAt: third.receivedAt, status: 'verifying', customerName: '陈小燕', closedAt: null, anonymised: false });
    // Its contacts, to tell two people apart: masked for the administrator, as everywhere.
    expect(line!.phone).toMatch(/^139\*+5678$/);
  });

  it('finds by its exact name a customer whose name holds a number (an old ledger’s), as the administrator too', async () => {
    const ledger = await register(store, { customerName: '王先生13511112222', phone: '', email: 'wang@example.com' });
    await register(store, { customerName: '王先生', phone: '13511112222' });
    for (const role of ['legal', 'admin'] as const) {
      const found = (await store.run<CustomerMatches>('customers.find', { name: '王先生13511112222' }, role)).cases;
      // Shown as each role reads names: the number in it masked to the administrator.
      expect(found.map((line) => [line.no, line.customerName]), role).toEqual([[ledger.no, role === 'admin' ? '王先生135****2222' : '王先生13511112222']]);
    }
  });

  it('finds a landline however it was written, with or without the hyphen', async () => {
    const hyphen = await register(store, { customerName: '宏达贸易', customerType: 'business', phone: '021-61234567', receivedAt: store.now() - 2 * HOUR });
    const plain = await register(store, { customerName: '宏达贸易', customerType: 'business', phone: '02161234567', receivedAt: store.now() - HOUR });
    await register(store, { customerName: '别家', phone: '021-61234568' });
    for (const phone of ['021-61234567', '02161234567', '(021) 6123 4567']) {
      expect((await store.run<CustomerMatches>('customers.find', { phone }, 'legal')).cases.map((c) => c.no), phone).toEqual([plain.no, hyphen.no]);
    }
  });

  it('finds a letter writer known only by the postal address, as the administrator too, however its spaces and commas were typed', async () => {
    const address = '浙江省杭州市西湖区文三路88号3单元';
    const letter = { channel: 'letter', phone: '', email: '', customerName: '来信人', receivedAt: store.now() - 2 * HOUR };
    const first = await register(store, { ...letter, address });
    const second = await register(store, { ...letter, customerName: '王女士', address: '浙江省杭州市 西湖区，文三路８８号 3单元', receivedAt: store.now() - HOUR });
    // The same street, another door: someone else.
    await register(store, { ...letter, address: '浙江省杭州市西湖区文三路88号3单元502' });
    await register(store, { ...letter, address: '浙江省杭州市西湖区文三路8号3单元' });
    for (const who of ['legal', 'admin'] as const) {
      expect((await store.run<CustomerMatches>('customers.find', { address: ' 浙江省杭州市西湖区 文三路88号3单元 ' }, who)).cases.map((c) => c.no), who).toEqual([
        second.no,
        first.no,
      ]);
    }
    expect((await store.run<CustomerMatches>('customers.find', { address: '浙江省杭州市西湖区文三路' }, 'admin')).cases).toEqual([]);
  });

  it('finds an address as long as registration allows, longer than a search of the tracking table', async () => {
    const long = `内蒙古自治区${'某某盟某某旗某某苏木某某嘎查'.repeat(21)}牧民新村88号`.slice(-300);
    expect(long.length).toBe(300);
    const letter = await register(store, { channel: 'letter', phone: '', email: '', customerName: '来信人', address: long });
    await register(store, { channel: 'letter', phone: '', email: '', customerName: '邻居', address: `${long.slice(0, 299)}9` });
    expect((await store.run<CustomerMatches>('customers.find', { address: long }, 'legal')).cases.map((c) => c.no)).toEqual([letter.no]);
  });

  it('is for legal and the administrator only, and needs a key', async () => {
    await seed();
    for (const who of ['agent', 'supervisor', 'director', 'ops'] as const) {
      expect(refusal(await store.send('customers.find', { phone: '13912345678' }, who)).code).toBe('auth.forbidden');
    }
    expect(refusal(await store.send('customers.find', { phone: ' ' }, 'legal'))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'phone', code: 'validation.required' }],
    });
  });
});

/** Exports the cases found by the key, every one chosen as the customer's (as ticked in the list). */
async function exportChosen(key: Record<string, string>, role: 'admin' | 'legal'): Promise<CustomerExport> {
  const found = await store.run<CustomerMatches>('customers.find', key, role);
  return store.run<CustomerExport>('customers.export', { ...key, caseIds: found.cases.map((c) => c.id) }, role);
}

describe('customers.export', () => {
  it('refuses to export cases that may be two people’s without a choice, and exports only the ones chosen', async () => {
    const { first, second, third } = await seed();
    const namesake = await register(store, { customerName: '陈晓燕', phone: '13600001111', email: '', receivedAt: store.now() - HOUR });
    const found = await store.run<CustomerMatches>('customers.find', { name: '陈晓燕' }, 'legal');
    expect(found.cases.map((c) => c.no)).toEqual([namesake.no, second.no, first.no]);
    // Two 陈晓燕 of two phones: said, and the export without a choice refused, writing nothing.
    expect(found.differing).toEqual(['phone']);
    const before = await store.counts();
    expect(refusal(await store.send('customers.export', { name: '陈晓燕' }, 'legal'))).toEqual({ code: 'privacy.chooseCases', params: { fields: found.differing } });
    expect(await store.counts()).toEqual(before);
    const one = await store.run<CustomerExport>('customers.export', { name: '陈晓燕', caseIds: [first.id] }, 'legal');
    expect(one.cases.map((c) => c.record.no)).toEqual([first.no]);
    // A case the key does not find (another customer's) is refused by count, nothing exported.
    expect(refusal(await store.send('customers.export', { name: '陈晓燕', caseIds: [first.id, third.id] }, 'legal'))).toEqual({ code: 'privacy.notCustomersCase', params: { count: 1 } });
    expect(refusal(await store.send('customers.export', { name: '陈晓燕', caseIds: [] }, 'legal'))).toMatchObject({ fields: [{ field: 'caseIds', code: 'validation.noCasesChosen' }] });
    // Found by a name, even cases that do not disagree (one left a phone, the other an e-mail) are chosen, as the list ticks none.
    expect(refusal(await store.send('customers.export', { name: '陈晓燕林' }, 'legal'))).toEqual({ code: 'privacy.chooseCasesOfKey' });
  });

  it('holds everything about the customer, unmasked even for the administrator', async () => {
    const { first, third } = await seed();
    await store.run('verification.addContact', { caseId: third.id, channel: 'phone', contactedAt: store.now() - HOUR, summary: '客户补充了地址' });
    await store.run('attachments.add', { caseId: third.id, name: '签收单.png', type: 'image/png', data: new Blob([new Uint8Array(64)]), step: 'verification' });
    // 陈小燕 and 陈晓燕 on one phone: the cases are chosen as the customer's, all of them here.
    const exported = await exportChosen({ phone: '13912345678' }, 'admin');
    expect(exported).toMatchObject({ format: 'complaint-desk/customer-export', version: 1, key: { kind: 'phone', value: '13912345678' }, exportedBy: { id: 'u-admin' } });
    expect(exported.cases.map((c) => c.record.id)).toEqual([third.id, first.id]);
    const [withEntries] = exported.cases;
    expect(withEntries!.record).toMatchObject({ phone: '13912345678', email: 'chen.xy@example.com', customerName: '陈小燕' });
    expect(withEntries!.entries.map((e) => e.kind)).toEqual(['contact']);
    expect(withEntries!.attachments).toEqual([expect.objectContaining({ name: '签收单.png', type: 'image/png', size: 64 })]);
    expect(withEntries!.attachments[0]).not.toHaveProperty('data');
  });

  it('is audited with the kind of key, the number of cases and which cases, never the personal data', async () => {
    await seed();
    const exported = await exportChosen({ email: 'chen.xy@example.com' }, 'legal');
    const events = await store.db.audit.where('[subject+n]').between(['customer-export', 0], ['customer-export', Infinity]).toArray();
    expect(events).toHaveLength(1);
    const caseNos = exported.cases.map((c) => c.record.no);
    expect(caseNos).toHaveLength(2);
    expect(events[0]).toMatchObject({ command: 'customers.export', actor: { id: 'u-legal', role: 'legal' }, changes: {}, detail: { key: 'email', cases: 2, caseNos } });
    expect(JSON.stringify(events[0])).not.toContain('chen.xy');
    expect(await store.run('audit.verify', { subject: 'customer-export' }, 'admin')).toEqual({ ok: true, events: 1 });
  });

  it('refuses other roles and writes nothing then', async () => {
    await seed();
    const before = await store.counts();
    expect(refusal(await store.send('customers.export', { phone: '13912345678' }, 'director')).code).toBe('auth.forbidden');
    expect(await store.counts()).toEqual(before);
  });
});

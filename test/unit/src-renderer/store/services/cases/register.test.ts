import { afterEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { NOW, ok, openTestStore, refusal, register, registration, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const HOUR = 3600_000;

describe('cases.register', () => {
  it('stores the validated, trimmed case with its number, status, intake agent and running response clock', async () => {
    store = await openTestStore();
    const record = await register(store, {
      customerName: '  李四 ',
      phone: '+86 139 0000 1111',
      email: ' LI@Example.com ',
      severity: 'major',
      channel: 'regulator_12315',
      referralNo: 'GS-2026-001',
    });
    const agent = { id: 'u-agent', name: '客服小王' };
    expect(record).toMatchObject({
      no: 'TS-20261123-0001',
      receivedAt: NOW - HOUR,
      registeredAt: NOW,
      updatedAt: NOW,
      channel: 'regulator_12315',
      customerName: '李四',
      customerType: 'individual',
      phone: '13900001111',
      email: 'li@example.com',
      demands: [],
      demandNote: '',
      product: '',
      orderNo: '',
      amount: null,
      initialSeverity: 'major',
      severity: 'major',
      status: 'registered',
      owner: agent,
      intakeAgent: agent,
      archived: 0,
      reopenCount: 0,
      responseDueAt: NOW + HOUR,
      nextDueAt: NOW + HOUR,
    });
    // Major: 2 h counted from the time the complaint was received, not registered.
    expect(record.clocks.response).toMatchObject({ kind: 'response', mode: 'calendar', state: 'running', startedAt: NOW - HOUR, dueAt: NOW + HOUR });
    expect(Object.keys(record.clocks)).toEqual(['response']);
    expect(await store.db.cases.get(record.id)).toEqual(record);
  });

  it('keeps the intake details: customer type, demands, product, order and amount', async () => {
    store = await openTestStore();
    const record = await register(store, {
      customerType: 'business',
      demands: ['refund', 'other'],
      demandNote: ' 开具发票 ',
      product: '空气净化器',
      orderNo: 'JD-1234',
      amount: 1299.5,
    });
    expect(record).toMatchObject({ customerType: 'business', demands: ['refund', 'other'], demandNote: '开具发票', product: '空气净化器', orderNo: 'JD-1234', amount: 1299.5 });
    expect('initialCategory' in record).toBe(false);
    // 初判类别 is kept apart from the category grading will set.
    expect(await register(store, { category: 'billing' })).toMatchObject({ category: 'billing', initialCategory: 'billing' });
  });

  it('lets agents, supervisors and directors register, and nobody else', async () => {
    store = await openTestStore();
    for (const who of ['agent', 'supervisor'] as const) expect((await register(store, {}, who)).intakeAgent.id).toBe(`u-${who}`);
    expect((await register(store, { ownerId: 'u-agent2' }, 'director')).intakeAgent.id).toBe('u-director');
    for (const who of ['ops', 'legal', 'admin'] as const) {
      expect(refusal(await store.send('cases.register', registration(), who)).code).toBe('auth.forbidden');
    }
    expect(await store.counts()).toMatchObject({ cases: 3, audit: 3 });
  });

  it('gives a case a director registers to the agent or supervisor they name, who screens it and hears of its deadline', async () => {
    store = await openTestStore();
    const before = await store.snapshot();
    // Left with the director, nobody would screen it: the director names who takes it on.
    expect(refusal(await store.send('cases.register', registration(), 'director')).fields).toEqual([{ field: 'ownerId', code: 'validation.ownerInvalid' }]);
    for (const ownerId of ['u-director', 'u-ops', 'u-nobody']) {
      expect(refusal(await store.send('cases.register', registration({ ownerId }), 'director')).fields).toEqual([{ field: 'ownerId', code: 'validation.ownerInvalid' }]);
    }
    expect(await store.snapshot()).toEqual(before);
    const record = await register(store, { ownerId: 'u-agent2' }, 'director');
    expect({ owner: record.owner?.id, intakeAgent: record.intakeAgent.id }).toEqual({ owner: 'u-agent2', intakeAgent: 'u-director' });
    ok(await store.send('screening.accept', { caseId: record.id, note: '符合受理条件' }, 'agent2'));
    // A supervisor (who assigns cases) may hand one taken at their desk straight to an agent; an agent may
    // not hand theirs over (cases.assign is the supervisor's); left blank, it is theirs.
    expect((await register(store, { ownerId: 'u-agent' }, 'supervisor')).owner?.id).toBe('u-agent');
    const beforeAgent = await store.snapshot();
    expect(refusal(await store.send('cases.register', registration({ ownerId: 'u-agent2' }), 'agent'))).toEqual({ code: 'auth.forbidden', params: { role: 'agent', permission: 'cases.assign' } });
    expect(await store.snapshot()).toEqual(beforeAgent);
    expect((await register(store)).owner?.id).toBe('u-agent');
    expect((await register(store, { ownerId: 'u-agent' })).owner?.id).toBe('u-agent');
  });

  it('starts the audit chain of the case with who registered it and every field', async () => {
    store = await openTestStore();
    const record = await register(store);
    const audit = await store.db.audit.toArray();
    expect(audit).toHaveLength(1);
    const [event] = audit;
    expect(event).toMatchObject({
      subject: record.id,
      n: 1,
      at: NOW,
      actor: { id: 'u-agent', name: '客服小王', role: 'agent' },
      command: 'cases.register',
      prevHash: GENESIS_HASH,
    });
    expect(event!.changes.no).toEqual({ before: null, after: 'TS-20261123-0001' });
    expect(event!.changes.status).toEqual({ before: null, after: 'registered' });
    expect(event!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyChain(audit)).toEqual({ ok: true, events: 1 });
  });

  it('registers a letter with only the address to answer it at, and keeps no empty address or ticket number', async () => {
    store = await openTestStore();
    const letter = await register(store, { channel: 'letter', phone: '', email: '', address: ' 浙江省杭州市西湖区文三路 88 号 ' });
    expect(await store.db.cases.get(letter.id)).toMatchObject({ phone: '', email: '', address: '浙江省杭州市西湖区文三路 88 号', contactKeys: [] });
    const call = await register(store, { address: '  ', referralNo: '' });
    const stored = (await store.db.cases.get(call.id))!;
    expect(['address' in stored, 'referralNo' in stored]).toEqual([false, false]);
    expect(refusal(await store.send('cases.register', registration({ phone: '', email: '', address: ' ' }))).fields).toEqual([
      { field: 'phone', code: 'validation.contactRequired' },
    ]);
  });

  it('refuses a source ticket number the desk has registered already, naming that case, and writes nothing', async () => {
    store = await openTestStore();
    const first = await register(store, { channel: 'regulator_12315', referralNo: '1433010020261125000815' });
    expect(first.referralNo).toBe('1433010020261125000815');
    const before = await store.counts();
    // Typed again with spaces and full-width digits: the same ticket.
    const again = refusal(await store.send('cases.register', registration({ channel: 'regulator_12315', referralNo: '14330100 2026112500081５' })));
    expect(again).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'referralNo', code: 'validation.referralNoTaken', params: { no: first.no } }],
    });
    expect(await store.counts()).toEqual(before);
    expect((await register(store, { referralNo: '1433010020261125000816' })).no).toBe('TS-20261123-0002');
  });

  it('refuses a source ticket number an imported case came with as its old system number', async () => {
    store = await openTestStore();
    const imported = await register(store);
    await store.db.cases.update(imported.id, { externalId: '1433010020261101000777' });
    expect(refusal(await store.send('cases.register', registration({ referralNo: '1433010020261101000777' }))).fields).toEqual([
      { field: 'referralNo', code: 'validation.referralNoTaken', params: { no: imported.no } },
    ]);
  });

  it('numbers the cases of a day 0001, 0002, 0003', async () => {
    store = await openTestStore();
    const numbers: string[] = [];
    for (let i = 0; i < 3; i += 1) numbers.push((await register(store)).no);
    expect(numbers).toEqual(['TS-20261123-0001', 'TS-20261123-0002', 'TS-20261123-0003']);
  });

  it('numbers 50 concurrent registrations gap-free, without duplicates', async () => {
    store = await openTestStore();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.send('cases.register', registration({ customerName: `客户${i}` }))),
    );
    const numbers = results.map((r) => ok<CaseRecord>(r).no).sort();
    const expected = Array.from({ length: 50 }, (_, i) => `TS-20261123-${String(i + 1).padStart(4, '0')}`);
    expect(numbers).toEqual(expected);
    expect(await store.counts()).toEqual({ cases: 50, counters: 1, audit: 50 });
    expect((await store.db.counters.get('case-no:20261123'))?.value).toBe(50);
    expect(store.events).toHaveLength(50);
  });

  it('restarts at 0001 on the next day, by the host clock rather than the received time', async () => {
    let now = new Date(2026, 10, 23, 23, 59, 30).getTime();
    store = await openTestStore({ now: () => now });
    expect((await register(store, { receivedAt: now - HOUR })).no).toBe('TS-20261123-0001');
    expect((await register(store, { receivedAt: now - HOUR })).no).toBe('TS-20261123-0002');
    now = new Date(2026, 10, 24, 0, 0, 5).getTime();
    // Received yesterday, registered today: today's number.
    expect((await register(store, { receivedAt: now - HOUR })).no).toBe('TS-20261124-0001');
    expect((await register(store, { receivedAt: now - 60_000 })).no).toBe('TS-20261124-0002');
    now = new Date(2026, 10, 23, 12, 0).getTime();
    expect((await register(store, { receivedAt: now - HOUR })).no).toBe('TS-20261123-0003');
  });

  it('refuses a received time in the future of the host clock', async () => {
    store = await openTestStore();
    const result = await store.send('cases.register', registration({ receivedAt: NOW + 2 * 60_000 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.fields).toEqual([
      { field: 'receivedAt', code: 'validation.notInFuture', params: { max: NOW + 60_000 } },
    ]);
    expect(await store.counts()).toEqual({ cases: 0, counters: 0, audit: 0 });
  });

  it('refuses a 5001-character description with validation.tooLong', async () => {
    store = await openTestStore();
    const result = await store.send('cases.register', registration({ description: 'x'.repeat(5001) }));
    expect(!result.ok && result.error).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'description', code: 'validation.tooLong', params: { max: 5000 } }],
    });
    expect(await store.counts()).toEqual({ cases: 0, counters: 0, audit: 0 });
  });

  it('does not use a number refused input would have taken', async () => {
    store = await openTestStore();
    await register(store);
    await store.send('cases.register', registration({ phone: 'abc' }));
    expect((await register(store)).no).toBe('TS-20261123-0002');
  });

  it('ignores fields the form does not own', async () => {
    store = await openTestStore();
    const record = await register(store, { no: 'TS-20990101-9999', status: 'closed', id: 'mine' });
    expect(record.no).toBe('TS-20261123-0001');
    expect(record.status).toBe('registered');
    expect(record.id).not.toBe('mine');
  });
});

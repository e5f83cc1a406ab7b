import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { RepeatAnswer } from '../../../../../../src-renderer/store/services/cases/queries';
import { caseAt } from '../../flow';
import { NOW, ok, openTestStore, refusal, register, type TestStore, type Who } from '../../fixtures';
import type { AuditEvent } from '../../../../../../src-renderer/domain/audit/chain';

let store: TestStore;
afterEach(async () => store?.close());

const correct = (caseId: string, args: Record<string, unknown>, who: Who = 'agent') => store.send('cases.correct', { caseId, ...args }, who);

describe('cases.correct (更正登记信息)', () => {
  it('puts the changed fields right, normalised as at registration, and keeps which, why, who and when', async () => {
    store = await openTestStore();
    const record = await register(store, { phone: '13812345678', channel: 'phone', demands: ['refund'] });
    store.clock.now = NOW + 60_000;
    const next = ok<CaseRecord>(
      await correct(record.id, {
        reason: ' 登记时电话输错一位 ',
        phone: '139 0000 1111',
        address: ' 浙江省杭州市西湖区文三路 90 号 ',
        channel: 'walk_in',
        // As registered: not a change.
        customerName: '张三',
        demands: ['refund'],
      }),
    );
    expect(next).toMatchObject({ phone: '13900001111', address: '浙江省杭州市西湖区文三路 90 号', channel: 'walk_in', customerName: '张三', status: 'registered' });
    expect(next.corrections).toEqual([
      { fields: ['channel', 'phone', 'address'], reason: '登记时电话输错一位', at: NOW + 60_000, by: { id: 'u-agent', name: '客服小王' } },
    ]);
    // Nothing else moved: the response clock and the received time are as registered.
    expect(next.clocks).toEqual(record.clocks);
    expect(next.receivedAt).toBe(record.receivedAt);
    expect(await store.db.cases.get(record.id)).toEqual(next);
  });

  it('records the values before and after in the audit chain, and the chain still verifies', async () => {
    store = await openTestStore();
    const record = await register(store, { phone: '13812345678', description: '快递三天未送达。' });
    ok(await correct(record.id, { reason: '客户补充', phone: '13900001111', description: '快递五天未送达，外包装破损。' }));
    const events = ok<AuditEvent[]>(await store.send('audit.forCase', { caseId: record.id }));
    const last = events.at(-1)!;
    expect(last.command).toBe('cases.correct');
    expect(last.detail).toEqual({ reason: '客户补充', fields: ['phone', 'description'] });
    expect(last.changes.phone).toEqual({ before: '13812345678', after: '13900001111' });
    expect(last.changes.description).toEqual({ before: '快递三天未送达。', after: '快递五天未送达，外包装破损。' });
    expect(ok<{ ok: boolean }>(await store.send('audit.verify', { subject: record.id }, 'supervisor')).ok).toBe(true);
    expect(verifyChain(events, undefined).ok).toBe(true);
  });

  it('finds the customer by the corrected phone, no longer by the wrong one', async () => {
    store = await openTestStore();
    const earlier = await register(store, { phone: '13900001111' });
    const record = await register(store, { phone: '13812345678' });
    const repeats = async (phone: string) => ok<RepeatAnswer>(await store.send('cases.findRepeat', { phone, excludeId: earlier.id })).cases.map((c) => c.id);
    expect(await repeats('13900001111')).toEqual([]);
    ok(await correct(record.id, { reason: '电话输错', phone: '139-0000-1111' }));
    expect(await repeats('13900001111')).toEqual([record.id]);
    expect(ok<RepeatAnswer>(await store.send('cases.findRepeat', { phone: '13812345678' }))).toEqual({ cases: [], total: 0 });
  });

  it('works in every status, a closed case too, and adds to earlier corrections', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    ok(await correct(closed.id, { reason: '客户换了号码', phone: '13700000000' }));
    const again = ok<CaseRecord>(await correct(closed.id, { reason: '补充地址', address: '上海市浦东新区世纪大道 1 号' }, 'supervisor'));
    expect(again.status).toBe('closed');
    expect(again.corrections?.map((c) => [c.fields, c.by.id])).toEqual([
      [['phone'], 'u-agent'],
      [['address'], 'u-supervisor'],
    ]);
  });

  it('refuses, writing nothing: no change, no reason, an invalid value, no way left to reach the customer, 其他 without its note', async () => {
    store = await openTestStore();
    const record = await register(store, { phone: '13812345678', email: '' });
    const before = await store.snapshot();
    expect(refusal(await correct(record.id, { reason: '核对', phone: '138 1234 5678' })).code).toBe('cases.correctionUnchanged');
    expect(refusal(await correct(record.id, { reason: '  ', phone: '13900001111' })).fields).toMatchObject([{ field: 'reason', code: 'validation.required' }]);
    expect(refusal(await correct(record.id, { reason: '更正', phone: '12345' })).fields).toEqual([{ field: 'phone', code: 'validation.phoneFormat' }]);
    expect(refusal(await correct(record.id, { reason: '更正', customerName: '' })).fields).toMatchObject([{ field: 'customerName', code: 'validation.required' }]);
    expect(refusal(await correct(record.id, { reason: '更正', phone: '' })).fields).toEqual([{ field: 'phone', code: 'validation.contactRequired' }]);
    expect(refusal(await correct(record.id, { reason: '更正', demands: ['other'] })).fields).toEqual([{ field: 'demandNote', code: 'validation.required' }]);
    expect(refusal(await correct(record.id, { reason: '更正', receivedAt: NOW - 1 })).code).toBe('cases.correctionUnchanged');
    expect(await store.snapshot()).toEqual(before);
  });

  it('keeps a 12315 referral’s work order number: a correction to that channel brings one, and none takes it away', async () => {
    store = await openTestStore();
    const phoned = await register(store, {});
    const referral = await register(store, { channel: 'regulator_12315', referralNo: 'GS-2026-001' });
    const before = await store.snapshot();
    const code = [{ field: 'referralNo', code: 'validation.referralNoRequired' }];
    expect(refusal(await correct(phoned.id, { reason: '渠道登记错误', channel: 'regulator_12315' })).fields).toEqual(code);
    expect(refusal(await correct(referral.id, { reason: '清除工单号', referralNo: '' })).fields).toEqual(code);
    expect(await store.snapshot()).toEqual(before);
    ok(await correct(phoned.id, { reason: '渠道登记错误', channel: 'regulator_12315', referralNo: 'GS-2026-002' }));
    // An old referral without one (imported) still has its other details put right.
    await store.db.cases.update(referral.id, { referralNo: undefined });
    ok(await correct(referral.id, { reason: '号码有误', phone: '13900001111' }));
  });

  it('refuses a source ticket number another case holds, typed or imported, and accepts moving it off this case', async () => {
    store = await openTestStore();
    const holder = await register(store, { referralNo: '12315-A-001' });
    const record = await register(store, {});
    expect(refusal(await correct(record.id, { reason: '补录工单号', referralNo: '12315-a-001' })).fields).toEqual([
      { field: 'referralNo', code: 'validation.referralNoTaken', params: { no: holder.no } },
    ]);
    await store.db.cases.update(holder.id, { externalId: 'OLD-77' });
    expect(refusal(await correct(record.id, { reason: '补录工单号', referralNo: 'old-77' })).fields?.[0]?.code).toBe('validation.referralNoTaken');
    const moved = ok<CaseRecord>(await correct(holder.id, { reason: '工单号填错', referralNo: '' }));
    expect('referralNo' in moved).toBe(false);
    expect(ok<CaseRecord>(await correct(record.id, { reason: '补录工单号', referralNo: '12315-A-001' })).referralNo).toBe('12315-A-001');
  });

  it('lets whoever may register correct; contacts only for roles that see them', async () => {
    store = await openTestStore();
    const record = await register(store, { phone: '13812345678' });
    for (const who of ['ops', 'legal', 'admin'] as const) expect(refusal(await correct(record.id, { reason: '更正', product: '冰箱' }, who)).code).toBe('auth.forbidden');
    // A director sees the phone masked: it cannot put right what it cannot read.
    expect(refusal(await correct(record.id, { reason: '更正', phone: '13900001111' }, 'director'))).toMatchObject({
      code: 'cases.correctContactsHidden',
      params: { role: 'director' },
    });
    const byDirector = ok<CaseRecord>(await correct(record.id, { reason: '产品名称补全', product: '冰箱 BCD-520' }, 'director'));
    expect(byDirector.product).toBe('冰箱 BCD-520');
    // The answer is masked for the director, as cases.get is.
    expect(byDirector.phone).not.toBe('13812345678');
  });

  it('tells a director nothing about a hidden contact: any contact sent is refused alike, the right number too', async () => {
    store = await openTestStore();
    const record = await register(store, { phone: '13812345678' });
    for (const phone of ['13812345678', '13812340000']) {
      expect(refusal(await correct(record.id, { reason: '核对', phone }, 'director')).code).toBe('cases.correctContactsHidden');
    }
  });

  it('does not let a director save a text it reads masked, which would replace the real one', async () => {
    store = await openTestStore();
    const record = await register(store, { description: '请回电13912345678，冰箱丢件。' });
    const before = await store.snapshot();
    expect(refusal(await correct(record.id, { reason: '错字', description: '请回电139****5678，冰箱丢失。' }, 'director')).fields).toEqual([
      { field: 'description', code: 'validation.maskedText' },
    ]);
    expect(await store.snapshot()).toEqual(before);
    // An agent, who reads it whole, may.
    expect(ok<CaseRecord>(await correct(record.id, { reason: '错字', description: '请回电13912345678，冰箱丢失。' })).description).toBe('请回电13912345678，冰箱丢失。');
    // A text with nothing masked in it, a director may correct.
    const plain = await register(store, { description: '冰箱丢件。' });
    expect(ok<CaseRecord>(await correct(plain.id, { reason: '错字', description: '冰箱丢失。' }, 'director')).description).toBe('冰箱丢失。');
  });

  it('does not let a director correct a name it reads with a number masked in it', async () => {
    store = await openTestStore();
    const record = await register(store, { customerName: '王先生13511112222', phone: '', email: 'wang@example.com' });
    const before = await store.snapshot();
    expect(refusal(await correct(record.id, { reason: '错字', customerName: '王建国135****2222' }, 'director')).fields).toEqual([
      { field: 'customerName', code: 'validation.maskedText' },
    ]);
    expect(await store.snapshot()).toEqual(before);
    expect(ok<CaseRecord>(await correct(record.id, { reason: '拆分号码', customerName: '王先生' })).customerName).toBe('王先生');
    // A plain name a director may correct.
    expect(ok<CaseRecord>(await correct(record.id, { reason: '全名', customerName: '王建国' }, 'director')).customerName).toBe('王建国');
  });

  it('refuses an anonymised case: erased personal data is not written back', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    await store.db.cases.update(closed.id, { anonymisedAt: NOW, customerName: '（已匿名）', phone: '' });
    expect(refusal(await correct(closed.id, { reason: '更正', phone: '13900001111' }))).toMatchObject({ code: 'cases.correctAnonymised', params: { no: closed.no } });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../../../../../src-renderer/domain/clocks/calendar';
import type { ErasureRequest } from '../../../../../../src-renderer/domain/privacy/erasure';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { ErasureList, ErasureView } from '../../../../../../src-renderer/store/services/privacy/erasure-views';
import { caseAt, steps } from '../../flow';
import { DAY, HOUR, ok, openTestStore, refusal, type TestStore } from '../../fixtures';
import { executeAs, refuseAs, requestArgs } from './erasure-kit';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const ADDRESS = '浙江省杭州市西湖区文三路88号3单元502';
const PERSON = { customerName: '陈晓燕', phone: '13912345678', email: '', address: ADDRESS, socialPlatform: 'wechat', socialAccount: 'chenxy_1990' };
const KEY = { phone: '13912345678' };
/** Notes that name the customer by their address (shortened) and their account, as people write them. */
const NOTES = { requester: '陈晓燕', note: '回寄告知书至杭州市西湖区文三路88号3单元502', verification: 'other', verificationNote: '核对微信号 chenxy_1990' };

const record = (caseIds: string[], overrides: Record<string, unknown> = {}) => store.run<ErasureView>('erasure.record', requestArgs(store, KEY, caseIds, { ...NOTES, ...overrides }), 'legal');
const deliver = (no: string, args: Record<string, unknown> = {}) => store.send('erasure.deliver', { no, at: store.now(), method: 'post', to: ADDRESS, ...args }, 'legal');
const stored = async (no: string) => (await store.db.settings.get(`erasure:${no}`))!.value as ErasureRequest;

describe('erasure.deliver (告知书已送达)', () => {
  it('keeps the customer’s reference through an interim reply, masks it at the reply after closing, and redacts their address and account from the notes', async () => {
    const closed = await caseAt(store, 'closed', PERSON);
    const open = await caseAt(store, 'executing', PERSON);
    const { request } = await record([closed.id, open.id]);
    // Nothing answered yet: no reply to deliver, nothing written.
    const before = await store.snapshot();
    expect(refusal(await deliver(request.no))).toMatchObject({ code: 'erasure.notAnswered', params: { no: request.no } });
    expect(refusal(await store.send('erasure.deliver', { no: request.no, at: store.now(), method: 'post', to: ADDRESS }, 'agent')).code).toBe('auth.forbidden');
    expect(await store.snapshot()).toEqual(before);

    await executeAs(store, request.no);
    expect(refusal(await deliver(request.no, { at: store.now() - HOUR })).fields).toEqual([{ field: 'at', code: 'erasure.deliveredBeforeAnswer' }]);
    store.clock.now += DAY;
    // The interim reply (a case still waits): recorded, the reference kept.
    const interim = ok<ErasureView>(await deliver(request.no));
    expect(interim.request).toMatchObject({ masked: false, requester: '陈晓燕', deliveries: [{ method: 'post', to: ADDRESS, by: { id: 'u-legal' }, at: store.now() }] });

    await steps.completeExecution(store, open.id);
    await steps.satisfied(store, open.id);
    const completed = await executeAs(store, request.no);
    expect(completed).toMatchObject({ outcome: 'completed', awaitsDelivery: true, request: { masked: false, note: NOTES.note } });

    store.clock.now += DAY;
    const final = ok<ErasureView>(await deliver(request.no, { method: 'email', to: 'chen.xy@example.com' }));
    expect(final.awaitsDelivery).toBe(false);
    const kept = await stored(request.no);
    expect(kept).toMatchObject({
      masked: true,
      requester: '陈**',
      key: { value: '139****5678' },
      note: '回寄告知书至***',
      verificationNote: '核对微信号 ***',
      deliveries: [{ to: '浙江省杭州市****' }, { method: 'email', to: 'c***@example.com' }],
    });
    // The cases are anonymised: what identified the customer came from their audited history.
    expect(JSON.stringify(kept)).not.toMatch(/陈晓燕|文三路|chenxy|13912345678/);
    const events = await subjectEvents(store.db, `erasure:${request.no}`);
    expect(events.filter((e) => e.command === 'erasure.deliver').map((e) => e.detail)).toEqual([
      { method: 'post', final: false },
      { method: 'email', final: true },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/陈晓燕|文三路|chen\.xy|13912345678/);
    // Masked, it names nobody to deliver to.
    expect(refusal(await deliver(request.no))).toMatchObject({ code: 'erasure.delivered', params: { no: request.no } });
  });

  it('keeps a refused request’s reference until its reply is delivered', async () => {
    const closed = await caseAt(store, 'closed', PERSON);
    const { request } = await record([closed.id]);
    store.clock.now += 30_000;
    const refused = await refuseAs(store, request.no, '陈晓燕的身份无法核实');
    expect(refused).toMatchObject({ outcome: 'refused', awaitsDelivery: true, request: { requester: '陈晓燕', refusal: { reason: '陈晓燕的身份无法核实' } } });
    // Handed over in the minute it was refused, the time picked to the minute: the final reply all the same.
    ok(await deliver(request.no, { at: store.now() - 30_000, method: 'in_person' }));
    expect(await stored(request.no)).toMatchObject({ masked: true, refusal: { reason: '***的身份无法核实' } });
  });

  it('shows the administrator the notes masked as the cases’ texts are, their address and account included, until masked for good', async () => {
    const closed = await caseAt(store, 'closed', PERSON);
    const { request } = await record([closed.id], { note: '回寄告知书至浙江省杭州市西湖区文三路88号3单元502，或电话13912345678' });
    const seen = await store.run<ErasureView>('erasure.get', { no: request.no }, 'admin');
    expect(seen.request).toMatchObject({ note: '回寄告知书至浙江省杭州市****，或电话139****5678', verificationNote: '核对微信号 c****0', key: { value: '139****5678' } });
    const shortened = await record([closed.id]);
    expect((await store.run<ErasureView>('erasure.get', { no: shortened.request.no }, 'admin')).request.note).toBe('回寄告知书至杭州市****');
    expect((await store.run<ErasureView>('erasure.get', { no: request.no }, 'legal')).request.verificationNote).toBe('核对微信号 chenxy_1990');
  });
});

describe('erasure.list reminders', () => {
  it('counts the requests with a case to erase now and those whose final reply is not delivered', async () => {
    const open = await caseAt(store, 'executing', PERSON);
    const closed = await caseAt(store, 'closed', PERSON);
    const waiting = await record([open.id]);
    const done = await record([closed.id]);
    await executeAs(store, waiting.request.no);
    await executeAs(store, done.request.no);
    let listed = await store.run<ErasureList>('erasure.list', {}, 'legal');
    expect(listed).toMatchObject({ erasable: 0, undelivered: 1 });

    // The waiting case ends: nothing else says so.
    await steps.completeExecution(store, open.id);
    await steps.satisfied(store, open.id);
    listed = await store.run<ErasureList>('erasure.list', {}, 'legal');
    expect(listed).toMatchObject({ erasable: 1, undelivered: 1 });
    await executeAs(store, waiting.request.no);
    ok(await deliver(done.request.no));
    listed = await store.run<ErasureList>('erasure.list', {}, 'legal');
    expect(listed).toMatchObject({ erasable: 0, undelivered: 1 });
    expect(listed.requests.map((view) => [view.request.no, view.awaitsDelivery])).toEqual([
      [done.request.no, false],
      [waiting.request.no, true],
    ]);
  });
});

describe('requests kept in the settings table', () => {
  it('are no settings: settings.get and settings.update neither show nor touch them', async () => {
    const closed = await caseAt(store, 'closed', PERSON);
    const { request } = await record([closed.id]);
    const settings = await store.run<Record<string, unknown>>('settings.get', {}, 'admin');
    expect(Object.keys(settings).filter((key) => key.startsWith('erasure'))).toEqual([]);
    expect(JSON.stringify(settings)).not.toContain(request.no);
    expect(refusal(await store.send('settings.update', { key: `erasure:${request.no}`, value: {} }, 'admin')).fields?.[0]).toMatchObject({ field: 'key' });
    ok(await store.send('settings.update', { key: 'privacy', value: { retentionDays: 1095, alertLogDays: 365, erasureReplyDays: 20 } }, 'admin'));
    expect(await stored(request.no)).toMatchObject({ no: request.no, requester: '陈晓燕', dueAt: request.dueAt });
  });

  it('take the reply deadline past a day off of the desk’s calendar to the next working day', async () => {
    const closed = await caseAt(store, 'closed', PERSON);
    // Received Monday 23 November: the 15th day, Tuesday 8 December, made a day off.
    ok(await store.send('settings.update', { key: 'calendar', value: { ...DEFAULT_CALENDAR, extraHolidays: ['2026-12-08'] } }, 'admin'));
    const { request } = await record([closed.id], { receivedAt: new Date(2026, 10, 23, 9, 0).getTime() });
    expect(request.dueAt).toBe(new Date(2026, 11, 10).getTime() - 1);
  });
});

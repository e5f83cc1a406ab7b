import { afterEach, describe, expect, it } from 'vitest';
import { FeedMessage } from '../../../../../../src-main/core/alert-feed';
import { DEFAULT_ALERT_POLICY } from '../../../../../../src-main/core/alert-settings';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { DEFAULT_SLA, referralReplyDaysOf } from '../../../../../../src-renderer/domain/clocks/sla-settings';
import type { Settings } from '../../../../../../src-renderer/domain/settings/settings';
import { deadlineEntriesOf } from '../../../../../../src-renderer/store/alerts/entries';
import { BUILT_IN_VIEWS } from '../../../../../../src-renderer/domain/tracking/views';
import type { TrackingWindow } from '../../../../../../src-renderer/store/services/tracking/rows';
import { attachFeed, makeDeskUser, type AttachedFeed } from '../../alerts/helpers';
import { caseAt, steps } from '../../flow';
import { DAY, HOUR, NOW, ok, openTestStore, refusal, register, type TestStore } from '../../fixtures';

let store: TestStore;
let attached: AttachedFeed | undefined;
afterEach(async () => {
  attached?.feed.stop();
  attached = undefined;
  await store?.close();
});

/** Monday 23 November 2026 10:00 is NOW; the case came in an hour before. */
const RECEIVED = NOW - HOUR;
const DUE_7_DAYS = new Date(2026, 11, 2, 18, 0).getTime();
const referred = (deadline: Record<string, unknown> = { by: 'workingDays', days: 7 }) => ({ channel: 'regulator_12315', referralNo: 'GS-2026-001', referralDeadline: deadline });
const reply = (caseId: string, args: Record<string, unknown> = {}, who: 'agent' | 'supervisor' | 'director' | 'legal' = 'agent') =>
  store.send('cases.replyReferral', { caseId, at: NOW, replier: '李客服', method: 'platform', text: '已联系消费者，正在核实订单', final: false, ...args }, who);
const entriesOf = (record: CaseRecord) => deadlineEntriesOf(record, DEFAULT_ALERT_POLICY, () => undefined).map((e) => [e.clockKind, e.dueAt, e.paused]);

describe('转办反馈时限 at intake', () => {
  it('a 12315 case registered with 7 working days gets the deadline and its own clock, beside the response clock', async () => {
    store = await openTestStore();
    const c = await register(store, referred());
    expect(c.referralDeadline).toEqual({ dueAt: DUE_7_DAYS, workingDays: 7 });
    expect(c.clocks.referralReply).toMatchObject({ kind: 'referralReply', state: 'running', startedAt: RECEIVED, dueAt: DUE_7_DAYS });
    // The response clock counts as before.
    expect(c.clocks.response).toMatchObject({ state: 'running', dueAt: RECEIVED + 24 * HOUR });
    expect(c.nextDueAt).toBe(RECEIVED + 24 * HOUR);
    // It is alerted like the desk's own deadlines.
    expect(entriesOf(c)).toEqual([
      ['response', RECEIVED + 24 * HOUR, false],
      ['referralReply', DUE_7_DAYS, false],
    ]);
  });

  it('a date on the order earlier than the desk’s own deadlines comes first in the tracking table’s next-due order', async () => {
    store = await openTestStore();
    const urgent = await register(store, referred({ by: 'date', dueAt: NOW + 2 * HOUR }));
    const plain = await register(store, { customerName: '王五' });
    expect(urgent.nextDueAt).toBe(NOW + 2 * HOUR);
    const window = ok<TrackingWindow>(await store.send('tracking.rows', { query: { sort: { key: 'nextDueAt', dir: 'asc' } } }, 'supervisor'));
    expect(window.rows.map((r) => [r.id, r.nextDueAt])).toEqual([
      [urgent.id, NOW + 2 * HOUR],
      [plain.id, plain.clocks.response!.dueAt],
    ]);
  });

  it('refuses a deadline on a case that is no 12315 referral, or one not after receipt, writing nothing', async () => {
    store = await openTestStore();
    const before = await store.snapshot();
    const phone = await store.send('cases.register', { ...registration(), channel: 'phone', referralDeadline: { by: 'workingDays', days: 7 } });
    expect(refusal(phone).fields).toEqual([{ field: 'referralDeadline', code: 'validation.referralDeadlineChannel' }]);
    const early = await store.send('cases.register', { ...registration(), ...referred({ by: 'date', dueAt: RECEIVED - HOUR }) });
    expect(refusal(early).fields).toEqual([{ field: 'referralDeadline', code: 'validation.referralDueBeforeReceipt' }]);
    expect(await store.snapshot()).toEqual(before);
  });
});

describe('the centre’s default in Settings', () => {
  it('is 7 working days for settings saved before it existed, editable by the admin within 1 to 60 whole days', async () => {
    store = await openTestStore();
    // An SLA saved by an earlier version: no referral default in it.
    const { referralReplyDays: _none, ...older } = DEFAULT_SLA;
    await store.db.settings.put({ key: 'sla', value: older });
    expect(referralReplyDaysOf(ok<Settings>(await store.send('settings.get', {}, 'admin')).sla)).toBe(7);
    const before = await store.snapshot();
    // Out of range is said as for every settings number, with the range.
    for (const [days, code] of [[0, 'settings.outOfRange'], [61, 'settings.outOfRange'], [7.5, 'validation.wholeNumber']] as const) {
      const refused = refusal(await store.send('settings.update', { key: 'sla', value: { ...older, referralReplyDays: days } }, 'admin'));
      expect(refused.fields?.map((f) => [f.field, f.code])).toEqual([['sla.referralReplyDays', code]]);
    }
    expect(await store.snapshot()).toEqual(before);
    ok(await store.send('settings.update', { key: 'sla', value: { ...older, referralReplyDays: 10 } }, 'admin'));
    expect(ok<Settings>(await store.send('settings.get', {}, 'agent')).sla.referralReplyDays).toBe(10);
  });
});

describe('cases.replyReferral (回复转办单位)', () => {
  it('records an interim reply (the deadline keeps running) and the final one (met), oldest first, each audited with its timeline text', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying', referred());
    store.clock.now = NOW + DAY;
    const interim = ok<CaseRecord>(await reply(c.id, { at: NOW + 2 * HOUR }));
    expect(interim.clocks.referralReply!.state).toBe('running');
    expect(interim.nextDueAt).toBeDefined();
    store.clock.now = NOW + 3 * DAY;
    const final = ok<CaseRecord>(await reply(c.id, { at: NOW + 3 * DAY - HOUR, replier: '陈主管', method: 'letter', text: '已为消费者退款并道歉，已书面回复', final: true }, 'supervisor'));
    expect(final.referralReplies).toEqual([
      { at: NOW + 2 * HOUR, replier: '李客服', method: 'platform', text: '已联系消费者，正在核实订单', final: false, recordedAt: NOW + DAY, recordedBy: { id: 'u-agent', name: expect.any(String) } },
      { at: NOW + 3 * DAY - HOUR, replier: '陈主管', method: 'letter', text: '已为消费者退款并道歉，已书面回复', final: true, recordedAt: NOW + 3 * DAY, recordedBy: { id: 'u-supervisor', name: expect.any(String) } },
    ]);
    expect(final.clocks.referralReply).toMatchObject({ state: 'met', completedAt: NOW + 3 * DAY - HOUR });
    // Answered: no more alert for it; the case's own deadlines are untouched.
    expect(entriesOf(final).map(([kind]) => kind)).toEqual(['verification']);
    expect(final.clocks.verification).toEqual(c.clocks.verification);
    const events = await store.db.audit.where('[subject+n]').between([c.id, 0], [c.id, Infinity]).toArray();
    expect(events.filter((e) => e.command === 'cases.replyReferral').map((e) => e.detail)).toEqual([
      { reason: '已联系消费者，正在核实订单', final: false, method: 'platform', replier: '李客服', at: NOW + 2 * HOUR },
      { reason: '已为消费者退款并道歉，已书面回复', final: true, method: 'letter', replier: '陈主管', at: NOW + 3 * DAY - HOUR },
    ]);
  });

  it('a final reply after the deadline is missed', async () => {
    store = await openTestStore();
    const c = await register(store, referred({ by: 'date', dueAt: NOW + DAY }));
    store.clock.now = NOW + 2 * DAY;
    const late = ok<CaseRecord>(await reply(c.id, { at: NOW + 2 * DAY, final: true }));
    expect(late.clocks.referralReply).toMatchObject({ state: 'missed', completedAt: NOW + 2 * DAY });
  });

  it('refuses a case without a deadline, a reply dated in the future or before receipt, no text, and roles that do not handle cases — writing nothing', async () => {
    store = await openTestStore();
    const plain = await register(store, { channel: 'regulator_12315', referralNo: 'GS-2026-001' });
    const c = await register(store, { ...referred(), referralNo: 'GS-2026-002' });
    const before = await store.snapshot();
    expect(refusal(await reply(plain.id))).toEqual({ code: 'referral.noDeadline', params: { no: plain.no } });
    expect(refusal(await reply(c.id, { at: NOW + HOUR })).fields).toEqual([{ field: 'at', code: 'validation.notInFuture', params: { max: NOW + 60_000 } }]);
    expect(refusal(await reply(c.id, { at: RECEIVED - 1 })).fields).toEqual([{ field: 'at', code: 'validation.replyBeforeReceipt' }]);
    expect(refusal(await reply(c.id, { text: '  ' })).fields).toEqual([{ field: 'text', code: 'validation.required', params: { min: 1 } }]);
    expect(refusal(await reply(c.id, { method: 'fax' })).fields).toEqual([{ field: 'method', code: 'validation.chooseOne' }]);
    for (const who of ['director', 'legal'] as const) expect(refusal(await reply(c.id, {}, who)).code).toBe('auth.forbidden');
    expect(await store.snapshot()).toEqual(before);
  });
});

describe('the deadline when the case ends', () => {
  it('a closed case still owes its reply: the deadline keeps running, sorts and alerts, and the reply can be recorded', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'closed', referred());
    expect(c.clocks.referralReply!.state).toBe('running');
    expect(c.nextDueAt).toBe(DUE_7_DAYS);
    expect(entriesOf(c)).toEqual([['referralReply', DUE_7_DAYS, false]]);
    // The full feed at start reads the ended cases not yet archived for it.
    await makeDeskUser(store, 'ops');
    attached = attachFeed(store);
    await attached.feed.start();
    const [message] = await attached.take();
    const parsed = FeedMessage.parse(message);
    if (parsed.type !== 'reset') throw new Error('expected a reset');
    expect(parsed.entries.map((e) => e.key)).toEqual([`${c.id}:referralReply`]);
    const done = ok<CaseRecord>(await reply(c.id, { final: true }));
    expect(done.status).toBe('closed');
    expect(done.clocks.referralReply!.state).toBe('met');
    expect(done.nextDueAt).toBeUndefined();
    expect(entriesOf(done)).toEqual([]);
  });

  it('keeps a closed case owing its reply in the 已超时 and 我的待办 views (a notification opens the first), until the final reply', async () => {
    store = await openTestStore();
    const owing = await caseAt(store, 'closed', referred({ by: 'date', dueAt: NOW + HOUR }));
    const done = await caseAt(store, 'closed');
    const view = async (id: string) => {
      const { filter } = BUILT_IN_VIEWS.find((v) => v.id === id)!;
      return ok<TrackingWindow>(await store.send('tracking.rows', { query: { filter } }, 'agent')).rows.map((r) => r.id);
    };
    expect(await view('mine')).toEqual([owing.id]);
    store.clock.now = NOW + 2 * HOUR;
    expect(await view('overdue')).toEqual([owing.id]);
    ok(await reply(owing.id, { at: store.now(), final: true }));
    expect(await view('overdue')).toEqual([]);
    expect(await view('mine')).not.toContain(done.id);
  });

  it('termination stops it like the other clocks (no alert), and the final reply is still judged against the order’s date', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying', referred());
    store.clock.now = NOW + DAY;
    const ended = await steps.terminate(store, c.id);
    expect(ended.clocks.referralReply).toMatchObject({ state: 'paused', dueAt: DUE_7_DAYS });
    expect(entriesOf(ended)).toEqual([]);
    store.clock.now = NOW + 2 * DAY;
    const done = ok<CaseRecord>(await reply(c.id, { at: NOW + 2 * DAY, text: '消费者已撤诉，已回复12315', final: true }));
    expect(done.clocks.referralReply).toMatchObject({ state: 'met', completedAt: NOW + 2 * DAY });
  });
});

describe('the deadline through 更正登记信息', () => {
  it('sets it on a referral registered without one, audited with the field; refuses it on another channel and once the final reply is in', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying', { channel: 'regulator_12315', referralNo: 'GS-2026-003' });
    const corrected = ok<CaseRecord>(await store.send('cases.correct', { caseId: c.id, reason: '补录12315工单时限', referralDeadline: { by: 'workingDays', days: 7 } }));
    expect(corrected.referralDeadline).toEqual({ dueAt: DUE_7_DAYS, workingDays: 7 });
    expect(corrected.clocks.referralReply).toMatchObject({ state: 'running', dueAt: DUE_7_DAYS, startedAt: RECEIVED });
    expect(corrected.corrections!.at(-1)!.fields).toEqual(['referralDeadline']);
    const before = await store.snapshot();
    const phone = await store.send('cases.correct', { caseId: c.id, reason: '渠道登记错误', channel: 'phone' });
    expect(refusal(phone).fields).toEqual([{ field: 'channel', code: 'validation.referralDeadlineChannel' }]);
    expect(await store.snapshot()).toEqual(before);
    ok(await reply(c.id, { final: true }));
    const moved = await store.send('cases.correct', { caseId: c.id, reason: '时限改为10个工作日', referralDeadline: { by: 'workingDays', days: 10 } });
    expect(refusal(moved).fields).toEqual([{ field: 'referralDeadline', code: 'validation.referralReplied' }]);
  });
});

function registration(): Record<string, unknown> {
  return { receivedAt: RECEIVED, channel: 'regulator_12315', referralNo: 'GS-2026-010', customerName: '张三', phone: '13812345678', description: '12315转来：快递延误', severity: 'general' };
}

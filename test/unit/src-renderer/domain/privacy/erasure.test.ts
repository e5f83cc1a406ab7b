import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import type { LegalHold } from '../../../../../src-renderer/domain/cases/legal-hold';
import { referralClock, settleReferralClock } from '../../../../../src-renderer/domain/cases/referral-reply';
import { pauseClock } from '../../../../../src-renderer/domain/clocks/clock';
import { createCalendar, DEFAULT_CALENDAR } from '../../../../../src-renderer/domain/clocks/calendar';
import { CASE_STATUSES, FINAL_STATUSES } from '../../../../../src-renderer/domain/lifecycle/machine';
import { CustomerKeyInput, matchesCustomer } from '../../../../../src-renderer/domain/privacy/customer';
import {
  DEFAULT_ERASURE_REPLY_DAYS,
  DeliverErasureInput,
  erasureReplyDaysOf,
  erasureReplyDueAt,
  formatErasureNumber,
  RecordErasureInput,
  type ErasureRequest,
} from '../../../../../src-renderer/domain/privacy/erasure';
import {
  awaitsDelivery,
  countStates,
  erasureDisposition,
  erasureOutcome,
  deliveredTooEarly,
  isFinalDelivery,
  isOverdue,
  maskDestination,
  maskedRequest,
  maskKey,
  maskName,
  requestDisposition,
} from '../../../../../src-renderer/domain/privacy/erasure-cases';
import { differingContacts, erasureIdentifiers, preselected } from '../../../../../src-renderer/domain/privacy/erasure-match';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = new Date(2026, 11, 1, 10, 0).getTime();
const staff = { id: 'u-legal', name: '法务郑' };
const CALENDAR = createCalendar(DEFAULT_CALENDAR);

const hold = (released: LegalHold['released'] = null): LegalHold => ({
  kind: 'litigation',
  reason: '客户起诉',
  reference: '（2026）沪0115民初1234号',
  until: null,
  placedAt: NOW - DAY,
  placedBy: staff,
  released,
});

function request(overrides: Partial<ErasureRequest> = {}): ErasureRequest {
  return {
    no: 'SC-20261201-001',
    receivedAt: NOW - DAY,
    channel: 'phone',
    requester: '陈晓燕',
    key: { kind: 'phone', value: '13912345678' },
    verification: 'registered_phone',
    verificationNote: '回拨13912345678确认',
    grounds: 'consent_withdrawn',
    note: '陈晓燕要求删除，邮箱 chen.xy@example.com',
    cases: [{ id: 'c-1', no: 'TS-20261101-0001' }],
    dueAt: erasureReplyDueAt(NOW - DAY, 15, CALENDAR),
    recordedAt: NOW,
    recordedBy: staff,
    executions: [],
    refusal: null,
    closedAt: null,
    deliveries: [],
    masked: false,
    ...overrides,
  };
}

describe('erasureDisposition (what a deletion request does with each case)', () => {
  it('erases every finished case now, whatever its retention period, and lets every other status wait while it is handled', () => {
    for (const status of CASE_STATUSES) {
      const expected = FINAL_STATUSES.includes(status) ? { state: 'eligible' } : { state: 'waiting', reason: 'handling' };
      expect(erasureDisposition({ status, clocks: {} }), status).toEqual(expected);
    }
  });

  it('treats a finished case still owing its 12315 reply as open — a terminated one too, whose reply clock stands still — and one replied to finally as finished', () => {
    const calendar = createCalendar();
    const owing = referralClock({ receivedAt: NOW - DAY, status: 'closed', termination: undefined } as unknown as CaseRecord, NOW + DAY, NOW - DAY, calendar);
    expect(erasureDisposition({ status: 'closed', clocks: { referralReply: owing } })).toEqual({ state: 'waiting', reason: 'referralReply' });
    expect(erasureDisposition({ status: 'redirected', clocks: { referralReply: owing } })).toEqual({ state: 'waiting', reason: 'referralReply' });
    const stopped = pauseClock(owing, NOW, '客户撤诉', calendar);
    expect(erasureDisposition({ status: 'terminated', clocks: { referralReply: stopped }, termination: { at: NOW } as CaseRecord['termination'] })).toEqual({
      state: 'waiting',
      reason: 'referralReply',
    });
    expect(erasureDisposition({ status: 'terminated', clocks: { referralReply: settleReferralClock(stopped, NOW + HOUR) } })).toEqual({ state: 'eligible' });
    expect(erasureDisposition({ status: 'closed', clocks: { referralReply: settleReferralClock(owing, NOW) } })).toEqual({ state: 'eligible' });
  });

  it('refuses a case under a legal hold, open or not, until the hold is released', () => {
    expect(erasureDisposition({ status: 'closed', clocks: {}, legalHolds: [hold()] })).toEqual({ state: 'held' });
    expect(erasureDisposition({ status: 'executing', clocks: {}, legalHolds: [hold()] })).toEqual({ state: 'held' });
    expect(erasureDisposition({ status: 'closed', clocks: {}, legalHolds: [hold({ note: '判决生效', at: NOW, by: staff })] })).toEqual({ state: 'eligible' });
  });

  it('shows an anonymised case as done, a hold or not', () => {
    expect(erasureDisposition({ status: 'closed', clocks: {}, anonymisedAt: NOW, legalHolds: [hold()] })).toEqual({ state: 'done' });
  });
});

describe('erasureOutcome', () => {
  const executed = { executions: [{ at: NOW, by: staff, erased: [], waiting: [], held: [], notCustomer: [] }] };
  it('is pending until the first execution, then says what became of the cases', () => {
    expect(erasureOutcome(request(), countStates(['eligible', 'waiting']))).toBe('pending');
    expect(erasureOutcome(request(executed), countStates(['done', 'waiting']))).toBe('partial');
    expect(erasureOutcome(request(executed), countStates(['done', 'held']))).toBe('partial');
    expect(erasureOutcome(request(executed), countStates(['waiting', 'held']))).toBe('waiting');
    expect(erasureOutcome(request(executed), countStates(['held', 'held']))).toBe('refused');
    expect(erasureOutcome(request({ ...executed, closedAt: NOW }), countStates(['done', 'done']))).toBe('completed');
    // A case no longer the customer's holds nothing up.
    expect(erasureOutcome(request({ ...executed, closedAt: NOW }), countStates(['done', 'notCustomer']))).toBe('completed');
    expect(countStates(['notCustomer'])).toEqual({ done: 0, eligible: 0, waiting: 0, held: 0, notCustomer: 1 });
  });

  it('is refused when the centre refused it, or partial when it had erased some before', () => {
    const refusal = { reason: '身份无法核实', at: NOW, by: staff };
    expect(erasureOutcome(request({ refusal, closedAt: NOW }), countStates(['eligible']))).toBe('refused');
    expect(erasureOutcome(request({ ...executed, refusal, closedAt: NOW }), countStates(['done', 'waiting']))).toBe('partial');
  });

  it('counts a request past its reply deadline without an answer as overdue', () => {
    const due = request().dueAt;
    expect(isOverdue(request(), due)).toBe(false);
    expect(isOverdue(request(), due + 1)).toBe(true);
    expect(isOverdue(request(executed), due + 1)).toBe(false);
    expect(isOverdue(request({ refusal: { reason: '不符合条件', at: NOW, by: staff } }), due + 1)).toBe(false);
  });
});

describe('the reply deadline and the request number', () => {
  it('falls at the end of the 15th day after the day of receipt, by default', () => {
    const received = new Date(2026, 11, 1, 23, 30).getTime();
    expect(erasureReplyDueAt(received, DEFAULT_ERASURE_REPLY_DAYS, CALENDAR)).toBe(new Date(2026, 11, 17).getTime() - 1);
    expect(erasureReplyDaysOf({})).toBe(15);
    expect(erasureReplyDaysOf({ erasureReplyDays: 30 })).toBe(30);
  });

  it('moves a last day that is no working day of the desk to the next working day (民法典第二百零三条)', () => {
    // Friday 4 December + 15 days is Saturday 19 December: Monday 21 December.
    const friday = new Date(2026, 11, 4, 15, 0).getTime();
    expect(erasureReplyDueAt(friday, 15, CALENDAR)).toBe(new Date(2026, 11, 22).getTime() - 1);
    // The administrator's own day off moves it on again; a make-up working Saturday keeps it.
    expect(erasureReplyDueAt(friday, 15, createCalendar({ ...DEFAULT_CALENDAR, extraHolidays: ['2026-12-21'] }))).toBe(new Date(2026, 11, 23).getTime() - 1);
    expect(erasureReplyDueAt(friday, 15, createCalendar({ ...DEFAULT_CALENDAR, extraWorkdays: ['2026-12-19'] }))).toBe(new Date(2026, 11, 20).getTime() - 1);
    // A calendar without a single working day does not hang: the plain count stands.
    const never = { settings: DEFAULT_CALENDAR, isWorkingDay: () => false };
    expect(erasureReplyDueAt(friday, 15, never)).toBe(new Date(2026, 11, 20).getTime() - 1);
  });

  it('numbers requests SC-<day>-<nnn>', () => {
    expect(formatErasureNumber('20261201', 7)).toBe('SC-20261201-007');
  });
});

describe('maskedRequest (what a request keeps of the customer once its final reply is delivered)', () => {
  const known = erasureIdentifiers([
    {
      record: { customerName: '陈晓燕', phone: '13912345678', email: 'chen.xy@example.com', orderNo: '', address: '浙江省杭州市西湖区文三路88号3单元502', socialAccount: 'chenxy_1990' } as CaseRecord,
      events: [],
    },
  ]);

  it('masks the requester, the key and where the reply went, and redacts what identified the customer in its cases from its notes', () => {
    const delivered = request({
      note: '回寄告知书至杭州市西湖区文三路88号3单元502，邮箱 chen.xy@example.com',
      verificationNote: '核对微信号 chenxy_1990',
      refusal: { reason: '陈晓燕的案件仍在诉讼中', at: NOW, by: staff },
      closedAt: NOW,
      deliveries: [{ at: NOW, method: 'post', to: '浙江省杭州市西湖区文三路88号3单元502', by: staff, recordedAt: NOW }],
    });
    const masked = maskedRequest(delivered, known);
    expect(masked).toMatchObject({
      requester: '陈**',
      key: { kind: 'phone', value: '139****5678' },
      verificationNote: '核对微信号 ***',
      note: '回寄告知书至***，邮箱 ***',
      refusal: { reason: '***的案件仍在诉讼中' },
      deliveries: [{ method: 'post', to: '浙江省杭州市****' }],
      cases: [{ id: 'c-1', no: 'TS-20261101-0001' }],
      closedAt: NOW,
      masked: true,
    });
    expect(JSON.stringify(masked)).not.toMatch(/陈晓燕|文三路|chenxy|13912345678|chen\.xy/);
    // Masking twice changes nothing more.
    expect(maskedRequest(masked, known)).toEqual(masked);
    // Without the cases' identifiers (as before), the address and the account stayed in clear.
    expect(maskedRequest(delivered, []).note).toContain('文三路88号');
    expect(maskedRequest(delivered, []).verificationNote).toContain('chenxy_1990');
  });

  it('takes what a case recorded before it was anonymised from its history', () => {
    const anonymised = { customerName: '（已匿名）', phone: '', email: '', orderNo: '', anonymisedAt: NOW } as unknown as CaseRecord;
    const events = [{ changes: { customerName: { before: null, after: '陈晓燕' }, address: { before: null, after: '浙江省杭州市西湖区文三路88号' } } }];
    expect(erasureIdentifiers([{ record: anonymised, events }])).toEqual(['浙江省杭州市西湖区文三路88号', '杭州市西湖区文三路88号', '西湖区文三路88号', '文三路88号', '陈晓燕']);
  });

  it('masks each kind of key and destination as that field is masked', () => {
    expect(maskKey('email', 'chen.xy@example.com')).toBe('c***@example.com');
    expect(maskKey('name', '陈晓燕')).toBe('陈**');
    expect(maskKey('address', '浙江省杭州市西湖区文三路88号')).toBe('浙江省杭州市****');
    expect(maskKey('account', 'zhangsan_88')).toBe('z****8');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('Alexander Smith')).toBe('A***');
    expect(maskName('王')).toBe('*');
    expect(maskDestination('chen.xy@example.com')).toBe('c***@example.com');
    expect(maskDestination('139 1234 5678')).toBe('139****5678');
    expect(maskDestination('本中心服务台')).toBe('****');
  });

  it('awaits the delivery of its reply once closed, until masked', () => {
    expect(awaitsDelivery(request())).toBe(false);
    expect(awaitsDelivery(request({ closedAt: NOW }))).toBe(true);
    expect(awaitsDelivery(request({ closedAt: NOW, masked: true }))).toBe(false);
  });
});

describe('telling the requester’s cases from other people’s', () => {
  const person = { customerName: '张伟', phone: '13912345678', email: 'zw@example.com', socialPlatform: 'wechat', socialAccount: 'ZhangWei_88', address: '浙江省杭州市西湖区文三路88号' } as const;
  const key = (input: Record<string, string>) => CustomerKeyInput.parse(input);

  it('matches a case against the key as the lookup finds it', () => {
    expect(matchesCustomer(person, key({ phone: '139 1234 5678' }))).toBe(true);
    expect(matchesCustomer(person, key({ email: 'ZW@example.com' }))).toBe(true);
    expect(matchesCustomer(person, key({ account: '@zhangwei_88' }))).toBe(true);
    expect(matchesCustomer(person, key({ name: '张伟' }))).toBe(true);
    expect(matchesCustomer(person, key({ address: '浙江省杭州市 西湖区文三路８８号' }))).toBe(true);
    // Corrected since: another phone, another name, another address, no account.
    expect(matchesCustomer({ ...person, phone: '13600000000' }, key({ phone: '13912345678' }))).toBe(false);
    expect(matchesCustomer({ ...person, customerName: '王五' }, key({ name: '张伟' }))).toBe(false);
    expect(matchesCustomer({ ...person, address: '浙江省杭州市西湖区文三路90号' }, key({ address: '浙江省杭州市西湖区文三路88号' }))).toBe(false);
    expect(matchesCustomer({ ...person, socialPlatform: undefined, socialAccount: undefined }, key({ account: 'zhangwei_88' }))).toBe(false);
  });

  it('leaves a case corrected to another customer alone while the key is in clear, and keeps the last execution’s finding once masked', () => {
    const open = { no: 'TS-1', status: 'closed' as const, clocks: {}, ...person };
    const byPhone = request({ key: { kind: 'phone', value: '13912345678' } });
    expect(requestDisposition(open, byPhone)).toEqual({ state: 'eligible' });
    expect(requestDisposition({ ...open, customerName: '王五', phone: '13600000000' }, byPhone)).toEqual({ state: 'notCustomer' });
    // An anonymised case is done, whoever it named.
    expect(requestDisposition({ ...open, phone: '', anonymisedAt: NOW }, byPhone)).toEqual({ state: 'done' });
    const execution = { at: NOW, by: staff, erased: [], waiting: [], held: [], notCustomer: ['TS-1'] };
    const masked = request({ key: { kind: 'phone', value: '139****5678' }, masked: true, executions: [execution] });
    expect(requestDisposition({ ...open, phone: '13600000000' }, masked)).toEqual({ state: 'notCustomer' });
    expect(requestDisposition({ ...open, no: 'TS-2' }, masked)).toEqual({ state: 'eligible' });
  });

  it('says where the cases found disagree, and ticks them only when found by a phone or e-mail they agree on', () => {
    const other = { ...person, phone: '13712345678', email: '', socialAccount: undefined, address: undefined };
    expect(differingContacts([person, other])).toEqual(['phone']);
    expect(differingContacts([person, { ...person, customerName: '李娜', phone: '139-1234-5678' }])).toEqual(['customerName']);
    // A missing value disagrees with nobody; an anonymised case says nothing any more.
    expect(differingContacts([person, { ...person, email: '', address: '' }])).toEqual([]);
    expect(differingContacts([person, { ...person, customerName: '（已匿名）', phone: '', anonymisedAt: NOW }])).toEqual([]);

    expect(preselected('phone', ['a', 'b'], [])).toEqual(['a', 'b']);
    expect(preselected('email', ['a', 'b'], [])).toEqual(['a', 'b']);
    expect(preselected('phone', ['a', 'b'], ['customerName'])).toEqual([]);
    for (const kind of ['name', 'address', 'account'] as const) expect(preselected(kind, ['a', 'b'], [])).toEqual([]);
  });
});

describe('RecordErasureInput', () => {
  const valid = { key: { phone: '139 1234 5678' }, caseIds: ['c-1', 'c-1'], requester: ' 陈晓燕 ', receivedAt: NOW - DAY, channel: 'phone', verification: 'id_document', grounds: 'purpose_achieved' };
  it('takes the key as the export does, one case once, and defaults the notes', () => {
    expect(RecordErasureInput(NOW).parse(valid)).toEqual({ ...valid, key: { kind: 'phone', value: '13912345678' }, caseIds: ['c-1'], requester: '陈晓燕', verificationNote: '', note: '' });
  });

  it('asks how the identity was checked when “other”, and refuses unknown grounds and a request from the future', () => {
    const issues = (input: Record<string, unknown>) => RecordErasureInput(NOW).safeParse({ ...valid, ...input }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ verification: 'other' })).toEqual([['verificationNote', 'validation.required']]);
    expect(RecordErasureInput(NOW).safeParse({ ...valid, verification: 'other', verificationNote: '公证书' }).success).toBe(true);
    expect(issues({ grounds: 'because' })).toEqual([['grounds', 'validation.chooseOne']]);
    expect(issues({ receivedAt: NOW + DAY })).toEqual([['receivedAt', 'validation.notInFuture']]);
    expect(issues({ key: {} })).toEqual([['key.phone', 'validation.required']]);
    // No case ticked: a message of its own, on the cases.
    expect(issues({ caseIds: [] })).toEqual([['caseIds', 'validation.erasureCasesRequired']]);
  });
});

describe('DeliverErasureInput', () => {
  it('asks how, where and when the reply went, not in the future', () => {
    const issues = (input: Record<string, unknown>) => DeliverErasureInput(NOW).safeParse({ no: 'SC-20261201-001', at: NOW, method: 'post', to: '杭州', ...input }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({})).toBeUndefined();
    expect(issues({ method: 'pigeon' })).toEqual([['method', 'validation.chooseOne']]);
    expect(issues({ to: ' ' })).toEqual([['to', 'validation.required']]);
    expect(issues({ at: NOW + DAY })).toEqual([['at', 'validation.notInFuture']]);
  });
});

describe('isFinalDelivery', () => {
  it('is the reply delivered at or after the minute the request closed, not one delivered earlier nor before it closed', () => {
    const closedAt = Date.UTC(2026, 0, 5, 10, 30, 42);
    expect(isFinalDelivery({ closedAt: null }, closedAt)).toBe(false);
    expect(isFinalDelivery({ closedAt }, Date.UTC(2026, 0, 5, 10, 30))).toBe(true);
    expect(isFinalDelivery({ closedAt }, Date.UTC(2026, 0, 5, 10, 29))).toBe(false);
    expect(isFinalDelivery({ closedAt }, Number.NaN)).toBe(false);
  });
});

describe('deliveredTooEarly', () => {
  it('is a time before the minute the request was answered, or any time while it is not answered', () => {
    const answered = Date.UTC(2026, 0, 5, 9, 0, 42);
    expect(deliveredTooEarly(answered, Date.UTC(2026, 0, 5, 8, 59))).toBe(true);
    expect(deliveredTooEarly(answered, Date.UTC(2026, 0, 5, 9, 0))).toBe(false);
    expect(deliveredTooEarly(answered, Date.UTC(2026, 0, 6))).toBe(false);
    expect(deliveredTooEarly(null, Date.UTC(2026, 0, 6))).toBe(true);
  });
});

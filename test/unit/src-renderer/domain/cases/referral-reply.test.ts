import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import {
  applyReferralReply,
  correctReferralDeadline,
  referralClock,
  referralDeadlineOf,
  settleReferralClock,
  workingDaysDeadline,
} from '../../../../../src-renderer/domain/cases/referral-reply';
import { registrationSchema } from '../../../../../src-renderer/domain/cases/registration';
import { createCalendar, DEFAULT_CALENDAR } from '../../../../../src-renderer/domain/clocks/calendar';
import { pauseClock } from '../../../../../src-renderer/domain/clocks/clock';
import { DeskError } from '../../../../../src-renderer/domain/common/errors';
import { anonymiseCase } from '../../../../../src-renderer/domain/privacy/anonymise';
import { maskCaseFor } from '../../../../../src-renderer/domain/privacy/mask';
import { closedCase } from '../privacy/fixtures';

const HOUR = 3_600_000;
/** Monday 23 November 2026, 10:00 local time: no public holiday for the next weeks. */
const RECEIVED = new Date(2026, 10, 23, 10, 0).getTime();
const at = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();
const calendar = createCalendar();
const agent = { id: 'u-agent', name: '李客服' };

function refusalOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof DeskError) return error.data;
    throw error;
  }
  throw new Error('expected a refusal');
}

function referredCase(dueAt: number, overrides: Partial<CaseRecord> = {}): CaseRecord {
  const record = { no: 'TS-20261123-0001', receivedAt: RECEIVED, status: 'verifying', channel: 'regulator_12315', clocks: {} } as unknown as CaseRecord;
  return { ...record, referralDeadline: { dueAt, workingDays: null }, clocks: { referralReply: referralClock(record, dueAt, RECEIVED, calendar) }, ...overrides };
}

describe('the referral reply deadline in working days', () => {
  it('counts from the day after receipt, skipping the weekend, due at the end of the last working day', () => {
    // Tue 24, Wed 25, Thu 26, Fri 27, (weekend), Mon 30, Tue 1, Wed 2 December.
    expect(workingDaysDeadline(calendar, RECEIVED, 7)).toBe(at(12, 2, 18));
    expect(workingDaysDeadline(calendar, RECEIVED, 1)).toBe(at(11, 24, 18));
    // Received on a Saturday: Monday is the first working day.
    expect(workingDaysDeadline(calendar, at(11, 28, 15), 1)).toBe(at(11, 30, 18));
  });

  it('follows the desk’s work calendar: a day off is skipped, a make-up Saturday counts, the working day ends when the desk says', () => {
    const holiday = createCalendar({ ...DEFAULT_CALENDAR, extraHolidays: ['2026-11-25'] });
    expect(workingDaysDeadline(holiday, RECEIVED, 7)).toBe(at(12, 3, 18));
    const makeUp = createCalendar({ ...DEFAULT_CALENDAR, extraHolidays: ['2026-11-25'], extraWorkdays: ['2026-11-28'] });
    expect(workingDaysDeadline(makeUp, RECEIVED, 7)).toBe(at(12, 2, 18));
    const late = createCalendar({ ...DEFAULT_CALENDAR, dayEnd: 17 * 60 + 30 });
    expect(workingDaysDeadline(late, RECEIVED, 7)).toBe(at(12, 2, 17, 30));
  });

  it('keeps the date on the order as it is, and how the deadline was set', () => {
    expect(referralDeadlineOf({ by: 'date', dueAt: at(11, 30, 12) }, RECEIVED, calendar)).toEqual({ dueAt: at(11, 30, 12), workingDays: null });
    expect(referralDeadlineOf({ by: 'workingDays', days: 10 }, RECEIVED, calendar)).toEqual({ dueAt: at(12, 7, 18), workingDays: 10 });
  });
});

describe('the referral reply clock', () => {
  it('falls due exactly at the deadline, and a final reply is met by it, missed after it', () => {
    const clock = referralClock({ receivedAt: RECEIVED, status: 'verifying' }, at(12, 2, 18), RECEIVED, calendar);
    expect(clock).toMatchObject({ kind: 'referralReply', mode: 'calendar', state: 'running', dueAt: at(12, 2, 18), startedAt: RECEIVED });
    expect(settleReferralClock(clock, at(12, 2, 18))).toMatchObject({ state: 'met', completedAt: at(12, 2, 18) });
    expect(settleReferralClock(clock, at(12, 2, 18) + 1)).toMatchObject({ state: 'missed', completedAt: at(12, 2, 18) + 1 });
  });

  it('paused with a terminated case, it is still judged against the date on the order', () => {
    const clock = pauseClock(referralClock({ receivedAt: RECEIVED, status: 'verifying' }, at(11, 30, 18), RECEIVED, calendar), at(11, 25, 9), '客户撤诉', calendar);
    expect(settleReferralClock(clock, at(11, 27, 10))).toMatchObject({ state: 'met', dueAt: at(11, 30, 18) });
    expect(settleReferralClock(clock, at(12, 1, 10))).toMatchObject({ state: 'missed', dueAt: at(11, 30, 18) });
    // A deadline set on a case already terminated starts as stopped as its other clocks.
    expect(referralClock({ receivedAt: RECEIVED, status: 'terminated' }, at(11, 30, 18), at(11, 26, 9), calendar).state).toBe('paused');
  });
});

describe('replies to the referring body', () => {
  it('keeps every reply oldest first; an interim one leaves the deadline running, the final one completes it', () => {
    const record = referredCase(at(11, 30, 18));
    const interim = applyReferralReply(record, { at: at(11, 26, 15), replier: '李客服', method: 'platform', text: '已联系消费者，正在核实', final: false }, at(11, 26, 16), agent);
    expect(interim.clocks.referralReply!.state).toBe('running');
    // A final reply recorded late but sent before the interim one was typed in is listed first.
    const done = applyReferralReply(interim, { at: at(11, 25, 11), replier: '王主管', method: 'letter', text: '已退款并道歉', final: true }, at(11, 27, 9), agent);
    expect(done.referralReplies!.map((r) => [r.replier, r.final])).toEqual([
      ['王主管', true],
      ['李客服', false],
    ]);
    expect(done.clocks.referralReply).toMatchObject({ state: 'met', completedAt: at(11, 25, 11) });
    const late = applyReferralReply(referredCase(at(11, 24, 18)), { at: at(11, 25, 9), replier: '李客服', method: 'phone', text: '已处理', final: true }, at(11, 25, 9), agent);
    expect(late.clocks.referralReply!.state).toBe('missed');
  });

  it('is refused on a case without a deadline, and when dated before the complaint came in', () => {
    const plain = { ...referredCase(at(11, 30, 18)), clocks: {} } as CaseRecord;
    delete plain.referralDeadline;
    const reply = { at: at(11, 25, 9), replier: '李客服', method: 'phone' as const, text: '已处理', final: true };
    expect(refusalOf(() => applyReferralReply(plain, reply, at(11, 25, 9), agent))).toEqual({ code: 'referral.noDeadline', params: { no: plain.no } });
    expect(refusalOf(() => applyReferralReply(referredCase(at(11, 30, 18)), { ...reply, at: RECEIVED - HOUR }, at(11, 25, 9), agent))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'at', code: 'validation.replyBeforeReceipt' }],
    });
  });
});

describe('the deadline at registration and correction', () => {
  const valid = (overrides: Record<string, unknown>) => ({
    receivedAt: RECEIVED,
    channel: 'regulator_12315',
    referralNo: '1433010020261125000815',
    customerName: '张三',
    phone: '13812345678',
    description: '12315转来：快递延误',
    severity: 'general',
    ...overrides,
  });
  const issues = (input: Record<string, unknown>) => {
    const result = registrationSchema(RECEIVED + HOUR).safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
  };

  it('is for a 12315 referral only, after receipt, in 1 to 60 working days', () => {
    expect(issues(valid({ referralDeadline: { by: 'workingDays', days: 7 } }))).toEqual([]);
    expect(issues(valid({ channel: 'phone', referralDeadline: { by: 'workingDays', days: 7 } }))).toEqual([['referralDeadline', 'validation.referralDeadlineChannel']]);
    expect(issues(valid({ referralDeadline: { by: 'date', dueAt: RECEIVED } }))).toEqual([['referralDeadline', 'validation.referralDueBeforeReceipt']]);
    expect(issues(valid({ referralDeadline: { by: 'workingDays', days: 0 } }))).toEqual([['referralDeadline.days', 'validation.referralDaysRange']]);
    expect(issues(valid({ referralDeadline: { by: 'workingDays', days: 2.5 } }))).toEqual([['referralDeadline.days', 'validation.wholeNumber']]);
    expect(registrationSchema(RECEIVED + HOUR).parse(valid({})).referralDeadline).toBeNull();
    // A referral comes with its work order's number: the reply to 12315 quotes it. Other channels may have none.
    expect(issues(valid({ referralNo: '' }))).toEqual([['referralNo', 'validation.referralNoRequired']]);
    expect(issues(valid({ referralNo: '   ' }))).toEqual([['referralNo', 'validation.referralNoRequired']]);
    expect(issues(valid({ channel: 'phone', referralNo: '' }))).toEqual([]);
  });

  it('is set, moved or removed by a correction until the final reply settles it', () => {
    const plain = { ...referredCase(at(11, 30, 18)), clocks: {} } as CaseRecord;
    delete plain.referralDeadline;
    const set = correctReferralDeadline(plain, { by: 'workingDays', days: 7 }, at(11, 24, 9), calendar)!;
    expect(set.referralDeadline).toEqual({ dueAt: at(12, 2, 18), workingDays: 7 });
    expect(set.clocks.referralReply).toMatchObject({ state: 'running', dueAt: at(12, 2, 18) });
    expect(correctReferralDeadline(set, { by: 'workingDays', days: 7 }, at(11, 24, 9), calendar)).toBeNull();
    const removed = correctReferralDeadline(set, null, at(11, 24, 9), calendar)!;
    expect(removed.referralDeadline).toBeUndefined();
    expect(removed.clocks.referralReply).toBeUndefined();
    const replied = applyReferralReply(set, { at: at(11, 25, 9), replier: '李客服', method: 'phone', text: '已处理', final: true }, at(11, 25, 9), agent);
    expect(refusalOf(() => correctReferralDeadline(replied, { by: 'workingDays', days: 10 }, at(11, 26, 9), calendar))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'referralDeadline', code: 'validation.referralReplied' }],
    });
    expect(refusalOf(() => correctReferralDeadline({ ...plain, channel: 'phone' }, { by: 'workingDays', days: 7 }, at(11, 24, 9), calendar))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'referralDeadline', code: 'validation.referralDeadlineChannel' }],
    });
  });
});

describe('replies to the referring body as personal data', () => {
  it('are masked for roles without contacts.view and redacted by anonymisation, like the case’s other texts', () => {
    const reply = { at: 2, replier: '李客服', method: 'phone' as const, text: '已回电陈晓燕（13912345678），退款到账', final: true, recordedAt: 2, recordedBy: agent };
    const record = { ...closedCase(), referralReplies: [reply] };
    expect(maskCaseFor('director', record).referralReplies![0]!.text).not.toContain('13912345678');
    expect(maskCaseFor('agent', record).referralReplies![0]!.text).toBe(reply.text);
    const { next, fields } = anonymiseCase(record, Date.UTC(2029, 5, 1));
    expect(next.referralReplies![0]).toEqual({ ...reply, text: '已回电***（***），退款到账' });
    expect(fields).toContain('referralReplies.text');
  });
});

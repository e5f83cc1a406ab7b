/**
 * 转办工单反馈时限: a complaint referred by the market regulator (12315, and 12345 hotline cases
 * filed under it) comes with a work order and a date by which the business reports back what it
 * did. The desk watches it as the clock `referralReply`, whose deadline is a fixed instant (the
 * date on the order, or N working days from receipt): it counts in calendar time from receipt,
 * no setting changes it and only termination pauses it. 回复转办单位 records each reply; the
 * final one completes the clock, met when sent by the deadline.
 */
import { z } from 'zod';
import { dayKeyOf, type WorkCalendar } from '../clocks/calendar';
import { pauseClock, startClock, type Clock } from '../clocks/clock';
import { ReferralDays } from '../clocks/sla-settings';
import { DeskError } from '../common/errors';
import { earliestInstant, id, pastInstant, requiredText } from '../common/fields';
import type { CaseRecord, Person } from './case';
import type { Channel } from './vocabulary';

/** The channel whose cases come with a regulator's work order and its reply deadline. */
export const REFERRAL_CHANNEL: Channel = 'regulator_12315';
// The centre's default (Settings → 时限) and its bounds live with the other time limits.
export { DEFAULT_REFERRAL_REPLY_DAYS, MAX_REFERRAL_REPLY_DAYS } from '../clocks/sla-settings';

export const REPLY_METHODS = ['platform', 'phone', 'letter', 'other'] as const;
export type ReplyMethod = (typeof REPLY_METHODS)[number];
export const REPLY_TEXT_MAX = 2000;
export const REPLIER_MAX = 60;

/** The deadline as the case keeps it: the instant, and the working days it was counted from (null: a date on the order). */
export interface ReferralDeadline {
  dueAt: number;
  workingDays: number | null;
}

/** One reply to the referring body: who sent it, when, how and what it said; `final` completes the deadline. */
export interface ReferralReply {
  at: number;
  replier: string;
  method: ReplyMethod;
  text: string;
  final: boolean;
  recordedAt: number;
  recordedBy: Person;
}

/** The deadline as typed: a date and time from the order, or a number of working days from receipt. */
export const referralDeadlineField = () =>
  z.discriminatedUnion(
    'by',
    [
      z.object({
        by: z.literal('date'),
        dueAt: z.number({ error: 'validation.required' }).int({ error: 'validation.invalid' }).min(earliestInstant(), { error: 'validation.beforeEarliest' }).max(Date.UTC(2100, 0, 1), { error: 'validation.invalid' }),
      }),
      z.object({
        by: z.literal('workingDays'),
        days: ReferralDays,
      }),
    ],
    { error: 'validation.chooseOne' },
  );
export type ReferralDeadlineInput = z.input<ReturnType<typeof referralDeadlineField>>;

/**
 * The end of the working day `days` working days after the day of receipt, as a regulator
 * counts 7 个工作日: the day it came in is not one of them, weekends, public holidays and the
 * admin's days off are skipped, 调休 working Saturdays count.
 */
export function workingDaysDeadline(calendar: WorkCalendar, receivedAt: number, days: number): number {
  const received = new Date(receivedAt);
  let counted = 0;
  for (let offset = 1; offset <= 3660; offset += 1) {
    const day = new Date(received.getFullYear(), received.getMonth(), received.getDate() + offset);
    if (!calendar.isWorkingDay(dayKeyOf(day), day.getDay())) continue;
    counted += 1;
    if (counted === days) return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, calendar.settings.dayEnd).getTime();
  }
  throw new RangeError('the working calendar has no working days');
}

/** The deadline a typed one stands for. */
export function referralDeadlineOf(input: z.output<ReturnType<typeof referralDeadlineField>>, receivedAt: number, calendar: WorkCalendar): ReferralDeadline {
  return input.by === 'date'
    ? { dueAt: input.dueAt, workingDays: null }
    : { dueAt: workingDaysDeadline(calendar, receivedAt, input.days), workingDays: input.days };
}

/**
 * What is wrong with a typed deadline as a form can tell: one on a case that is no referral, or
 * a date not after receipt (working days always are). Null when nothing is.
 */
/**
 * A 12315 referral comes with its work-order number (来源单号): the reply to 12315 quotes it, and
 * it is how a second referral of the same complaint is found. Null when there is no issue.
 */
export function referralNoIssue(value: { channel: Channel; referralNo: string }): string | null {
  return value.channel === REFERRAL_CHANNEL && value.referralNo === '' ? 'validation.referralNoRequired' : null;
}

export function referralDeadlineIssue(value: { channel: Channel; receivedAt: number; referralDeadline: { by: string; dueAt?: number } | null }): string | null {
  const deadline = value.referralDeadline;
  if (!deadline) return null;
  if (value.channel !== REFERRAL_CHANNEL) return 'validation.referralDeadlineChannel';
  return deadline.by === 'date' && (deadline.dueAt ?? 0) <= value.receivedAt ? 'validation.referralDueBeforeReceipt' : null;
}

/** Refuses a deadline on a case that is no referral, or one not after receipt (the field is `referralDeadline`). */
export function checkReferralDeadline(channel: Channel, receivedAt: number, deadline: ReferralDeadline): void {
  const code = channel !== REFERRAL_CHANNEL ? 'validation.referralDeadlineChannel' : deadline.dueAt <= receivedAt ? 'validation.referralDueBeforeReceipt' : null;
  if (code) throw new DeskError({ code: 'validation.failed', fields: [{ field: 'referralDeadline', code }] });
}

/**
 * The clock of a deadline: counted from receipt in calendar time, so it falls due exactly at
 * `dueAt`. A terminated case's clocks stand still, so this one stands paused too — from the
 * termination, as if it had been there then (a deadline set or moved afterwards must not date the
 * stop from the correction: the reports of the months in between would change).
 */
export function referralClock(record: Pick<CaseRecord, 'receivedAt' | 'status' | 'termination'>, dueAt: number, at: number, calendar: WorkCalendar): Clock {
  const clock = startClock('referralReply', 'calendar', dueAt - record.receivedAt, record.receivedAt, calendar);
  if (record.status !== 'terminated') return clock;
  return pauseClock(clock, Math.max(record.receivedAt, Math.min(at, record.termination?.at ?? at)), record.termination?.note ?? '', calendar);
}

/**
 * The final reply sent at `at`: met when by the deadline, which stays the instant on the order
 * whatever happened meanwhile (a termination's pause does not give the desk more time).
 */
export function settleReferralClock(clock: Clock, at: number): Clock {
  if (clock.state !== 'running' && clock.state !== 'paused') return clock;
  const dueAt = clock.startedAt + clock.budgetMs;
  const pauses = clock.pauses.map((p) => (p.to === null ? { ...p, to: Math.max(p.from, at) } : p));
  return { ...clock, pauses, dueAt, consumedMs: Math.max(0, at - clock.startedAt), runningSince: null, completedAt: at, state: at <= dueAt ? 'met' : 'missed' };
}

const refuse = (field: string, code: string): never => {
  throw new DeskError({ code: 'validation.failed', fields: [{ field, code }] });
};

/**
 * 更正登记信息 of the deadline: set on a case registered without it, moved, or removed (null). The
 * case with it applied, or null when it is what the case has. Once the final reply is recorded the
 * deadline is settled and stays; one with replies cannot be removed.
 */
export function correctReferralDeadline(
  record: CaseRecord,
  input: z.output<ReturnType<typeof referralDeadlineField>> | null,
  at: number,
  calendar: WorkCalendar,
): CaseRecord | null {
  const deadline = input && referralDeadlineOf(input, record.receivedAt, calendar);
  const current = record.referralDeadline;
  if ((deadline?.dueAt ?? null) === (current?.dueAt ?? null) && (deadline?.workingDays ?? null) === (current?.workingDays ?? null)) return null;
  const replies = referralRepliesOf(record);
  const clock = record.clocks.referralReply;
  if ((clock && clock.state !== 'running' && clock.state !== 'paused') || (!deadline && replies.length > 0)) refuse('referralDeadline', 'validation.referralReplied');
  const next: CaseRecord = { ...record };
  if (deadline) {
    checkReferralDeadline(record.channel, record.receivedAt, deadline);
    next.referralDeadline = deadline;
    next.clocks = { ...record.clocks, referralReply: referralClock(record, deadline.dueAt, at, calendar) };
  } else {
    delete next.referralDeadline;
    const { referralReply: _removed, ...clocks } = record.clocks;
    next.clocks = clocks;
  }
  return next;
}

/** Every reply of a case, oldest first. */
export function referralRepliesOf(record: Pick<CaseRecord, 'referralReplies'>): ReferralReply[] {
  return record.referralReplies ?? [];
}

/** `cases.replyReferral`: the reply's time may not be in the future (nor before receipt: checked with the case). */
export function ReplyReferralInput(now: number) {
  return z.object({
    caseId: id(),
    at: pastInstant(now),
    replier: requiredText(REPLIER_MAX),
    method: z.enum(REPLY_METHODS, { error: 'validation.chooseOne' }),
    text: requiredText(REPLY_TEXT_MAX),
    // Interim unless said otherwise: only the reply that reports the matter handled completes the deadline.
    final: z.boolean({ error: 'validation.invalid' }).default(false),
  });
}
export type ReplyReferralInput = z.input<ReturnType<typeof ReplyReferralInput>>;

/** The case with the reply recorded: refused on a case without a deadline, or a reply dated before receipt. */
export function applyReferralReply(record: CaseRecord, reply: Omit<ReferralReply, 'recordedAt' | 'recordedBy'>, recordedAt: number, recordedBy: Person): CaseRecord {
  const clock = record.clocks.referralReply;
  if (!clock || !record.referralDeadline) throw new DeskError({ code: 'referral.noDeadline', params: { no: record.no } });
  if (reply.at < record.receivedAt) throw new DeskError({ code: 'validation.failed', fields: [{ field: 'at', code: 'validation.replyBeforeReceipt' }] });
  const replies = [...referralRepliesOf(record), { ...reply, recordedAt, recordedBy }].sort((a, b) => a.at - b.at || a.recordedAt - b.recordedAt);
  return {
    ...record,
    referralReplies: replies,
    clocks: reply.final ? { ...record.clocks, referralReply: settleReferralClock(clock, reply.at) } : record.clocks,
  };
}

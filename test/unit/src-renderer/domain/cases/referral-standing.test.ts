import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { referralClock, settleReferralClock } from '../../../../../src-renderer/domain/cases/referral-reply';
import {
  caseOwesReferralReply,
  matchesReferralFilter,
  owedStandingAt,
  owesReferralReply,
  referralFactOf,
  referralOwedAt,
  referralReplyOverdue,
} from '../../../../../src-renderer/domain/cases/referral-standing';
import { createCalendar } from '../../../../../src-renderer/domain/clocks/calendar';
import { pauseClock, startClock, type Clock } from '../../../../../src-renderer/domain/clocks/clock';
import { withDerivedFields } from '../../../../../src-renderer/domain/cases/derived';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RECEIVED = new Date(2026, 10, 23, 10, 0).getTime();
const DUE = RECEIVED + 7 * DAY;
const calendar = createCalendar();
const running = () => referralClock({ receivedAt: RECEIVED, status: 'closed', termination: undefined } as unknown as CaseRecord, DUE, RECEIVED, calendar);
/** The fact of a case with this reply clock, terminated at `terminatedAt` when given. */
const referralFact = (clock: Clock | undefined, terminatedAt?: number) =>
  referralFactOf({ clocks: clock ? { referralReply: clock } : {}, termination: terminatedAt === undefined ? undefined : ({ at: terminatedAt } as CaseRecord['termination']) });
const terminated = (at: number) => pauseClock(running(), at, '客户撤诉', calendar);

describe('where a referral’s reply stands (one rule for the filter, the report and the feed)', () => {
  it('a running deadline is owed; overdue once past it — the instant the 已超时 view and the alerts go by', () => {
    const fact = referralFact(running())!;
    expect(fact).toEqual({ dueAt: DUE, replied: null, stoppedAt: null });
    expect(owesReferralReply(fact)).toBe(true);
    expect(matchesReferralFilter(fact, ['owed'], DUE + HOUR)).toBe(true);
    expect(matchesReferralFilter(fact, ['overdue'], DUE - 1)).toBe(false);
    expect(matchesReferralFilter(fact, ['overdue'], DUE + 1)).toBe(true);
    // The next due instant of a closed case owing it is that deadline: the 已超时 view lists it from the same instant.
    const closed = withDerivedFields({ status: 'closed', phone: '', email: '', clocks: { referralReply: running() } } as unknown as CaseRecord);
    expect(closed.nextDueAt).toBe(fact.dueAt);
  });

  it('a final reply settles it, on time or late: no longer owed', () => {
    const late = referralFact(settleReferralClock(running(), DUE + DAY))!;
    expect(late).toEqual({ dueAt: DUE, replied: { at: DUE + DAY, outcome: 'missed' }, stoppedAt: null });
    expect(owesReferralReply(late)).toBe(false);
    expect(matchesReferralFilter(late, ['owed', 'overdue'], DUE + 2 * DAY)).toBe(false);
    // Answered after the termination, judged against the order's date; it stays stopped where it stood.
    expect(referralFact(settleReferralClock(terminated(RECEIVED + DAY), RECEIVED + 2 * DAY), RECEIVED + DAY)).toEqual({
      dueAt: DUE,
      replied: { at: RECEIVED + 2 * DAY, outcome: 'met' },
      stoppedAt: RECEIVED + DAY,
    });
    expect(referralFact(undefined)).toBeNull();
    expect(matchesReferralFilter(null, ['owed'], DUE)).toBe(false);
  });

  it('a terminated case still owes its final reply (待回复), but its paused clock is never 已逾期', () => {
    const stopped = referralFact(terminated(RECEIVED + DAY), RECEIVED + DAY)!;
    expect(stopped).toEqual({ dueAt: DUE, replied: null, stoppedAt: RECEIVED + DAY });
    expect(owesReferralReply(stopped)).toBe(true);
    expect(matchesReferralFilter(stopped, ['owed'], DUE + 2 * DAY)).toBe(true);
    expect(matchesReferralFilter(stopped, ['overdue'], DUE + 2 * DAY)).toBe(false);
    expect(referralReplyOverdue(stopped, DUE + 2 * DAY)).toBe(false);
    // Terminated after its deadline passed: owed, and no longer overdue either.
    const afterDeadline = referralFact(terminated(DUE + HOUR), DUE + HOUR)!;
    expect([matchesReferralFilter(afterDeadline, ['owed'], DUE + DAY), matchesReferralFilter(afterDeadline, ['overdue'], DUE + DAY)]).toEqual([true, false]);
    // The archive and the deletion requests go by the same rule, as the case holds it.
    const record = (clock: Clock) => ({ clocks: { referralReply: clock }, termination: undefined });
    expect([terminated(RECEIVED + DAY), running(), settleReferralClock(terminated(RECEIVED + DAY), DUE)].map((clock) => caseOwesReferralReply(record(clock)))).toEqual([true, true, false]);
    expect(caseOwesReferralReply({ clocks: {}, termination: undefined })).toBe(false);
  });

  it('takes the stop from the termination, not from a clock rebuilt by a later correction of the deadline', () => {
    const terminatedAt = RECEIVED + DAY;
    const record = { receivedAt: RECEIVED, status: 'terminated', termination: { at: terminatedAt, note: '客户撤诉' } } as unknown as CaseRecord;
    // The deadline corrected ten days after the termination: the clock stands paused from the termination.
    const rebuilt = referralClock(record, DUE + DAY, terminatedAt + 10 * DAY, calendar);
    expect(rebuilt).toMatchObject({ state: 'paused', consumedMs: DAY, pauses: [{ from: terminatedAt, to: null, reason: '客户撤诉' }] });
    expect(referralFactOf({ clocks: { referralReply: rebuilt }, termination: record.termination })?.stoppedAt).toBe(terminatedAt);
    // A clock rebuilt before this fix, paused at the correction: the fact still dates the stop from the termination.
    const older = pauseClock(startClock('referralReply', 'calendar', DUE - RECEIVED, RECEIVED, calendar), terminatedAt + 10 * DAY, '客户撤诉', calendar);
    expect(referralFactOf({ clocks: { referralReply: older }, termination: record.termination })?.stoppedAt).toBe(terminatedAt);
  });

  it('was owed at the end of a month gone by when received before it and not answered finally by then, terminated or not', () => {
    const now = DUE + 30 * DAY;
    const late = referralFact(settleReferralClock(running(), DUE + DAY))!;
    expect(referralOwedAt(late, RECEIVED, DUE, now)).toBe(true);
    expect(referralOwedAt(late, RECEIVED, DUE + DAY, now)).toBe(true);
    expect(referralOwedAt(late, RECEIVED, DUE + DAY + 1, now)).toBe(false);
    // Not before it came in.
    expect(referralOwedAt(referralFact(running())!, RECEIVED, RECEIVED, now)).toBe(false);
    // A termination leaves it owed; it stood as 已终止处理 from then on, and before as its deadline said.
    const stopped = referralFact(terminated(RECEIVED + DAY), RECEIVED + DAY)!;
    expect([RECEIVED + HOUR, RECEIVED + 2 * DAY].map((at) => referralOwedAt(stopped, RECEIVED, at, now))).toEqual([true, true]);
    expect([RECEIVED + HOUR, RECEIVED + 2 * DAY, now].map((at) => owedStandingAt(stopped, at, now))).toEqual(['notDue', 'terminated', 'terminated']);
    const lateThenStopped = referralFact(terminated(DUE + DAY), DUE + DAY)!;
    expect([DUE - HOUR, DUE + HOUR, DUE + 2 * DAY].map((at) => owedStandingAt(lateThenStopped, at, now))).toEqual(['notDue', 'overdue', 'terminated']);
    // Today's standing is the clock's own: a reply dated a moment ahead has answered it.
    const justNow = referralFact(settleReferralClock(running(), now + 30_000))!;
    expect(referralOwedAt(justNow, RECEIVED, now, now)).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReferralFact } from '../../../../../src-renderer/domain/cases/referral-standing';
import { referralSummary, type ReferralSummary } from '../../../../../src-renderer/domain/reports/referrals';
import { fact } from '../dashboard/fixtures';

const DAY = 86_400_000;
const at = (month: number, day: number, hour = 10) => new Date(2026, month - 1, day, hour).getTime();
const NOVEMBER = { from: at(11, 1, 0), to: at(12, 1, 0) };
const referral = (receivedAt: number, dueAt: number, patch: Partial<ReferralFact> = {}) =>
  fact({ channel: 'regulator_12315', receivedAt, referral: { dueAt, replied: null, stoppedAt: null, ...patch } });

/** What the summary says adds up: owed at the start + received with a deadline − final replies = the three rows owed at the end. */
const balance = (s: ReferralSummary) => [s.owedAtStart + s.received - s.withoutDeadline - s.met - s.missed, s.overdue + s.notDue + s.terminated];

describe('12315 转办反馈 of a month', () => {
  it('counts the replies owed at its start, referrals received, deadlines in the month, final replies sent in it, and replies owed at its end', () => {
    const facts = [
      // Received in October, answered on time in November: owed at November's start.
      referral(at(10, 25), at(11, 3), { replied: { at: at(11, 2), outcome: 'met' } }),
      // Received and due in November, answered late in December: late in December, owed and overdue at November's end.
      referral(at(11, 10), at(11, 19), { replied: { at: at(12, 2), outcome: 'missed' } }),
      // Received in November, due in December, unanswered: owed, not yet due at November's end.
      referral(at(11, 28), at(12, 8)),
      // Terminated in November before its deadline: not due in it, but the reply is still owed — as a terminated case's.
      referral(at(11, 5), at(11, 14), { stoppedAt: at(11, 6) }),
      // A 12315 case without a deadline is received all the same, and counted apart; another channel is not.
      fact({ channel: 'regulator_12315', receivedAt: at(11, 20) }),
      fact({ channel: 'phone', receivedAt: at(11, 20) }),
      undefined,
    ];
    const november = referralSummary(facts, NOVEMBER, at(12, 20));
    expect(november).toEqual({ owedAtStart: 1, received: 4, withoutDeadline: 1, due: 2, met: 1, missed: 0, rate: 1, overdue: 1, notDue: 1, terminated: 1 });
    expect(balance(november)).toEqual([3, 3]);
    // December so far: three owed at its start (the terminated one among them), one answered late; the one due on the 8th is overdue now.
    const december = referralSummary(facts, { from: at(12, 1, 0), to: at(1, 1, 0) + 365 * DAY }, at(12, 20));
    expect(december).toEqual({ owedAtStart: 3, received: 0, withoutDeadline: 0, due: 1, met: 0, missed: 1, rate: 0, overdue: 1, notDue: 0, terminated: 1 });
    expect(balance(december)).toEqual([2, 2]);
  });

  it('counts a deadline terminated after it passed as due, and its reply, still owed, among the terminated cases’ — never overdue', () => {
    const facts = [referral(at(10, 20), at(10, 28), { stoppedAt: at(11, 15) })];
    // At October's end it was overdue like any other; at November's end, and now, it is a terminated case's.
    const october = { from: at(10, 1, 0), to: NOVEMBER.from };
    expect(referralSummary(facts, october, at(12, 20))).toMatchObject({ received: 1, due: 1, overdue: 1, notDue: 0, terminated: 0 });
    expect(referralSummary(facts, NOVEMBER, at(12, 20))).toMatchObject({ owedAtStart: 1, due: 0, overdue: 0, notDue: 0, terminated: 1 });
    expect(referralSummary(facts, NOVEMBER, at(11, 20))).toMatchObject({ overdue: 0, terminated: 1 });
  });

  it('for the month under way, counts what is owed now, overdue past the deadline as the tracking filter says', () => {
    const now = at(11, 20);
    const facts = [referral(at(11, 2), at(11, 12)), referral(at(11, 15), at(11, 24)), referral(at(11, 2), at(11, 12), { replied: { at: at(11, 19), outcome: 'missed' } })];
    expect(referralSummary(facts, NOVEMBER, now)).toEqual({ owedAtStart: 0, received: 3, withoutDeadline: 0, due: 3, met: 0, missed: 1, rate: 0, overdue: 1, notDue: 1, terminated: 0 });
    // No final reply sent in the month: no rate.
    expect(referralSummary([], NOVEMBER, now).rate).toBeNull();
  });

  it('adds up for any referrals and any month: owed at the start + received with a deadline − final replies = owed at the end', () => {
    const START = at(9, 1, 0);
    const SPAN = 120 * DAY;
    const referralArb = fc
      .record({
        received: fc.integer({ min: 0, max: SPAN }),
        deadline: fc.option(fc.integer({ min: 1, max: 30 * DAY }), { nil: null }),
        replyAfter: fc.option(fc.integer({ min: 0, max: 60 * DAY }), { nil: null }),
        stopAfter: fc.option(fc.integer({ min: 0, max: 60 * DAY }), { nil: null }),
        channel: fc.constantFrom('regulator_12315', 'phone'),
      })
      .map(({ received, deadline, replyAfter, stopAfter, channel }) => ({ receivedAt: START + received, deadline, replyAfter, stopAfter, channel }));
    fc.assert(
      fc.property(fc.array(referralArb, { maxLength: 30 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: SPAN + 30 * DAY }), (drawn, month, nowAfter) => {
        const now = START + nowAfter;
        const facts = drawn
          .filter((d) => d.receivedAt <= now)
          .map((d) => {
            if (d.deadline === null) return fact({ channel: d.channel, receivedAt: d.receivedAt });
            const dueAt = d.receivedAt + d.deadline;
            // Replies are never dated ahead of now here; a termination after the final reply stops nothing.
            const repliedAt = d.replyAfter === null || d.receivedAt + d.replyAfter > now ? null : d.receivedAt + d.replyAfter;
            const stoppedAt = d.stopAfter === null || d.receivedAt + d.stopAfter > (repliedAt ?? now) ? null : d.receivedAt + d.stopAfter;
            const replied = repliedAt === null ? null : { at: repliedAt, outcome: repliedAt <= dueAt ? ('met' as const) : ('missed' as const) };
            return fact({ channel: 'regulator_12315', receivedAt: d.receivedAt, referral: { dueAt, replied, stoppedAt } });
          });
        const period = { from: new Date(2026, 8 + month, 1).getTime(), to: new Date(2026, 9 + month, 1).getTime() };
        const summary = referralSummary(facts, period, now);
        const [flow, owed] = balance(summary);
        expect(flow).toBe(owed);
        expect(summary.withoutDeadline).toBeLessThanOrEqual(summary.received);
      }),
    );
  });
});

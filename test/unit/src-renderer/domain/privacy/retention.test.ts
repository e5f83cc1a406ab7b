import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { referralClock, settleReferralClock } from '../../../../../src-renderer/domain/cases/referral-reply';
import { createCalendar } from '../../../../../src-renderer/domain/clocks/calendar';
import { ineligibility, retentionCutoff } from '../../../../../src-renderer/domain/privacy/retention';

const DAY = 86_400_000;
const NOW = Date.UTC(2029, 0, 1);

describe('retention', () => {
  it('puts the cutoff the retention period before now', () => {
    expect(retentionCutoff(NOW, 1095)).toBe(NOW - 1095 * DAY);
  });

  it('lets a finished case be anonymised only once it was closed longer ago than the period', () => {
    const closed = (daysAgo: number) => ({ status: 'closed' as const, closedAt: NOW - daysAgo * DAY, clocks: {} });
    expect(ineligibility(closed(1096), NOW, 1095)).toBeNull();
    expect(ineligibility({ status: 'redirected', closedAt: NOW - 400 * DAY, clocks: {} }, NOW, 365)).toBeNull();
    expect(ineligibility(closed(1095), NOW, 1095)).toBe('withinRetention');
    expect(ineligibility(closed(10), NOW, 1095)).toBe('withinRetention');
  });

  it('refuses open and already anonymised cases', () => {
    expect(ineligibility({ status: 'executing', closedAt: null, clocks: {} }, NOW, 30)).toBe('open');
    // Sent back by quality review: open again, whatever its closing instant was.
    expect(ineligibility({ status: 'planning', closedAt: NOW - 900 * DAY, clocks: {} }, NOW, 30)).toBe('open');
    expect(ineligibility({ status: 'closed', closedAt: NOW - 900 * DAY, anonymisedAt: NOW - DAY, clocks: {} }, NOW, 30)).toBe('anonymised');
  });

  it('keeps a 12315 referral whose final reply is still owed, past its retention or not, until the reply is recorded', () => {
    const received = NOW - 1200 * DAY;
    const owed = referralClock({ receivedAt: received, status: 'closed', termination: undefined } as unknown as CaseRecord, received + 15 * DAY, received, createCalendar());
    const referral = (clock: typeof owed) => ({ status: 'closed' as const, closedAt: NOW - 1100 * DAY, clocks: { referralReply: clock } });
    expect(ineligibility(referral(owed), NOW, 1095)).toBe('referralReply');
    // Within its retention the usual answer comes first; a legal hold is named before the reply.
    expect(ineligibility(referral(owed), NOW, 1200)).toBe('withinRetention');
    const hold = { kind: 'litigation', reason: '诉讼', reference: '', until: null, placedAt: received, placedBy: { id: 'u', name: '法务' }, released: null };
    expect(ineligibility({ ...referral(owed), legalHolds: [hold] } as never, NOW, 1095)).toBe('legalHold');
    // Replied (late or not): nothing keeps it any longer.
    expect(ineligibility(referral(settleReferralClock(owed, received + 20 * DAY)), NOW, 1095)).toBeNull();
  });
});

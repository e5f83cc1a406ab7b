import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { completeClock, pauseClock, resumeClock, startClock } from '../../../../../src-renderer/domain/clocks/clock';
import { createCalendar } from '../../../../../src-renderer/domain/clocks/calendar';
import { caseFacts } from '../../../../../src-renderer/domain/dashboard/facts';
import { computeFigures, periodBuckets, type DashboardQuery } from '../../../../../src-renderer/domain/dashboard/figures';
import { fact } from './fixtures';

const HOUR = 3_600_000;
const at = (month: number, day: number, hour = 0, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();
const NOVEMBER: DashboardQuery = { period: { from: at(11, 1), to: at(12, 1), granularity: 'week' }, departments: [] };
const NOW = at(11, 23, 10);
const SCORES = (e: number, r: number, a: number, c: number) => ({ efficiency: e, resolution: r, attitude: a, compensation: c });

describe('periods and buckets', () => {
  it('cuts November into Monday weeks, the first and last clipped to the month', () => {
    const buckets = periodBuckets(NOVEMBER.period);
    // 1 Nov 2026 is a Sunday: its week began on Monday 26 October.
    expect(buckets[0]).toEqual({ start: at(11, 1), end: at(11, 2) });
    expect(buckets[1]).toEqual({ start: at(11, 2), end: at(11, 9) });
    expect(buckets.at(-1)).toEqual({ start: at(11, 30), end: at(12, 1) });
    expect(buckets).toHaveLength(6);
  });
});

describe('received complaints', () => {
  it('counts a case by the instant it was received, across month boundaries', () => {
    const figures = computeFigures(
      [
        fact({ receivedAt: at(10, 31, 23, 59) }), // October: outside
        fact({ receivedAt: at(11, 1), channel: 'email', severity: 'major' }), // first instant of November
        fact({ receivedAt: at(11, 30, 23, 59), channel: 'email' }),
        fact({ receivedAt: at(12, 1) }), // December: outside
        fact({ receivedAt: at(11, 3), severity: 'serious' }),
      ],
      NOVEMBER,
      NOW,
    );
    expect(figures.received.total).toBe(3);
    expect(figures.received.byBucket).toEqual([1, 1, 0, 0, 0, 1]);
    expect(figures.received.byChannel.email).toEqual([1, 0, 0, 0, 0, 1]);
    expect(figures.received.byChannel.phone).toEqual([0, 1, 0, 0, 0, 0]);
    expect(figures.received.severityTotals).toEqual({ general: 1, serious: 1, major: 1 });
    expect(figures.received.channelTotals.email).toBe(2);
  });

  it('groups categories and sub-categories most first and names the top five graded issues', () => {
    const facts = [
      ...Array.from({ length: 4 }, () => fact({ category: 'logistics', subCategory: '配送延误' })),
      ...Array.from({ length: 2 }, () => fact({ category: 'logistics', subCategory: '包装破损' })),
      ...Array.from({ length: 3 }, () => fact({ category: 'billing', subCategory: '' })),
      ...Array.from({ length: 5 }, () => fact({ category: null })),
      fact({ category: 'policy', subCategory: '退换规则' }),
      fact({ category: 'product_quality', subCategory: '划痕' }),
      fact({ category: 'after_sales', subCategory: '无人响应' }),
    ];
    const figures = computeFigures(facts, NOVEMBER, NOW);
    expect(figures.categories.map((c) => [c.category, c.count])).toEqual([
      ['logistics', 6],
      [null, 5],
      ['billing', 3],
      ['product_quality', 1],
      ['after_sales', 1],
      ['policy', 1],
    ]);
    expect(figures.categories[0]!.subCategories).toEqual([
      { subCategory: '配送延误', count: 4 },
      { subCategory: '包装破损', count: 2 },
    ]);
    // Ungraded cases are no "issue"; ties follow the order of the category list.
    expect(figures.topIssues).toEqual([
      { category: 'logistics', subCategory: '配送延误', count: 4 },
      { category: 'billing', subCategory: '', count: 3 },
      { category: 'logistics', subCategory: '包装破损', count: 2 },
      { category: 'product_quality', subCategory: '划痕', count: 1 },
      { category: 'after_sales', subCategory: '无人响应', count: 1 },
    ]);
  });
});

describe('on-time rates', () => {
  it('counts clocks by the period they completed in, whenever the case was received', () => {
    const figures = computeFigures(
      [
        // Received in October, answered on 1 November: a November response.
        fact({ receivedAt: at(10, 31, 22), response: { at: at(11, 1, 1), outcome: 'met', tookMs: 3 * HOUR } }),
        fact({ response: { at: at(11, 10), outcome: 'met', tookMs: 1 * HOUR } }),
        fact({ response: { at: at(11, 10), outcome: 'missed', tookMs: 30 * HOUR } }),
        // Completed in December: not in November's figures.
        fact({ response: { at: at(12, 1), outcome: 'missed', tookMs: 50 * HOUR } }),
        fact({ response: { at: at(11, 20), outcome: 'met', tookMs: 2 * HOUR }, resolution: { at: at(11, 25), outcome: 'missed', tookMs: 100 * HOUR } }),
      ],
      NOVEMBER,
      NOW,
    );
    expect(figures.response.met).toBe(3);
    expect(figures.response.missed).toBe(1);
    expect(figures.response.rate).toBe(0.75);
    expect(figures.response.meanMs).toBe(9 * HOUR); // (3 + 1 + 30 + 2) / 4
    expect(figures.response.p90Ms).toBe(30 * HOUR); // nearest rank: ceil(0.9 · 4) = 4th of 1, 2, 3, 30
    expect(figures.response.byBucket.map((b) => [b.met, b.missed])).toEqual([
      [1, 0],
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(figures.received.total).toBe(4);
    expect(figures.resolution).toMatchObject({ met: 0, missed: 1, rate: 0, meanMs: 100 * HOUR, p90Ms: 100 * HOUR });
  });

  it('takes the counted time of a paused clock, so a pause neither makes it late nor long', () => {
    const calendar = createCalendar();
    let clock = startClock('resolution', 'calendar', 24 * HOUR, at(11, 2, 9), calendar);
    clock = pauseClock(clock, at(11, 2, 19), '等待客户补充材料', calendar); // 10 h counted
    clock = resumeClock(clock, at(11, 5, 9), calendar); // paused for 62 h
    clock = completeClock(clock, at(11, 5, 19), calendar); // 10 h more: 20 h of 24, met
    const record = { ...baseRecord(), clocks: { resolution: clock } } as CaseRecord;
    const figures = computeFigures([caseFacts(record)], NOVEMBER, NOW);
    expect(figures.resolution).toMatchObject({ met: 1, missed: 0, rate: 1, meanMs: 20 * HOUR });
  });

  it('states no rate for a period in which nothing completed', () => {
    const figures = computeFigures([fact({ response: { at: at(10, 5), outcome: 'met', tookMs: HOUR } })], NOVEMBER, NOW);
    expect(figures.response).toMatchObject({ met: 0, missed: 0, rate: null, meanMs: null, p90Ms: null });
  });
});

describe('satisfaction and callbacks', () => {
  it('averages each dimension over the surveys taken in the period; cases without a survey do not count', () => {
    const figures = computeFigures(
      [
        fact({ survey: { at: at(11, 4), scores: SCORES(5, 4, 5, 3) } }),
        fact({ survey: { at: at(11, 20), scores: SCORES(3, 2, 4, 1) } }),
        fact({ survey: null }),
        fact({ survey: { at: at(10, 30), scores: SCORES(1, 1, 1, 1) } }), // October
      ],
      NOVEMBER,
      NOW,
    );
    expect(figures.satisfaction.count).toBe(2);
    expect(figures.satisfaction.averages).toEqual({ efficiency: 4, resolution: 3, attitude: 4.5, compensation: 2 });
    expect(figures.satisfaction.overall).toBe(3.375);
    expect(figures.satisfaction.byBucket[1]!.overall).toBe(4.25);
    expect(figures.satisfaction.byBucket[3]!.averages.resolution).toBe(2);
    expect(figures.satisfaction.byBucket[0]).toEqual({
      count: 0,
      declined: 0,
      averages: { efficiency: null, resolution: null, attitude: null, compensation: null },
      overall: null,
    });
  });

  it('averages each question over the surveys that answered it; a survey without any score counts as taken and declined, in no mean', () => {
    const none = { efficiency: null, resolution: null, attitude: null, compensation: null };
    const figures = computeFigures(
      [
        fact({ survey: { at: at(11, 4), scores: SCORES(5, 4, 5, 3) } }),
        fact({ survey: { at: at(11, 5), scores: { ...SCORES(3, 2, 4, 1), resolution: null, compensation: null } } }),
        fact({ survey: { at: at(11, 6), scores: none } }),
      ],
      NOVEMBER,
      NOW,
    );
    expect(figures.satisfaction.count).toBe(3);
    expect(figures.satisfaction.declined).toBe(1);
    expect(figures.satisfaction.averages).toEqual({ efficiency: 4, resolution: 4, attitude: 4.5, compensation: 3 });
    // Each survey's own score, as the tracking table's 满意度 shows it: (4.25 + 3.5) / 2, the one who answered
    // two questions weighing as much as the one who answered four (pooled, the six scores would make 4).
    expect(figures.satisfaction.overall).toBe(3.875);
    const declinedOnly = computeFigures([fact({ survey: { at: at(11, 6), scores: none } })], NOVEMBER, NOW).satisfaction;
    expect(declinedOnly).toMatchObject({ count: 1, declined: 1, overall: null, averages: none });
  });

  it('counts a survey the customer was not satisfied with before the re-handling, in its own period', () => {
    const resurveyed = fact({
      survey: { at: at(11, 20), scores: SCORES(5, 5, 5, 5) },
      earlierSurveys: [
        { at: at(10, 28), scores: SCORES(1, 1, 1, 1) }, // October
        { at: at(11, 6), scores: SCORES(1, 2, 3, 4) },
      ],
    });
    const figures = computeFigures([resurveyed], NOVEMBER, NOW);
    expect(figures.satisfaction.count).toBe(2);
    expect(figures.satisfaction.averages).toEqual({ efficiency: 3, resolution: 3.5, attitude: 4, compensation: 4.5 });
  });

  it('states the share of callbacks due for handling finished in the period that never reached the customer', () => {
    const done = { at: at(11, 12), outcome: 'met' as const, tookMs: HOUR };
    const figures = computeFigures(
      [
        fact({ resolution: done, unreached: true, status: 'feedback' }),
        fact({ resolution: done, survey: { at: at(11, 13), scores: SCORES(4, 4, 4, 4) } }),
        fact({ resolution: done, status: 'feedback' }),
        fact({ resolution: done, status: 'feedback' }),
        fact({ resolution: { ...done, at: at(10, 12) }, unreached: true, status: 'feedback' }), // finished in October
      ],
      NOVEMBER,
      NOW,
    );
    expect(figures.callbacks).toEqual({ due: 4, notReached: 1, notReachedRate: 0.25 });
  });
});

describe('reopened, open and overdue', () => {
  it('states the reopen rate of the cases received in the period', () => {
    const figures = computeFigures(
      [fact({ reopened: true }), fact({ reopened: false }), fact({ reopened: false }), fact({ reopened: true, receivedAt: at(10, 2) })],
      NOVEMBER,
      NOW,
    );
    expect(figures.reopen.received).toBe(3);
    expect(figures.reopen.reopened).toBe(1);
    expect(figures.reopen.rate).toBeCloseTo(1 / 3, 12);
  });

  it('counts open cases by stage and those overdue now, whenever they were received', () => {
    const figures = computeFigures(
      [
        fact({ status: 'registered', receivedAt: at(9, 1), nextDueAt: NOW - 1 }),
        fact({ status: 'awaiting_info', nextDueAt: null }),
        fact({ status: 'redirected' }),
        fact({ status: 'grading_review', nextDueAt: NOW + HOUR }),
        fact({ status: 'executing', nextDueAt: NOW - HOUR, department: '物流配送部' }),
        fact({ status: 'closed' }),
      ],
      NOVEMBER,
      NOW,
    );
    expect(figures.open).toBe(4);
    expect(figures.stages).toEqual({ intake: 2, verification: 0, grading: 1, plan: 0, execution: 1, feedback: 0 });
    expect(figures.overdueNow).toBe(2);
    expect(figures.byDepartment.find((d) => d.department === '物流配送部')!.overdueNow).toBe(1);
  });
});

describe('departments', () => {
  const facts = () => [
    fact({ department: '物流配送部', reopened: true, resolution: { at: at(11, 5), outcome: 'met', tookMs: 10 * HOUR } }),
    fact({ department: '物流配送部', resolution: { at: at(11, 6), outcome: 'missed', tookMs: 30 * HOUR }, survey: { at: at(11, 7), scores: SCORES(2, 2, 2, 2) } }),
    fact({ department: '客服中心', response: { at: at(11, 8), outcome: 'met', tookMs: HOUR }, survey: { at: at(11, 9), scores: SCORES(5, 5, 5, 4) } }),
    fact({ department: '', receivedAt: at(10, 1), status: 'verifying', nextDueAt: NOW - HOUR }),
  ];

  it('compares departments by volume, on-time rates, handling time, satisfaction, reopen rate and overdue now', () => {
    const rows = computeFigures(facts(), NOVEMBER, NOW).byDepartment;
    expect(rows.map((r) => r.department)).toEqual(['物流配送部', '客服中心', '']);
    expect(rows[0]).toEqual({
      department: '物流配送部',
      received: 2,
      reopened: 1,
      reopenRate: 0.5,
      response: { met: 0, missed: 0, rate: null },
      resolution: { met: 1, missed: 1, rate: 0.5, meanMs: 20 * HOUR },
      surveys: 1,
      satisfaction: 2,
      overdueNow: 0,
    });
    expect(rows[1]).toMatchObject({ received: 1, response: { met: 1, missed: 0, rate: 1 }, satisfaction: 4.75 });
    // A department with nothing in the period but a case overdue now still has its row.
    expect(rows[2]).toMatchObject({ received: 0, reopenRate: null, overdueNow: 1 });
  });

  it('keeps only the chosen departments in every figure', () => {
    const figures = computeFigures(facts(), { ...NOVEMBER, departments: ['客服中心'] }, NOW);
    expect(figures.received.total).toBe(1);
    expect(figures.resolution.met + figures.resolution.missed).toBe(0);
    expect(figures.satisfaction.overall).toBe(4.75);
    expect(figures.overdueNow).toBe(0);
    expect(figures.byDepartment.map((r) => r.department)).toEqual(['客服中心']);
  });
});

describe('an empty period', () => {
  it('has zero counts and no rates, never NaN', () => {
    const figures = computeFigures([], NOVEMBER, NOW);
    expect(figures.received.total).toBe(0);
    expect(figures.categories).toEqual([]);
    expect(figures.topIssues).toEqual([]);
    expect(figures.reopen.rate).toBeNull();
    expect(figures.callbacks.notReachedRate).toBeNull();
    expect(figures.satisfaction.overall).toBeNull();
    expect(JSON.stringify(figures)).not.toContain('NaN');
    expect(figures.buckets).toHaveLength(6);
  });
});

function baseRecord(): Partial<CaseRecord> {
  return {
    id: 'paused',
    no: 'TS-20261102-0001',
    receivedAt: at(11, 2, 8),
    phone: '13800000001',
    email: '',
    channel: 'phone',
    severity: 'serious',
    category: 'logistics',
    subCategory: '配送延误',
    department: '物流配送部',
    status: 'closed',
    archived: 0,
    reopenCount: 0,
    feedback: null,
    unreachableAttempts: 0,
  };
}

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { CHANNELS, SEVERITIES } from '../../../../../src-renderer/domain/cases/vocabulary';
import { caseFacts, CLOCK_OUTCOMES, RATED_CLOCKS, type CaseFacts } from '../../../../../src-renderer/domain/dashboard/facts';
import { previousContacts, repeatFigures } from '../../../../../src-renderer/domain/dashboard/repeats';
import { computeFigures, OPEN_STAGES, type DashboardFigures, type DashboardQuery } from '../../../../../src-renderer/domain/dashboard/figures';
import { countOf, drillFilter, type Drill } from '../../../../../src-renderer/domain/dashboard/drill';
import { GRANULARITIES } from '../../../../../src-renderer/domain/dashboard/period';
import { TrackingFilterSchema, type TrackingFilter } from '../../../../../src-renderer/domain/tracking/query';
import { matchesFilter, repeatCaseIds } from '../../../../../src-renderer/domain/tracking/reference';
import { loadComplaintTexts } from '../../../../fixtures/reviews';
import { HOUR, NOW } from '../../store/fixtures';
import { DEPARTMENTS, randomCases, withReturningCustomers } from '../../store/search/random-cases';

/** Every figure the dashboard shows, as the drill a click on it makes (per bar: the first, a middle and the last bucket). */
function everyDrill(figures: DashboardFigures): Drill[] {
  const last = figures.buckets.length - 1;
  const buckets = [...new Set([undefined, 0, last >> 1, last])];
  const drills: Drill[] = [];
  for (const bucket of buckets) {
    drills.push({ kind: 'received', bucket }, { kind: 'surveyed', bucket });
    for (const channel of CHANNELS) drills.push({ kind: 'received', bucket, channel });
    for (const severity of SEVERITIES) drills.push({ kind: 'received', bucket, severity });
    for (const clock of RATED_CLOCKS) {
      drills.push({ kind: 'clock', clock, bucket });
      for (const outcome of CLOCK_OUTCOMES) drills.push({ kind: 'clock', clock, outcome, bucket });
    }
  }
  for (const group of figures.categories) {
    drills.push({ kind: 'category', category: group.category });
    for (const { subCategory } of group.subCategories) drills.push({ kind: 'category', category: group.category, subCategory });
  }
  for (const issue of figures.topIssues) drills.push({ kind: 'category', category: issue.category, subCategory: issue.subCategory });
  drills.push({ kind: 'reopened' }, { kind: 'repeated' }, { kind: 'callbacks', notReached: false }, { kind: 'callbacks', notReached: true }, { kind: 'open' }, { kind: 'overdue' });
  for (const stage of OPEN_STAGES) drills.push({ kind: 'stage', stage });
  for (const { department } of figures.byDepartment) {
    drills.push(
      { kind: 'received', department },
      { kind: 'reopened', department },
      { kind: 'surveyed', department },
      { kind: 'overdue', department },
    );
    for (const clock of RATED_CLOCKS) {
      drills.push({ kind: 'clock', clock, department });
      for (const outcome of CLOCK_OUTCOMES) drills.push({ kind: 'clock', clock, outcome, department });
    }
  }
  return drills;
}

const queryArb: fc.Arbitrary<DashboardQuery> = fc
  .record({
    start: fc.integer({ min: -1200, max: 200 }),
    span: fc.integer({ min: 1, max: 1600 }),
    granularity: fc.constantFrom(...GRANULARITIES),
    departments: fc.subarray([...DEPARTMENTS], { maxLength: 2 }),
  })
  .map(({ start, span, granularity, departments }) => ({
    period: { from: NOW + start * HOUR, to: NOW + (start + span) * HOUR, granularity: span > 600 && granularity === 'day' ? 'week' : granularity },
    departments,
  }));

const WINDOW_DAYS = 30;
let records: CaseRecord[];
let repeats: Set<string>;
beforeAll(() => {
  records = withReturningCustomers(randomCases(800, loadComplaintTexts(), 21));
  repeats = repeatCaseIds(records, WINDOW_DAYS);
});

/** The dashboard's figures, with the repeat figure the store host adds. */
function dashboardFigures(facts: CaseFacts[], query: DashboardQuery): DashboardFigures {
  return { ...computeFigures(facts, query, NOW), repeat: repeatFigures(facts, previousContacts(facts), query, WINDOW_DAYS) };
}

/**
 * How many times a listed case counts in its figure: once, but a figure of surveys or of completed
 * handlings counts each in the period, and a re-handled case can have two there.
 */
function countedIn(record: CaseRecord, filter: TrackingFilter): number {
  if (filter.clockCompleted !== null) {
    const { clock, from, to, outcomes } = filter.clockCompleted;
    const clocks = clock === 'resolution' ? [...(record.earlierResolutions ?? []), record.clocks.resolution] : [record.clocks.response];
    return clocks.filter((c) => c && c.completedAt !== null && c.completedAt >= from && c.completedAt < to && (outcomes as readonly string[]).includes(c.state)).length;
  }
  if (filter.surveyedFrom !== null && filter.surveyedTo !== null) {
    const surveys = [...(record.earlierSurveys ?? []), ...(record.feedback ? [record.feedback] : [])];
    return surveys.filter(({ at }) => at >= filter.surveyedFrom! && at < filter.surveyedTo!).length;
  }
  return 1;
}

describe('drilling into a figure', () => {
  it('lists in the tracking table exactly the cases the figure counts, for every figure of any period and departments', () => {
    const asker = { id: 'u-supervisor', role: 'supervisor' as const };
    const facts = records.map(caseFacts);
    fc.assert(
      fc.property(queryArb, (query) => {
        const figures = dashboardFigures(facts, query);
        for (const drill of everyDrill(figures)) {
          const filter = TrackingFilterSchema.parse(drillFilter(drill, query));
          const listed = records.filter((record) => matchesFilter(record, filter, asker, NOW, repeats));
          expect(listed.reduce((sum, record) => sum + countedIn(record, filter), 0), JSON.stringify(drill)).toBe(countOf(figures, drill));
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('produces filters the store host accepts', () => {
    const query: DashboardQuery = { period: { from: NOW - 30 * 24 * HOUR, to: NOW, granularity: 'day' }, departments: ['客服中心'] };
    const figures = dashboardFigures(records.map(caseFacts), query);
    for (const drill of everyDrill(figures)) expect(TrackingFilterSchema.safeParse(drillFilter(drill, query)).success).toBe(true);
  });

  it('refuses a figure the dashboard does not show rather than inventing a number', () => {
    const query: DashboardQuery = { period: { from: NOW - HOUR, to: NOW, granularity: 'day' }, departments: [] };
    const figures = computeFigures([], query, NOW);
    expect(() => countOf(figures, { kind: 'category', category: 'logistics', department: '客服中心' })).toThrow(RangeError);
    expect(() => drillFilter({ kind: 'received', bucket: 5 }, query)).toThrow(RangeError);
    // Figures without the repeat figure (computeFigures alone) have no count to drill into.
    expect(() => countOf(figures, { kind: 'repeated' })).toThrow(RangeError);
  });
});

/**
 * Every figure of the dashboard (看板) and the monthly report, from the facts
 * of each case and a period. Pure: the store host runs it over its index, the
 * tests over hand-made facts. What each figure counts is stated once more, as
 * a tracking filter, in drill.ts; a test holds the two to the same answer.
 */
import { z } from 'zod';
import { CATEGORIES, CHANNELS, SEVERITIES, SURVEY_DIMENSIONS, type Category, type Channel, type Severity, type SurveyDimension } from '../cases/vocabulary';
import { FINAL_STATUSES, isPending, STEP_OF, type CaseStatus, type Step } from '../lifecycle/machine';
import type { SurveyScores } from '../feedback/survey';
import { resolutionsOf, surveysOf, type CaseFacts, type CompletedClock } from './facts';
import { bucketOf, bucketStarts, PeriodSchema, type Period } from './period';
import type { RepeatFigures } from './repeats';
import { mean, onTimeRate, percentile } from './stats';

export const DashboardQuerySchema = z.object({
  period: PeriodSchema,
  /** Only cases of these departments ('' is "no department yet"); empty for all. */
  departments: z.array(z.string().max(60)).max(100).default([]),
});
export type DashboardQuery = z.output<typeof DashboardQuerySchema>;
export type DashboardQueryInput = z.input<typeof DashboardQuerySchema>;

/** Stages an open case can be in, in the order of the lifecycle. */
export const OPEN_STAGES = ['intake', 'verification', 'grading', 'plan', 'execution', 'feedback'] as const satisfies readonly Step[];
export type OpenStage = (typeof OPEN_STAGES)[number];

/** The pending statuses of a stage (a redirected case is finished, not in intake). */
export function stageStatuses(stage: OpenStage): CaseStatus[] {
  return (Object.keys(STEP_OF) as CaseStatus[]).filter((status) => STEP_OF[status] === stage && !FINAL_STATUSES.includes(status));
}

export function isOpenStatus(status: CaseStatus): boolean {
  return !FINAL_STATUSES.includes(status);
}

export interface Bucket {
  /** Clipped to the period: the first and last bucket may be shorter than a unit. */
  start: number;
  end: number;
}

export interface OnTimeCounts {
  met: number;
  missed: number;
}

export interface ClockFigures extends OnTimeCounts {
  /** met / (met + missed), null when no clock completed. */
  rate: number | null;
  meanMs: number | null;
  p90Ms: number | null;
  byBucket: OnTimeCounts[];
}

export interface SurveyFigures {
  /** Surveys taken, scored or not (the cases a drill lists). */
  count: number;
  /** Of them, the customer scored none of the questions (客户不愿评分). */
  declined: number;
  /** Each question's mean over the surveys that answered it. */
  averages: Record<SurveyDimension, number | null>;
  /** Mean of every score given. */
  overall: number | null;
}

export interface DepartmentFigures {
  department: string;
  received: number;
  reopened: number;
  reopenRate: number | null;
  response: OnTimeCounts & { rate: number | null };
  resolution: OnTimeCounts & { rate: number | null; meanMs: number | null };
  surveys: number;
  satisfaction: number | null;
  overdueNow: number;
}

export interface DashboardFigures {
  period: Period;
  departments: string[];
  /** The instant "now" figures (open, overdue) were taken at. */
  asOf: number;
  buckets: Bucket[];
  received: {
    total: number;
    byBucket: number[];
    byChannel: Record<Channel, number[]>;
    bySeverity: Record<Severity, number[]>;
    channelTotals: Record<Channel, number>;
    severityTotals: Record<Severity, number>;
  };
  /** Received cases by category (null: not graded yet), most first, each with its sub-categories most first. */
  categories: { category: Category | null; count: number; subCategories: { subCategory: string; count: number }[] }[];
  /** The five most frequent issues (graded category and sub-category) among the cases received. */
  topIssues: { category: Category; subCategory: string; count: number }[];
  response: ClockFigures;
  resolution: ClockFigures;
  satisfaction: SurveyFigures & { byBucket: SurveyFigures[] };
  /** Callbacks due for handling finished in the period (resolution clock completed), and how many never reached the customer. */
  callbacks: { due: number; notReached: number; notReachedRate: number | null };
  /** Of the cases received in the period, how many were reopened. */
  reopen: { received: number; reopened: number; rate: number | null };
  /** Of the cases received in the period, how many were repeat complaints (repeats.ts); the store host adds it (null from `computeFigures`). */
  repeat: RepeatFigures | null;
  open: number;
  stages: Record<OpenStage, number>;
  overdueNow: number;
  /** One row per department with any figure, by volume. */
  byDepartment: DepartmentFigures[];
}

export const TOP_ISSUES = 5;

const zeros = (n: number) => new Array<number>(n).fill(0);
const byKey = <K extends string, V>(keys: readonly K[], make: () => V) => Object.fromEntries(keys.map((k) => [k, make()])) as Record<K, V>;

/**
 * Survey scores summed question by question; a question left unanswered counts in no mean. The
 * overall figure is the mean of each survey's own score (the mean of its answers, worked out as the
 * tracking table's 满意度 is for a case's latest survey), so a customer who answered one question
 * weighs as much as one who answered four. Earlier surveys of a re-handled case count too.
 */
class SurveySums {
  count = 0;
  declined = 0;
  readonly sums = byKey(SURVEY_DIMENSIONS, () => 0);
  readonly answers = byKey(SURVEY_DIMENSIONS, () => 0);
  private surveyMeans = 0;
  add(scores: SurveyScores): void {
    this.count += 1;
    let answered = 0;
    let sum = 0;
    for (const d of SURVEY_DIMENSIONS) {
      const score = scores[d];
      if (score === null) continue;
      this.sums[d] += score;
      this.answers[d] += 1;
      answered += 1;
      sum += score;
    }
    if (answered === 0) this.declined += 1;
    else this.surveyMeans += sum / answered;
  }
  figures(): SurveyFigures {
    const averages = byKey(SURVEY_DIMENSIONS, () => null as number | null);
    for (const d of SURVEY_DIMENSIONS) if (this.answers[d] > 0) averages[d] = this.sums[d] / this.answers[d];
    const scored = this.count - this.declined;
    return { count: this.count, declined: this.declined, averages, overall: scored === 0 ? null : this.surveyMeans / scored };
  }
}

class ClockSums {
  met = 0;
  missed = 0;
  readonly took: number[] = [];
  constructor(readonly byBucket: OnTimeCounts[] = []) {}
  add(done: CompletedClock, bucket: number): void {
    const counts = this.byBucket[bucket];
    if (done.outcome === 'met') {
      this.met += 1;
      if (counts) counts.met += 1;
    } else {
      this.missed += 1;
      if (counts) counts.missed += 1;
    }
    this.took.push(done.tookMs);
  }
  figures(): ClockFigures {
    const sorted = Float64Array.from(this.took).sort();
    return {
      met: this.met,
      missed: this.missed,
      rate: onTimeRate(this.met, this.missed),
      meanMs: mean(this.took),
      p90Ms: percentile(sorted, 90),
      byBucket: this.byBucket,
    };
  }
}

interface DepartmentSums {
  received: number;
  reopened: number;
  response: ClockSums;
  resolution: ClockSums;
  survey: SurveySums;
  overdueNow: number;
}

/** The buckets of a period, clipped to it. */
export function periodBuckets(period: Period): Bucket[] {
  const starts = bucketStarts(period.from, period.to, period.granularity);
  return starts.map((start, i) => ({ start: Math.max(start, period.from), end: Math.min(starts[i + 1] ?? period.to, period.to) }));
}

const within = (at: number, period: Period) => at >= period.from && at < period.to;

export function computeFigures(facts: Iterable<CaseFacts | undefined>, query: DashboardQuery, now: number): DashboardFigures {
  const { period } = query;
  const buckets = periodBuckets(period);
  const starts = buckets.map((b) => b.start);
  const n = buckets.length;
  const wanted = query.departments.length > 0 ? new Set(query.departments) : null;

  const received = {
    total: 0,
    byBucket: zeros(n),
    byChannel: byKey(CHANNELS, () => zeros(n)),
    bySeverity: byKey(SEVERITIES, () => zeros(n)),
    channelTotals: byKey(CHANNELS, () => 0),
    severityTotals: byKey(SEVERITIES, () => 0),
  };
  const categoryCounts = new Map<Category | null, Map<string, number>>();
  const response = new ClockSums(Array.from({ length: n }, () => ({ met: 0, missed: 0 })));
  const resolution = new ClockSums(Array.from({ length: n }, () => ({ met: 0, missed: 0 })));
  const survey = new SurveySums();
  const surveyBuckets = Array.from({ length: n }, () => new SurveySums());
  const callbacks = { due: 0, notReached: 0 };
  let reopened = 0;
  let open = 0;
  let overdueNow = 0;
  const stages = byKey(OPEN_STAGES, () => 0);
  const departments = new Map<string, DepartmentSums>();
  const departmentOf = (name: string): DepartmentSums => {
    let sums = departments.get(name);
    if (!sums) {
      sums = { received: 0, reopened: 0, response: new ClockSums(), resolution: new ClockSums(), survey: new SurveySums(), overdueNow: 0 };
      departments.set(name, sums);
    }
    return sums;
  };

  for (const fact of facts) {
    if (fact === undefined) continue;
    if (wanted !== null && !wanted.has(fact.department)) continue;
    if (within(fact.receivedAt, period)) {
      const b = bucketOf(starts, fact.receivedAt);
      received.total += 1;
      received.byBucket[b]! += 1;
      received.byChannel[fact.channel][b]! += 1;
      received.bySeverity[fact.severity][b]! += 1;
      received.channelTotals[fact.channel] += 1;
      received.severityTotals[fact.severity] += 1;
      let subs = categoryCounts.get(fact.category);
      if (!subs) categoryCounts.set(fact.category, (subs = new Map()));
      subs.set(fact.subCategory, (subs.get(fact.subCategory) ?? 0) + 1);
      const department = departmentOf(fact.department);
      department.received += 1;
      if (fact.reopened) {
        reopened += 1;
        department.reopened += 1;
      }
    }
    if (fact.response !== null && within(fact.response.at, period)) {
      response.add(fact.response, bucketOf(starts, fact.response.at));
      departmentOf(fact.department).response.add(fact.response, -1);
    }
    // Every handling completed in the period counts, one before a re-handling too; each is followed by a callback.
    for (const done of resolutionsOf(fact)) {
      if (!within(done.at, period)) continue;
      resolution.add(done, bucketOf(starts, done.at));
      departmentOf(fact.department).resolution.add(done, -1);
      callbacks.due += 1;
      // Only the latest handling's callback can still be waiting to reach the customer.
      if (done === fact.resolution && fact.unreached) callbacks.notReached += 1;
    }
    // Every survey of the period counts, one the customer was not satisfied with before a re-handling too.
    for (const taken of surveysOf(fact)) {
      if (!within(taken.at, period)) continue;
      survey.add(taken.scores);
      surveyBuckets[bucketOf(starts, taken.at)]!.add(taken.scores);
      departmentOf(fact.department).survey.add(taken.scores);
    }
    // 未结 as the tracking list it opens counts it: a closed case still owing its 12315 reply too (in no stage).
    if (isPending(fact.status, fact.nextDueAt)) {
      open += 1;
      if (isOpenStatus(fact.status)) stages[STEP_OF[fact.status] as OpenStage] += 1;
      if (fact.nextDueAt !== null && fact.nextDueAt < now) {
        overdueNow += 1;
        departmentOf(fact.department).overdueNow += 1;
      }
    }
  }

  const categories = [...categoryCounts]
    .map(([category, subs]) => ({
      category,
      count: [...subs.values()].reduce((a, b) => a + b, 0),
      subCategories: [...subs].map(([subCategory, count]) => ({ subCategory, count })).sort((a, b) => b.count - a.count || compareText(a.subCategory, b.subCategory)),
    }))
    .sort((a, b) => b.count - a.count || categoryRank(a.category) - categoryRank(b.category));
  const topIssues = categories
    .flatMap(({ category, subCategories }) => (category === null ? [] : subCategories.map((s) => ({ category, ...s }))))
    .sort((a, b) => b.count - a.count || categoryRank(a.category) - categoryRank(b.category) || compareText(a.subCategory, b.subCategory))
    .slice(0, TOP_ISSUES);

  const byDepartment = [...departments].map(([department, sums]): DepartmentFigures => {
    const resolutionFigures = sums.resolution.figures();
    return {
      department,
      received: sums.received,
      reopened: sums.reopened,
      reopenRate: sums.received === 0 ? null : sums.reopened / sums.received,
      response: { met: sums.response.met, missed: sums.response.missed, rate: onTimeRate(sums.response.met, sums.response.missed) },
      resolution: { met: resolutionFigures.met, missed: resolutionFigures.missed, rate: resolutionFigures.rate, meanMs: resolutionFigures.meanMs },
      surveys: sums.survey.count,
      satisfaction: sums.survey.figures().overall,
      overdueNow: sums.overdueNow,
    };
  });
  byDepartment.sort((a, b) => b.received - a.received || compareText(a.department, b.department));

  return {
    period,
    departments: query.departments,
    asOf: now,
    buckets,
    received,
    categories,
    topIssues,
    response: response.figures(),
    resolution: resolution.figures(),
    satisfaction: { ...survey.figures(), byBucket: surveyBuckets.map((s) => s.figures()) },
    callbacks: { ...callbacks, notReachedRate: callbacks.due === 0 ? null : callbacks.notReached / callbacks.due },
    reopen: { received: received.total, reopened, rate: received.total === 0 ? null : reopened / received.total },
    repeat: null,
    open,
    stages,
    overdueNow,
    byDepartment,
  };
}

function categoryRank(category: Category | null): number {
  return category === null ? CATEGORIES.length : CATEGORIES.indexOf(category);
}

/** Code-point order: the same on every machine, whatever the locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

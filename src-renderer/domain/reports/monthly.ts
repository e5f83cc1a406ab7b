/**
 * 月度投诉分析报告: the month's figures beside the month before, its 重大
 * complaints and their outcome, the improvement actions, and the manager's
 * own analysis and recommendations. Pure, like the dashboard figures it reuses.
 */
import { z } from 'zod';
import type { CaseRecord, Person } from '../cases/case';
import type { Category, Channel } from '../cases/vocabulary';
import { optionalText } from '../common/fields';
import type { ImprovementRecord } from '../improvements/schema';
import { currentImprovement } from '../improvements/verifications';
import type { CaseStatus } from '../lifecycle/machine';
import { satisfactionOf, satisfactionPoints, surveyDeclinedOf } from '../tracking/row';
import type { DashboardFigures } from '../dashboard/figures';
import type { CompensationSummary } from './compensation';
import type { EditionMark, EditionView, ReportEdition } from './edition';
import type { MonthHotspot } from './hotspots';
import type { ReferralSummary } from './referrals';

export const MonthSchema = z.object({
  year: z.number({ error: 'validation.invalid' }).int({ error: 'validation.invalid' }).min(2000, { error: 'validation.range' }).max(2100, { error: 'validation.range' }),
  month: z.number({ error: 'validation.invalid' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.range' }).max(12, { error: 'validation.range' }),
});
export type Month = z.output<typeof MonthSchema>;

/** Local-time bounds of a calendar month: [from, to). */
export function monthPeriod({ year, month }: Month): { from: number; to: number } {
  return { from: new Date(year, month - 1, 1).getTime(), to: new Date(year, month, 1).getTime() };
}

export function previousMonth({ year, month }: Month): Month {
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

/** `2026-11`: the key notes are saved under. */
export function monthKey({ year, month }: Month): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export const MAX_NOTE_LENGTH = 20_000;

export const SaveNotesInput = MonthSchema.extend({
  analysis: optionalText(MAX_NOTE_LENGTH),
  recommendations: optionalText(MAX_NOTE_LENGTH),
});

/**
 * The manager's sections of one month's report, as `reportNotes` keeps them with the month's
 * finalised edition (edition.ts). A record written by 定稿 before any notes were saved has
 * `updatedAt` 0: no notes (`savedNotes`).
 */
export interface ReportNotes {
  month: string;
  analysis: string;
  recommendations: string;
  updatedAt: number;
  updatedBy: Person;
  /** 定稿: absent in records saved before it existed (and in months never finalised): not finalised. */
  edition?: ReportEdition;
}

/** The notes of a month's record as the report shows them: without its edition; null when none were saved. */
export function savedNotes(record: ReportNotes | undefined | null): ReportNotes | null {
  if (!record || record.updatedAt === 0) return null;
  const { edition: _edition, ...notes } = record;
  return notes;
}

export const KPI_IDS = [
  'received',
  'major',
  'responseRate',
  'resolutionRate',
  'resolutionMeanMs',
  'satisfaction',
  'notReachedRate',
  'reopenRate',
  'repeatRate',
  'repeats',
  'resolutionMissed',
  'overdueAtEnd',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

export interface Kpi {
  id: KpiId;
  value: number | null;
  previous: number | null;
  /** value − previous (rates in fractions, so 0.05 is five percentage points); null when either is missing. */
  change: number | null;
}

export interface MajorCaseLine {
  id: string;
  no: string;
  receivedAt: number;
  customerName: string;
  channel: Channel;
  category: Category | null;
  subCategory: string;
  department: string;
  status: CaseStatus;
  closedAt: number | null;
  /** The result told to the customer, or where a redirected complaint was referred. */
  outcome: string;
  /** Average survey score, null without a survey (or a declined one). */
  satisfaction: number | null;
  /** The customer declined to score the survey: said so, not left blank as if never surveyed. */
  surveyDeclined?: true;
}

export interface ImprovementLine {
  id: string;
  title: string;
  ownerName: string;
  /** The due date of the round under way at the month's end (or of the round the month closed). */
  dueAt: number;
  createdAt: number;
  /** The month's last verdict; null when none was given in it. */
  verifiedAt: number | null;
  effective: boolean | null;
  /** Raised in the month. */
  opened: boolean;
  /** Verified effective (closed) in the month. */
  closed: boolean;
  /** Verified not effective in the month, and so back in progress for a new round. */
  ineffective: boolean;
  /** Open at the month's end (or now, for the month under way), not yet due. */
  inProgress: boolean;
  /** Open at the month's end (or now), past its due date. */
  overdue: boolean;
}

export interface ImprovementSummary {
  opened: number;
  closed: number;
  ineffective: number;
  inProgress: number;
  overdue: number;
  lines: ImprovementLine[];
}

export interface MonthlyReport {
  year: number;
  month: number;
  from: number;
  to: number;
  figures: DashboardFigures;
  kpis: Kpi[];
  majorCases: MajorCaseLine[];
  improvements: ImprovementSummary;
  /** Compensation promised by the plans of the cases whose handling was completed in the month, and paid. */
  compensation: CompensationSummary;
  /** 12315 转办反馈: referrals received, replies due, sent on time or late, still owed. */
  referrals: ReferralSummary;
  notes: ReportNotes | null;
  /** 批量投诉苗头 found on the month's days. */
  hotspots: MonthHotspot[];
  /** 较上月 is against last month's finalised edition (what its paper said), when it has one. */
  comparedWith: EditionMark | null;
  /** Whether this is the month's finalised edition, or the figures as they are now. */
  edition: EditionView;
}

/** A month's figures (the dashboard's for that month), and the cases overdue at its end (or now, while it runs). */
export interface MonthFigures {
  figures: DashboardFigures;
  overdueAtEnd: number;
}

/** The headline figures of a month. */
export function kpiValues({ figures, overdueAtEnd }: MonthFigures): Record<KpiId, number | null> {
  return {
    received: figures.received.total,
    major: figures.received.severityTotals.major,
    responseRate: figures.response.rate,
    resolutionRate: figures.resolution.rate,
    resolutionMeanMs: figures.resolution.meanMs,
    satisfaction: figures.satisfaction.overall,
    notReachedRate: figures.callbacks.notReachedRate,
    reopenRate: figures.reopen.rate,
    repeatRate: figures.repeat?.rate ?? null,
    // The count beside the rate: a director asks how many customers came back, not only what share.
    repeats: figures.repeat?.repeated ?? null,
    resolutionMissed: figures.resolution.missed,
    overdueAtEnd,
  };
}

/** The month's figures against the month before: its figures, or the values its finalised edition holds. */
export function compareKpis(current: MonthFigures, previous: MonthFigures | Record<KpiId, number | null>): Kpi[] {
  const now = kpiValues(current);
  const before = 'figures' in previous ? kpiValues(previous) : previous;
  return KPI_IDS.map((id) => {
    const value = now[id];
    const prev = before[id];
    return { id, value, previous: prev, change: value === null || prev === null ? null : value - prev };
  });
}

export function majorCaseLine(record: CaseRecord): MajorCaseLine {
  // What was done (处理结果), else what the customer was told of it at the callback; for a case
  // ended early, where it went or why it ended.
  const outcome =
    record.status === 'redirected'
      ? (record.screening?.referredTo ?? '')
      : record.status === 'terminated'
        ? (record.termination?.note ?? '')
        : (record.outcome?.summary ?? record.feedback?.result ?? '');
  return {
    id: record.id,
    no: record.no,
    receivedAt: record.receivedAt,
    customerName: record.customerName,
    channel: record.channel,
    category: record.category,
    subCategory: record.subCategory,
    department: record.department,
    status: record.status,
    closedAt: record.closedAt,
    outcome,
    satisfaction: satisfactionOf(satisfactionPoints(record)),
    ...(surveyDeclinedOf(record) ? { surveyDeclined: true as const } : {}),
  };
}

/**
 * Improvement actions of the month: raised, judged (有效 closes one, 无效 sends
 * it back for a new round) and, as of the month's end (or `now` while it runs),
 * every one still open: in progress, or overdue. Each is listed in every month
 * it is open, not only in those something happened to it.
 */
export function improvementLines(records: readonly ImprovementRecord[], period: { from: number; to: number }, now: number): ImprovementSummary {
  const asOf = Math.min(period.to, now);
  const lines: ImprovementLine[] = [];
  for (const record of records.map(currentImprovement)) {
    const inMonth = (at: number) => at >= period.from && at < period.to;
    const verdicts = record.verifications.filter((v) => inMonth(v.at));
    const opened = inMonth(record.createdAt);
    const closed = verdicts.some((v) => v.effective);
    const ineffective = verdicts.some((v) => !v.effective);
    const openAtEnd = record.createdAt < asOf && !record.verifications.some((v) => v.effective && v.at < asOf);
    // A later round's verdict keeps the due date the round had, so an older month is judged by the date then in force.
    const dueAt = record.verifications.find((v) => v.at >= asOf)?.dueAt ?? record.dueAt;
    const overdue = openAtEnd && dueAt < asOf;
    const inProgress = openAtEnd && !overdue;
    if (!opened && !closed && !ineffective && !openAtEnd) continue;
    const last = verdicts.at(-1) ?? null;
    lines.push({
      id: record.id,
      title: record.title,
      ownerName: record.owner.name,
      dueAt,
      createdAt: record.createdAt,
      verifiedAt: last?.at ?? null,
      effective: last?.effective ?? null,
      opened,
      closed,
      ineffective,
      inProgress,
      overdue,
    });
  }
  lines.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const count = (state: 'opened' | 'closed' | 'ineffective' | 'inProgress' | 'overdue') => lines.filter((l) => l[state]).length;
  return { opened: count('opened'), closed: count('closed'), ineffective: count('ineffective'), inProgress: count('inProgress'), overdue: count('overdue'), lines };
}

/**
 * The monthly report computed from the data as they are now, unmasked — what 定稿 keeps — and
 * masked for a reader, the same way for the live report and for a finalised edition.
 */
import type { CaseRecord } from '../../../domain/cases/case';
import { computeFigures, type DashboardFigures, type DashboardQuery } from '../../../domain/dashboard/figures';
import { resolutionsOf, type CaseFacts } from '../../../domain/dashboard/facts';
import { repeatFigures } from '../../../domain/dashboard/repeats';
import { currentImprovement } from '../../../domain/improvements/verifications';
import { compensationSummary } from '../../../domain/reports/compensation';
import { finalKpiValues, improvementLineFor, majorCaseLineFor, notesFor, type FinalEdition, type FinalReport, type MaskSource, type MaskSources } from '../../../domain/reports/edition';
import {
  compareKpis,
  improvementLines,
  kpiValues,
  majorCaseLine,
  monthPeriod,
  previousMonth,
  savedNotes,
  type KpiId,
  type MajorCaseLine,
  type Month,
  type MonthFigures,
  type MonthlyReport,
  type ReportNotes,
} from '../../../domain/reports/monthly';
import { countOverdueAt } from '../../../domain/reports/overdue';
import { referralSummary } from '../../../domain/reports/referrals';
import type { Role } from '../../../domain/users/roles';
import { readSettings } from '../../core/settings';
import type { DeskDb } from '../../db';
import { caseIndexFor } from '../../search/case-index';
import { hotspotsOfMonth } from './hotspots';

const maskSourceOf = (record: CaseRecord): MaskSource => ({
  ...(record.address ? { address: record.address } : {}),
  ...(record.socialAccount ? { socialAccount: record.socialAccount } : {}),
});

interface Counted {
  facts: readonly (CaseFacts | undefined)[];
  figuresOf(query: DashboardQuery): DashboardFigures;
}

async function counted(db: DeskDb, at: number): Promise<Counted & { settings: Awaited<ReturnType<typeof readSettings>> }> {
  const settings = await readSettings(db);
  const { facts, previous: links } = await caseIndexFor(db).repeatLinks();
  const figuresOf = (query: DashboardQuery): DashboardFigures => ({
    ...computeFigures(facts, query, at),
    repeat: repeatFigures(facts, links, query, settings.assist.repeatWindowDays),
  });
  return { facts, figuresOf, settings };
}

/** The cases of the month's 重大 complaints (received in it), as the facts have them. */
function majorIdsIn(facts: readonly (CaseFacts | undefined)[], period: { from: number; to: number }): string[] {
  return facts.flatMap((fact) => (fact && fact.severity === 'major' && fact.receivedAt >= period.from && fact.receivedAt < period.to ? [fact.id] : []));
}

const byReceipt = (a: MajorCaseLine, b: MajorCaseLine) => a.receivedAt - b.receivedAt || (a.no < b.no ? -1 : 1);

/**
 * The month's headline figures as the data stand at `at` (what a finalised edition is compared
 * with), with its figures and 重大 lines (unmasked) for comparing the edition's tables.
 */
export async function liveKpiValues(
  db: DeskDb,
  month: Month,
  at: number,
): Promise<{ values: Record<KpiId, number | null>; figures: DashboardFigures; majorCases: MajorCaseLine[]; majorCaseRecords: CaseRecord[] }> {
  const period = monthPeriod(month);
  const { facts, figuresOf } = await counted(db, at);
  const figures = figuresOf({ period: { ...period, granularity: 'day' }, departments: [] });
  const majorCaseRecords = (await db.cases.bulkGet(majorIdsIn(facts, period))).flatMap((one) => (one ? [one] : []));
  return {
    values: kpiValues({ figures, overdueAtEnd: countOverdueAt(facts, Math.min(period.to, at)) }),
    figures,
    majorCases: majorCaseRecords.map(majorCaseLine).sort(byReceipt),
    majorCaseRecords,
  };
}

/** The mask sources of cases as they are now. */
export const maskSourcesOf = (records: readonly CaseRecord[]): MaskSources => Object.fromEntries(records.map((one) => [one.id, maskSourceOf(one)]));

/**
 * The whole report of `month` as the data stand at `at`, unmasked, with what masking its 重大
 * lines needs. 较上月 is against `previousFinal`, the month before's finalised edition, when given.
 */
export async function computeReport(
  db: DeskDb,
  month: Month,
  at: number,
  record: ReportNotes | undefined,
  previousFinal: FinalEdition | null,
): Promise<{ report: FinalReport; sources: MaskSources }> {
  const period = monthPeriod(month);
  const { facts, figuresOf, settings } = await counted(db, at);
  const figures = figuresOf({ period: { ...period, granularity: 'day' }, departments: [] });
  const overdueAtEnd = countOverdueAt(facts, Math.min(period.to, at));
  const previousPeriod = monthPeriod(previousMonth(month));
  // Last month as its paper said, when it was finalised; otherwise as the data stand now.
  const previous: MonthFigures | Record<KpiId, number | null> = previousFinal
    ? finalKpiValues(previousFinal.report)
    : { figures: figuresOf({ period: { ...previousPeriod, granularity: 'month' }, departments: [] }), overdueAtEnd: countOverdueAt(facts, Math.min(previousPeriod.to, at)) };
  // The month's 重大 complaints are few: found in the facts, then read whole.
  const majorIds = majorIdsIn(facts, period);
  // And those with a handling completed in the month (a re-handled case's earlier one too), for what their plans promised and paid.
  const completedIds: string[] = [];
  const inMonth = (instant: number) => instant >= period.from && instant < period.to;
  for (const fact of facts) {
    if (fact && resolutionsOf(fact).some((done) => inMonth(done.at))) completedIds.push(fact.id);
  }
  const [majors, completed, improvements, hotspots] = await Promise.all([
    db.cases.bulkGet(majorIds),
    db.cases.bulkGet(completedIds),
    db.improvements.toArray(),
    hotspotsOfMonth(db, facts, settings.assist.hotspots, month, at),
  ]);
  const sources: MaskSources = {};
  for (const major of majors) if (major) sources[major.id] = maskSourceOf(major);
  const report: FinalReport = {
    ...month,
    ...period,
    figures,
    kpis: compareKpis({ figures, overdueAtEnd }, previous),
    majorCases: majors
      .flatMap((major) => (major ? [majorCaseLine(major)] : []))
      .sort(byReceipt),
    improvements: improvementLines(improvements.map(currentImprovement), period, at),
    compensation: compensationSummary(completed.flatMap((one) => (one ? [one] : [])), inMonth),
    referrals: referralSummary(facts, period, at),
    notes: savedNotes(record),
    hotspots,
    comparedWith: previousFinal ? { at: previousFinal.at, by: previousFinal.by } : null,
  };
  return { report, sources };
}

/**
 * A report as `role` may read it: the customer's name and the identifiers in the outcome of each
 * 重大 line, improvement titles and the manager's notes, masked as the case and improvement pages mask them. A line
 * is masked with each source given for its case (the one kept at 定稿 and the case as it is now:
 * an address corrected since is masked in a text written before).
 */
export function maskReport(role: Role, report: FinalReport, ...sources: MaskSources[]): Omit<MonthlyReport, 'edition'> {
  return {
    ...report,
    majorCases: report.majorCases.map((line) => sources.reduce((shown, source) => majorCaseLineFor(role, shown, source[line.id] ?? {}), line)),
    improvements: { ...report.improvements, lines: report.improvements.lines.map((line) => improvementLineFor(role, line)) },
    notes: notesFor(role, report.notes),
  };
}

/**
 * A finalised edition's 重大 lines for the cases anonymised since: the customer's name and the
 * outcome as the anonymised case now holds them. The figures stay as finalised; a customer's
 * erased data is not shown again by the report.
 */
export function withErasures(report: FinalReport, current: readonly (CaseRecord | undefined)[]): FinalReport {
  const erased = new Map(current.flatMap((record) => (record && record.anonymisedAt !== undefined ? [[record.id, majorCaseLine(record)] as const] : [])));
  if (erased.size === 0) return report;
  return {
    ...report,
    majorCases: report.majorCases.map((line) => {
      const now = erased.get(line.id);
      return now ? { ...line, customerName: now.customerName, outcome: now.outcome } : line;
    }),
  };
}

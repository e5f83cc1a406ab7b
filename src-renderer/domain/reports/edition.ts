/**
 * 定稿: a month's report as it was printed, signed and sent. Once a month has ended, a manager
 * finalises its report: the whole report as computed at that moment is kept with the month's
 * notes, and from then on it is what the report answers, whatever is registered, graded or
 * anonymised later (the live figures stay one click away, said to be not the finalised ones).
 * 撤销定稿 reopens it, with a reason; every finalisation and reopening stays in its history.
 */
import { z } from 'zod';
import type { Person } from '../cases/case';
import { requiredText } from '../common/fields';
import { maskCaseText, mayViewContacts, maskIdentifiersIn, nameFor } from '../privacy/mask';
import type { Role } from '../users/roles';
import { KPI_IDS, monthPeriod, MonthSchema, type ImprovementLine, type KpiId, type MajorCaseLine, type Month, type MonthlyReport } from './monthly';

export const MAX_REOPEN_REASON = 500;

/** `reports.monthly`: `live` asks for the figures as they are now, for a month that has a finalised edition. */
export const MonthlyReportInput = MonthSchema.extend({ live: z.boolean({ error: 'validation.invalid' }).optional() });

export const ReopenInput = MonthSchema.extend({ reason: requiredText(MAX_REOPEN_REASON) });

/** Who finalised (or reopened) a month's report, and when. */
export interface EditionMark {
  at: number;
  by: Person;
}

export interface EditionEvent extends EditionMark {
  kind: 'finalised' | 'reopened';
  /** Why it was reopened. */
  reason?: string;
}

/** The report as finalised: everything the page, the paper and the workbook show, unmasked. */
export type FinalReport = Omit<MonthlyReport, 'edition'>;

export interface FinalEdition extends EditionMark {
  report: FinalReport;
  /** What masking its 重大 lines needs, as the cases were when it was finalised (see `majorCaseLineFor`). */
  maskSources: MaskSources;
}

/** Kept with the month's notes (`ReportNotes.edition`). */
export interface ReportEdition {
  /** The finalised report; null once reopened (until finalised again). */
  final: FinalEdition | null;
  /** Every finalisation and reopening, oldest first. */
  history: EditionEvent[];
}

/** A figure of the finalised edition whose value, computed now, is another. */
export interface KpiDrift {
  id: KpiId;
  final: number | null;
  live: number | null;
}

/** What a report answer says of its edition. */
export interface EditionView {
  /** `final`: the finalised edition; `live`: computed from the data as they are now. */
  kind: 'final' | 'live';
  /** The month's finalised edition, if it has one (a live answer of such a month is said not to be it). */
  finalised: EditionMark | null;
  /** For the finalised edition: the headline figures that differ now. */
  drift: KpiDrift[];
  history: EditionEvent[];
}

/** Whether a month is over at `now`: only then can its report be finalised. */
export function monthEnded(month: Month, now: number): boolean {
  return monthPeriod(month).to <= now;
}

export function isFinalised(edition: ReportEdition | undefined): edition is ReportEdition & { final: FinalEdition } {
  return edition?.final != null;
}

/** The headline figures of a finalised edition, by id. */
export function finalKpiValues(report: Pick<FinalReport, 'kpis'>): Record<KpiId, number | null> {
  const values = new Map(report.kpis.map((kpi) => [kpi.id, kpi.value]));
  return Object.fromEntries(KPI_IDS.map((id) => [id, values.get(id) ?? null])) as Record<KpiId, number | null>;
}

/** The headline figures whose value `live` holds otherwise than the finalised edition, in the table's order. */
export function kpiDrift(final: Pick<FinalReport, 'kpis'>, live: Record<KpiId, number | null>): KpiDrift[] {
  const was = finalKpiValues(final);
  return KPI_IDS.flatMap((id) => {
    const now = live[id];
    return was[id] === now ? [] : [{ id, final: was[id], live: now }];
  });
}

/** The parts of a 重大 case's record its line is masked with: its own address and account, as the case page masks them. */
export interface MaskSource {
  address?: string;
  socialAccount?: string;
}

/** Mask sources by case id. */
export type MaskSources = Record<string, MaskSource>;

/**
 * A 重大 line as `role` may read it, masked as the live report masks it (`maskCaseFor` on the
 * record, then `majorCaseLine`): the customer's name, and the identifiers written in the outcome.
 */
export function majorCaseLineFor(role: Role, line: MajorCaseLine, source: MaskSource): MajorCaseLine {
  if (mayViewContacts(role)) return line;
  return { ...line, customerName: nameFor(role, line.customerName), outcome: maskCaseText(line.outcome, source.address, source.socialAccount) };
}

/** An improvement line as `role` may read it: its title masked as the improvements page masks it (`improvementFor`). */
export function improvementLineFor(role: Role, line: ImprovementLine): ImprovementLine {
  return mayViewContacts(role) ? line : { ...line, title: maskIdentifiersIn(line.title) };
}

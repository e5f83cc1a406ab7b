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
import { replaceIdentifiers } from '../privacy/redact';
import type { Role } from '../users/roles';
import { KPI_IDS, monthPeriod, MonthSchema, type ImprovementLine, type KpiId, type MajorCaseLine, type Month, type MonthlyReport, type ReportNotes } from './monthly';

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
  /**
   * For the finalised edition: the month's figures and 重大 lines as the data stand now, masked as
   * the edition's are, for the page to tell which of its tables read otherwise (`LiveTables`).
   */
  live?: LiveTables;
  history: EditionEvent[];
}

/** What the tables of a finalised edition are compared with: the month's figures and 重大 lines computed now. */
export interface LiveTables {
  figures: MonthlyReport['figures'];
  majorCases: MajorCaseLine[];
}

/**
 * The 重大 lines as the data stand now, for comparing with a finalised edition's `shown` lines:
 * a line the edition has keeps its texts as shown (customer, outcome: masked alike), with the case's
 * state now (category, department, status, closure, score); a case graded 重大 since is added.
 */
export function liveMajorLines(shown: readonly MajorCaseLine[], now: readonly MajorCaseLine[]): MajorCaseLine[] {
  const kept = new Map(shown.map((line) => [line.id, line]));
  return now.map((line) => {
    const was = kept.get(line.id);
    return was ? { ...line, customerName: was.customerName, outcome: was.outcome } : line;
  });
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

/**
 * The manager's notes (分析与建议) as `role` may read them: their phone numbers, e-mail addresses
 * and ID numbers masked as the improvement titles of the same report are (`maskIdentifiersIn`).
 */
export function notesFor(role: Role, notes: ReportNotes | null): ReportNotes | null {
  if (!notes || mayViewContacts(role)) return notes;
  return { ...notes, analysis: maskIdentifiersIn(notes.analysis), recommendations: maskIdentifiersIn(notes.recommendations) };
}

/**
 * Notes written by a role that reads them masked, with each masked identifier it left as it read
 * it (138****5678) given back its value in the `saved` texts: saving them keeps the numbers the
 * notes held, rather than their masks. Identifiers written anew are kept as written.
 */
export function unmaskedNotes(text: string, saved: readonly string[]): string {
  const originals = new Map<string, string>();
  for (const one of saved)
    replaceIdentifiers(
      one,
      (_found, _kind, written) => {
        const masked = maskIdentifiersIn(written);
        if (masked !== written && !originals.has(masked)) originals.set(masked, written);
        return written;
      },
      { strict: true },
    );
  let result = text;
  // Longest first: a mask is not part of a longer one.
  for (const [masked, written] of [...originals].sort(([a], [b]) => b.length - a.length)) result = result.split(masked).join(written);
  return result;
}

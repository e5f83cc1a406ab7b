import { DeskError } from '../../../domain/common/errors';
import { isFinalised, kpiDrift, liveMajorLines, MonthlyReportInput, notesFor, unmaskedNotes, type EditionView } from '../../../domain/reports/edition';
import { mayViewContacts } from '../../../domain/privacy/mask';
import {
  monthKey,
  monthPeriod,
  previousMonth,
  savedNotes,
  SaveNotesInput,
  type Month,
  type MonthlyReport,
  type ReportNotes,
} from '../../../domain/reports/monthly';
import { appendAudit } from '../../core/audit';
import { command, query, type ServiceModule, type StoreContext } from '../../rpc/define';
import { computeReport, liveKpiValues, maskReport, maskSourcesOf, withErasures } from './compute';
import { editionHandlers } from './edition';

/** A month that has not begun has no report, and no notes to save with one. */
export function refuseMonthToCome(month: Month, now: number): void {
  if (monthPeriod(month).from > now) throw new DeskError({ code: 'validation.failed', fields: [{ field: 'month', code: 'validation.monthToCome' }] });
}

/**
 * A month's report: its finalised edition once it has one (unless `live` asks for the figures as
 * they are now), with the headline figures that differ since; otherwise computed now.
 */
async function monthlyReport({ db, now, actor }: StoreContext, input: Month & { live?: boolean }): Promise<MonthlyReport> {
  const month: Month = { year: input.year, month: input.month };
  const at = now();
  refuseMonthToCome(month, at);
  const role = actor!.role;
  const [record, previousRecord] = await db.reportNotes.bulkGet([monthKey(month), monthKey(previousMonth(month))]);
  const history = record?.edition?.history ?? [];
  if (isFinalised(record?.edition) && !input.live) {
    const final = record.edition.final;
    const [live, current] = await Promise.all([liveKpiValues(db, month, at), db.cases.bulkGet(final.report.majorCases.map((line) => line.id))]);
    const sourcesNow = Object.fromEntries(current.flatMap((one) => (one ? [[one.id, { address: one.address, socialAccount: one.socialAccount }] as const] : [])));
    const shown = maskReport(role, withErasures(final.report, current), final.maskSources, sourcesNow);
    // The tables as they would read now, masked as the edition's: the page names those that differ.
    const liveShown = maskReport(role, { ...final.report, majorCases: live.majorCases }, maskSourcesOf(live.majorCaseRecords));
    const edition: EditionView = {
      kind: 'final',
      finalised: { at: final.at, by: final.by },
      drift: kpiDrift(final.report, live.values),
      live: { figures: live.figures, majorCases: liveMajorLines(shown.majorCases, liveShown.majorCases) },
      history,
    };
    return { ...shown, edition };
  }
  const previousFinal = isFinalised(previousRecord?.edition) ? previousRecord.edition.final : null;
  const { report, sources } = await computeReport(db, month, at, record, previousFinal);
  const finalised = isFinalised(record?.edition) ? { at: record.edition.final.at, by: record.edition.final.by } : null;
  return { ...maskReport(role, report, sources), edition: { kind: 'live', finalised, drift: [], history } };
}

/** 月度投诉分析报告 for one month. */
const monthly = query(MonthlyReportInput, monthlyReport);

/**
 * The manager's analysis and recommendations, saved with the month's report (audited); refused once it is finalised.
 * Answered as the writer reads them (masked for a role without `contacts.view`).
 */
const saveNotes = command(
  SaveNotesInput,
  async (ctx, input): Promise<ReportNotes> => {
    const { db } = ctx;
    const actor = ctx.actor!;
    refuseMonthToCome(input, ctx.now());
    const key = monthKey(input);
    return db.transaction('rw', db.reportNotes, db.audit, db.auditHeads, async () => {
      const before = (await db.reportNotes.get(key)) ?? null;
      if (isFinalised(before?.edition)) throw new DeskError({ code: 'reports.finalised' });
      // A role that reads the notes masked sends back the masks it left: they keep the numbers they stand for.
      const saved = before ? [before.analysis, before.recommendations] : [];
      const written = (text: string) => (mayViewContacts(actor.role) ? text : unmaskedNotes(text, saved));
      const notes: ReportNotes = {
        month: key,
        analysis: written(input.analysis),
        recommendations: written(input.recommendations),
        updatedAt: ctx.now(),
        updatedBy: { id: actor.id, name: actor.name },
        // A reopened month keeps the history of its editions.
        ...(before?.edition ? { edition: before.edition } : {}),
      };
      await db.reportNotes.put(notes);
      await appendAudit(db, {
        subject: `report:${key}`,
        at: notes.updatedAt,
        actor: { id: actor.id, name: actor.name, role: actor.role },
        command: 'reports.saveNotes',
        before: savedNotes(before),
        after: savedNotes(notes),
      });
      ctx.changed('reports', key);
      return notesFor(actor.role, savedNotes(notes))!;
    });
  },
  { access: 'reports.saveNotes' },
);

/** 报告: the monthly analysis report. */
export const reportsService = {
  'reports.monthly': monthly,
  'reports.saveNotes': saveNotes,
  ...editionHandlers,
} satisfies ServiceModule;

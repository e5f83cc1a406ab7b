import { computeFigures, type DashboardFigures, type DashboardQuery } from '../../../domain/dashboard/figures';
import { repeatFigures } from '../../../domain/dashboard/repeats';
import { resolutionsOf } from '../../../domain/dashboard/facts';
import { improvementFor } from '../../../domain/improvements/masking';
import { currentImprovement } from '../../../domain/improvements/verifications';
import { maskCaseFor } from '../../../domain/privacy/mask';
import {
  compareKpis,
  improvementLines,
  majorCaseLine,
  monthKey,
  monthPeriod,
  MonthSchema,
  previousMonth,
  SaveNotesInput,
  type Month,
  type MonthlyReport,
  type ReportNotes,
} from '../../../domain/reports/monthly';
import { DeskError } from '../../../domain/common/errors';
import { countOverdueAt } from '../../../domain/reports/overdue';
import { compensationSummary } from '../../../domain/reports/compensation';
import { referralSummary } from '../../../domain/reports/referrals';
import { appendAudit } from '../../core/audit';
import { readSettings } from '../../core/settings';
import { command, query, type ServiceModule, type StoreContext } from '../../rpc/define';
import { caseIndexFor } from '../../search/case-index';

/** A month that has not begun has no report, and no notes to save with one. */
function refuseMonthToCome(month: Month, now: number): void {
  if (monthPeriod(month).from > now) throw new DeskError({ code: 'validation.failed', fields: [{ field: 'month', code: 'validation.monthToCome' }] });
}

async function monthlyReport({ db, now, actor }: StoreContext, month: Month): Promise<MonthlyReport> {
  refuseMonthToCome(month, now());
  const period = monthPeriod(month);
  const { assist } = await readSettings(db);
  const { facts, previous: links } = await caseIndexFor(db).repeatLinks();
  const at = now();
  const figuresOf = (query: DashboardQuery): DashboardFigures => ({
    ...computeFigures(facts, query, at),
    repeat: repeatFigures(facts, links, query, assist.repeatWindowDays),
  });
  const figures = figuresOf({ period: { ...period, granularity: 'day' }, departments: [] });
  const previousPeriod = monthPeriod(previousMonth(month));
  const previous = figuresOf({ period: { ...previousPeriod, granularity: 'month' }, departments: [] });
  const overdueAtEnd = countOverdueAt(facts, Math.min(period.to, at));
  const overdueAtPreviousEnd = countOverdueAt(facts, Math.min(previousPeriod.to, at));
  // The month's 重大 complaints are few: found in the facts, then read whole.
  const majorIds: string[] = [];
  // And those with a handling completed in the month (a re-handled case's earlier one too), for what their plans promised and paid.
  const completedIds: string[] = [];
  const inMonth = (at: number) => at >= period.from && at < period.to;
  for (const fact of facts) {
    if (fact && fact.severity === 'major' && inMonth(fact.receivedAt)) majorIds.push(fact.id);
    if (fact && resolutionsOf(fact).some((done) => inMonth(done.at))) completedIds.push(fact.id);
  }
  const [majors, completed, improvements, notes] = await Promise.all([
    db.cases.bulkGet(majorIds),
    db.cases.bulkGet(completedIds),
    db.improvements.toArray(),
    db.reportNotes.get(monthKey(month)),
  ]);
  return {
    ...month,
    ...period,
    figures,
    kpis: compareKpis({ figures, overdueAtEnd }, { figures: previous, overdueAtEnd: overdueAtPreviousEnd }),
    // Their outcome is a free text: numbers and addresses in it masked as the case page masks them for the reader.
    majorCases: majors
      .flatMap((record) => (record ? [majorCaseLine(maskCaseFor(actor!.role, record))] : []))
      .sort((a, b) => a.receivedAt - b.receivedAt || (a.no < b.no ? -1 : 1)),
    // Titles as the improvements page shows them to the reader (identifiers masked without `contacts.view`).
    improvements: improvementLines(improvements.map((record) => improvementFor(actor!.role, currentImprovement(record))), period, at),
    compensation: compensationSummary(completed.flatMap((record) => (record ? [record] : [])), inMonth),
    referrals: referralSummary(facts, period, at),
    notes: notes ?? null,
  };
}

/** 月度投诉分析报告 for one month. */
const monthly = query(MonthSchema, monthlyReport);

/** The manager's analysis and recommendations, saved with the month's report (audited). */
const saveNotes = command(
  SaveNotesInput,
  async (ctx, input): Promise<ReportNotes> => {
    const { db } = ctx;
    const actor = ctx.actor!;
    refuseMonthToCome(input, ctx.now());
    const key = monthKey(input);
    return db.transaction('rw', db.reportNotes, db.audit, db.auditHeads, async () => {
      const before = (await db.reportNotes.get(key)) ?? null;
      const notes: ReportNotes = {
        month: key,
        analysis: input.analysis,
        recommendations: input.recommendations,
        updatedAt: ctx.now(),
        updatedBy: { id: actor.id, name: actor.name },
      };
      await db.reportNotes.put(notes);
      await appendAudit(db, {
        subject: `report:${key}`,
        at: notes.updatedAt,
        actor: { id: actor.id, name: actor.name, role: actor.role },
        command: 'reports.saveNotes',
        before,
        after: notes,
      });
      ctx.changed('reports', key);
      return notes;
    });
  },
  { access: 'reports.saveNotes' },
);

/** 报告: the monthly analysis report. */
export const reportsService = {
  'reports.monthly': monthly,
  'reports.saveNotes': saveNotes,
} satisfies ServiceModule;

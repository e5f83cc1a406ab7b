/**
 * 定稿 and 撤销定稿 of a month's report. The finalised edition is kept with the month's notes
 * (`reportNotes`, no schema change), unmasked; the audit records who, when, why and the headline
 * figures finalised, not the whole report.
 */
import { DeskError } from '../../../domain/common/errors';
import {
  finalKpiValues,
  isFinalised,
  monthEnded,
  ReopenInput,
  type EditionMark,
  type ReportEdition,
} from '../../../domain/reports/edition';
import { monthKey, MonthSchema, previousMonth, savedNotes, type ReportNotes } from '../../../domain/reports/monthly';
import type { Actor } from '../../../domain/users/user';
import { appendAudit } from '../../core/audit';
import { command, type ServiceModule, type StoreContext } from '../../rpc/define';
import { computeReport } from './compute';

/** A month's record before anything was saved for it: no notes (`updatedAt` 0, see `savedNotes`). */
const emptyRecord = (month: string): ReportNotes => ({ month, analysis: '', recommendations: '', updatedAt: 0, updatedBy: { id: '', name: '' } });

/** What the audit keeps of a month's edition. */
function auditedEdition(record: ReportNotes | null): object {
  const final = record?.edition?.final;
  if (final) return { edition: 'final', finalisedAt: final.at, finalisedBy: final.by, kpis: finalKpiValues(final.report) };
  const last = record?.edition?.history.at(-1);
  return last ? { edition: 'reopened', reopenedAt: last.at, reopenedBy: last.by, reason: last.reason ?? '' } : { edition: 'none' };
}

async function writeEdition(ctx: StoreContext, actor: Actor, command: string, before: ReportNotes | null, next: ReportNotes): Promise<void> {
  const { db } = ctx;
  await db.reportNotes.put(next);
  await appendAudit(db, {
    subject: `report:${next.month}`,
    at: ctx.now(),
    actor: { id: actor.id, name: actor.name, role: actor.role },
    command,
    before: auditedEdition(before),
    after: auditedEdition(next),
  });
  ctx.changed('reports', next.month);
}

/**
 * 定稿: keeps the month's report as computed now, for a month that has ended. Refused while it
 * runs or is to come, and once finalised (撤销定稿 first).
 */
const finalise = command(
  MonthSchema,
  async (ctx, month): Promise<EditionMark> => {
    const { db } = ctx;
    const actor = ctx.actor!;
    const at = ctx.now();
    const key = monthKey(month);
    if (!monthEnded(month, at)) throw new DeskError({ code: 'reports.monthNotEnded', params: { month: key } });
    const [record, previousRecord] = await db.reportNotes.bulkGet([key, monthKey(previousMonth(month))]);
    if (isFinalised(record?.edition)) throw new DeskError({ code: 'reports.alreadyFinalised' });
    const previousFinal = isFinalised(previousRecord?.edition) ? previousRecord.edition.final : null;
    // Computed before the transaction (it reads the index and many cases); the notes are taken inside it.
    const { report, sources } = await computeReport(db, month, at, record, previousFinal);
    const by = { id: actor.id, name: actor.name };
    return db.transaction('rw', db.reportNotes, db.audit, db.auditHeads, async () => {
      const before = (await db.reportNotes.get(key)) ?? null;
      if (isFinalised(before?.edition)) throw new DeskError({ code: 'reports.alreadyFinalised' });
      const edition: ReportEdition = {
        final: { at, by, report: { ...report, notes: savedNotes(before) }, maskSources: sources },
        history: [...(before?.edition?.history ?? []), { kind: 'finalised', at, by }],
      };
      await writeEdition(ctx, actor, 'reports.finalise', before, { ...(before ?? emptyRecord(key)), edition });
      return { at, by };
    });
  },
  { access: 'reports.finalise' },
);

/** 撤销定稿: the report answers the live figures again and its notes can be edited; the reason is kept. */
const reopen = command(
  ReopenInput,
  async (ctx, input): Promise<EditionMark> => {
    const { db } = ctx;
    const actor = ctx.actor!;
    const key = monthKey(input);
    return db.transaction('rw', db.reportNotes, db.audit, db.auditHeads, async () => {
      const before = (await db.reportNotes.get(key)) ?? null;
      if (!before || !isFinalised(before.edition)) throw new DeskError({ code: 'reports.notFinalised' });
      const at = ctx.now();
      const by = { id: actor.id, name: actor.name };
      const edition: ReportEdition = { final: null, history: [...before.edition.history, { kind: 'reopened', at, by, reason: input.reason }] };
      await writeEdition(ctx, actor, 'reports.reopen', before, { ...before, edition });
      return { at, by };
    });
  },
  { access: 'reports.finalise' },
);

export const editionHandlers = {
  'reports.finalise': finalise,
  'reports.reopen': reopen,
} satisfies ServiceModule;

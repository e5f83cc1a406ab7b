import type { CaseRecord } from '../../../domain/cases/case';
import { InformMergedInput, mergedCasesOf } from '../../../domain/cases/links';
import { uninformedMerged, withInforming } from '../../../domain/cases/merged-informing';
import { DeskError } from '../../../domain/common/errors';
import { maskCaseFor } from '../../../domain/privacy/mask';
import type { DeskDb } from '../../db';
import { command } from '../../rpc/define';
import { writeLinked } from '../cases/linked-write';

/**
 * 告知并入投诉的客户: the customer of a duplicate merged into this case hears its result too — or
 * could not be reached (a note says how it was tried). Recorded on the case that handled the
 * matter once its result is known (待回访, or closed: a duplicate merged after the callback), or
 * before, when the case is to be ended without one (终止处理, 转办: that is what they are told,
 * `ending`); a later record replaces the earlier. An archived case takes it too, and an anonymised
 * one: it is a record of a call to the other customer, whose data is on the merged case.
 */
export const informMerged = command(
  InformMergedInput,
  async (ctx, args) => {
    const { db } = ctx;
    return db.transaction('rw', [db.cases, db.audit, db.auditHeads], async () => {
      const primary = await db.cases.get(args.caseId);
      if (!primary) throw new DeskError({ code: 'cases.notFound' });
      const merged = mergedCasesOf(primary).find((m) => m.id === args.mergedId);
      if (!merged) throw new DeskError({ code: 'links.notMerged', params: { no: primary.no } });
      const informed = { outcome: args.outcome, channel: args.channel, note: args.note, at: ctx.now(), by: { id: ctx.actor!.id, name: ctx.actor!.name } };
      const next = await writeLinked(ctx, primary, withInforming(primary, merged.id, informed), 'feedback.informMerged', {
        caseNo: merged.no,
        outcome: args.outcome,
        note: args.note,
      });
      return maskCaseFor(ctx.actor!.role, next);
    });
  },
  { access: 'feedback.informMerged' },
);

/**
 * Closing needs every customer of a merged duplicate who is not this case's own to have heard the
 * result of its current handling (or to be on record as unreachable), as handling needs the promised
 * compensation confirmed; so does ending it otherwise (终止处理 for another reason than a duplicate,
 * 转办): those customers would never hear anything. The refusal (`code`) names the cases still waiting.
 */
export async function requireMergedInformed(db: DeskDb, primary: CaseRecord, code: 'links.mergedUninformed' | 'links.mergedWaiting' = 'links.mergedUninformed'): Promise<void> {
  const merged = mergedCasesOf(primary);
  if (merged.length === 0) return;
  const waiting = uninformedMerged(primary, await db.cases.bulkGet(merged.map((m) => m.id)));
  if (waiting.length > 0) throw new DeskError({ code, params: { nos: waiting.map((m) => m.no).join(', '), count: waiting.length } });
}

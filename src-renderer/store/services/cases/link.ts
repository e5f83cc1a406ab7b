import type { CaseRecord } from '../../../domain/cases/case';
import { LinkCasesInput, linkProblem, relatedCasesOf, UnlinkCasesInput, withLink, withoutLink } from '../../../domain/cases/links';
import { DeskError } from '../../../domain/common/errors';
import { maskCaseFor } from '../../../domain/privacy/mask';
import { command, type StoreContext } from '../../rpc/define';
import { writeLinked } from './linked-write';

/** Both cases of a link, read and written in one transaction: both change, each with its audit event, or neither does. */
function onBoth<T>(ctx: StoreContext, work: () => Promise<T>): Promise<T> {
  const { db } = ctx;
  return db.transaction('rw', [db.cases, db.audit, db.auditHeads], work);
}

async function caseOf(ctx: StoreContext, id: string): Promise<CaseRecord> {
  const record = await ctx.db.cases.get(id);
  if (!record) throw new DeskError({ code: 'cases.notFound' });
  return record;
}

const fieldProblem = (code: string, params?: Record<string, string>) =>
  new DeskError({ code: 'validation.failed', fields: [{ field: 'otherNo', code, ...(params ? { params } : {}) }] });

/**
 * 关联投诉: two cases related without being duplicates — one incident that hit several customers,
 * the same order, a complaint that follows another. Kept alike on both cases (their numbers, the
 * relation, the note, who and when), in any status, an archived or anonymised one's too: a link
 * holds no personal data. Not to itself, not twice, not between a duplicate and the case it was
 * merged into.
 */
export const link = command(
  LinkCasesInput,
  (ctx, args) =>
    onBoth(ctx, async () => {
      const current = await caseOf(ctx, args.caseId);
      const other = await ctx.db.cases.where('no').equals(args.otherNo).first();
      if (!other) throw fieldProblem('cases.notFound');
      const problem = linkProblem(current, other);
      if (problem) throw fieldProblem(problem, { no: other.no });
      const by = { id: ctx.actor!.id, name: ctx.actor!.name };
      const tie = { kind: args.kind, note: args.note, at: ctx.now(), by };
      const next = await writeLinked(ctx, current, withLink(current, other, tie), 'cases.link', { caseNo: other.no, kind: args.kind, note: args.note });
      await writeLinked(ctx, other, withLink(other, current, tie), 'cases.link', { caseNo: current.no, kind: args.kind, note: args.note });
      return maskCaseFor(ctx.actor!.role, next);
    }),
  { access: 'cases.link' },
);

/** 取消关联: the link goes from both cases, with the reason in both histories. */
export const unlink = command(
  UnlinkCasesInput,
  (ctx, args) =>
    onBoth(ctx, async () => {
      const current = await caseOf(ctx, args.caseId);
      const other = await ctx.db.cases.get(args.otherId);
      const tie = relatedCasesOf(current).find((l) => l.id === args.otherId);
      // Named by the other case's number: the link the user meant is the one to that case.
      if (!tie) throw other ? new DeskError({ code: 'links.notLinked', params: { no: other.no } }) : new DeskError({ code: 'cases.notFound' });
      const detail = (no: string) => ({ caseNo: no, kind: tie.kind, reason: args.reason });
      const next = await writeLinked(ctx, current, withoutLink(current, args.otherId), 'cases.unlink', detail(tie.no));
      if (other && relatedCasesOf(other).some((l) => l.id === current.id)) {
        await writeLinked(ctx, other, withoutLink(other, current.id), 'cases.unlink', detail(current.no));
      }
      return maskCaseFor(ctx.actor!.role, next);
    }),
  { access: 'cases.unlink' },
);

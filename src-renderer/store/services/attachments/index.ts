import { z } from 'zod';
import { AddAttachmentInput, attachmentSizeProblem, attachmentType } from '../../../domain/cases/attachments';
import type { AttachmentMeta, AttachmentRecord } from '../../../domain/cases/entries';
import { DeskError } from '../../../domain/common/errors';
import { id } from '../../../domain/common/fields';
import { STEP_OF } from '../../../domain/lifecycle/machine';
import { maskAttachmentFor } from '../../../domain/privacy/mask';
import type { Role } from '../../../domain/users/roles';
import type { DeskDb } from '../../db';
import { caseCommand } from '../../core/case-command';
import { query, type ServiceModule } from '../../rpc/define';

/**
 * Evidence files (photos, PDFs, audio) kept with the case, within the per-file and per-case limits —
 * in every status until the case is archived (case-command) or anonymised: a customer calls back
 * with a photo after the case was closed, a 12315 case still owes its final reply.
 */
const add = caseCommand('attachments.add', AddAttachmentInput, async (ctx, current, args) => {
  // Its files were deleted with the customer's data: a new one would bring the person back.
  if (current.anonymisedAt !== undefined) throw new DeskError({ code: 'attachments.anonymised', params: { no: current.no } });
  const size = args.data.size;
  // Known by its type, or by its extension when the browser had none (.heic): kept under the proper type, so it opens as what it is.
  const kind = attachmentType(args.name, args.type);
  if (!kind.ok) throw new DeskError({ code: kind.code, params: { name: args.name } });
  const problem = attachmentSizeProblem(args.name, size, current.attachmentBytes, ctx.settings.attachments);
  if (problem) throw new DeskError(problem);
  const meta: AttachmentMeta = {
    id: crypto.randomUUID(),
    caseId: current.id,
    name: args.name,
    type: kind.type,
    size,
    addedAt: ctx.now(),
    addedBy: ctx.actorPerson,
    // Filed under the step the case is at (a terminated case: the step it ended at), whatever a caller says.
    step: STEP_OF[current.termination?.from ?? current.status],
  };
  // The bytes carry the type too: whoever reads them back as a Blob gets what the meta says.
  const data = args.data.type === kind.type ? args.data : new Blob([args.data], { type: kind.type });
  await ctx.db.attachments.add({ ...meta, data });
  return { next: { ...current, attachmentBytes: current.attachmentBytes + size }, detail: { attachmentId: meta.id, name: meta.name, size } };
});

/**
 * A file's record with its name as `role` may read it (identifiers in it masked without `contacts.view`,
 * with its case's own address and account, as the case's texts are).
 */
async function shownTo<T extends AttachmentMeta>(db: DeskDb, role: Role, rows: T[]): Promise<T[]> {
  const caseId = rows[0]?.caseId;
  const record = caseId === undefined ? undefined : await db.cases.get(caseId);
  return rows.map((row) => maskAttachmentFor(role, row, record?.address, record?.socialAccount));
}

const list = query(z.object({ caseId: id() }), async ({ db, actor }, { caseId }): Promise<AttachmentMeta[]> => {
  const rows = await db.attachments.where('caseId').equals(caseId).toArray();
  return shownTo(db, actor!.role, rows.map(({ data: _data, ...meta }) => meta).sort((a, b) => a.addedAt - b.addedAt));
});

/** The file itself, to save a copy: its bytes as kept (a role without `contacts.view` may still open it), its name as `list` gives it. */
const get = query(z.object({ id: id() }), async ({ db, actor }, args): Promise<AttachmentRecord> => {
  const row = await db.attachments.get(args.id);
  if (!row) throw new DeskError({ code: 'attachments.notFound' });
  const [shown] = await shownTo(db, actor!.role, [row]);
  return shown!;
});

/** 证据附件. */
export const attachmentsService = {
  'attachments.add': add,
  'attachments.list': list,
  'attachments.get': get,
} satisfies ServiceModule;

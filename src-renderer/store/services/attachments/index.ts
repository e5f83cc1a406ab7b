import { z } from 'zod';
import { AddAttachmentInput, attachmentSizeProblem, attachmentType } from '../../../domain/cases/attachments';
import type { CaseRecord } from '../../../domain/cases/case';
import type { AttachmentMeta, AttachmentRecord, StoredAttachment } from '../../../domain/cases/entries';
import { DeskError } from '../../../domain/common/errors';
import { id } from '../../../domain/common/fields';
import { STEP_OF } from '../../../domain/lifecycle/machine';
import { maskAttachmentFor } from '../../../domain/privacy/mask';
import type { Role } from '../../../domain/users/roles';
import type { DeskDb } from '../../db';
import { caseCommand } from '../../core/case-command';
import { query, type Handler, type ServiceModule } from '../../rpc/define';
import { examine, type Examined } from './examine';
import { withdraw } from './withdraw';

/** The add command's input inside the store host: the caller's, with what the bytes said (never the caller's word). */
const Examinable = AddAttachmentInput.extend({ examined: z.custom<Examined>() });

/**
 * Evidence files (photos, PDFs, audio, phone videos, Office documents, texts) kept with the case,
 * within the per-file and per-case limits — in every status until the case is archived (case-command)
 * or anonymised: a customer calls back with a photo after the case was closed, a 12315 case still
 * owes its final reply. A file whose content is not what its type says, a program, or a second copy
 * of a file the case holds is refused.
 */
const addExamined = caseCommand('attachments.add', Examinable, async (ctx, current, args) => {
  // Its files were deleted with the customer's data: a new one would bring the person back.
  if (current.anonymisedAt !== undefined) throw new DeskError({ code: 'attachments.anonymised', params: { no: current.no } });
  const size = args.data.size;
  // Known by its type, or by its extension when the browser had none (.heic): kept under the proper type, so it opens as what it is.
  const kind = attachmentType(args.name, args.type);
  if (!kind.ok) throw new DeskError({ code: kind.code, params: { name: args.name } });
  const problem = attachmentSizeProblem(args.name, size, current.attachmentBytes, ctx.settings.attachments);
  if (problem) throw new DeskError(problem);
  const { content, sha256, earlier } = args.examined;
  if (content && !content.ok) throw new DeskError({ code: content.code, params: { name: args.name } });
  // Not read before the transaction, yet within the limits now: the limits were raised meanwhile.
  if (sha256 === null) throw new DeskError({ code: 'store.conflict' });
  await refuseSecondCopy(ctx.db, ctx.actor!.role, current, args.name, sha256, earlier);
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
    sha256,
  };
  // The bytes carry the type too: whoever reads them back as a Blob gets what the meta says.
  const data = args.data.type === kind.type ? args.data : new Blob([args.data], { type: kind.type });
  await ctx.db.attachments.add({ ...meta, data });
  return { next: { ...current, attachmentBytes: current.attachmentBytes + size }, detail: { attachmentId: meta.id, name: meta.name, size, sha256 } };
});

/**
 * The same file twice on one case is a slip (chosen again, sent again by the customer): refused,
 * naming the copy the case holds and when it came. A withdrawn copy holds nothing: the file may come back.
 */
async function refuseSecondCopy(db: DeskDb, role: Role, current: CaseRecord, name: string, sha256: string, earlier: ReadonlyMap<string, string>) {
  const rows = await db.attachments.where('caseId').equals(current.id).toArray();
  const copy = rows.find((row) => row.withdrawn === undefined && (row.sha256 ?? earlier.get(row.id)) === sha256);
  if (!copy) return;
  const shown = maskAttachmentFor(role, copy, current.address, current.socialAccount);
  throw new DeskError({ code: 'attachments.duplicate', params: { name, earlier: shown.name, addedAt: copy.addedAt } });
}

/** Its bytes are read and judged first, outside the transaction (a Blob cannot be read inside one). */
const add: Handler<typeof AddAttachmentInput, CaseRecord> = {
  ...addExamined,
  input: () => AddAttachmentInput,
  run: async (ctx, args) => addExamined.run(ctx, { ...args, examined: await examine(ctx.db, args) }),
};

/**
 * A file's record with its name as `role` may read it (identifiers in it masked without `contacts.view`,
 * with its case's own address and account, as the case's texts are).
 */
async function shownTo<T extends AttachmentMeta>(db: DeskDb, role: Role, rows: T[]): Promise<T[]> {
  const caseId = rows[0]?.caseId;
  const record = caseId === undefined ? undefined : await db.cases.get(caseId);
  return rows.map((row) => maskAttachmentFor(role, row, record?.address, record?.socialAccount));
}

/** The records of a case's files without their bytes: withdrawn ones too, marked so. */
export function metaOf({ data: _data, ...meta }: StoredAttachment): AttachmentMeta {
  return meta;
}

const list = query(z.object({ caseId: id() }), async ({ db, actor }, { caseId }): Promise<AttachmentMeta[]> => {
  const rows = await db.attachments.where('caseId').equals(caseId).toArray();
  return shownTo(db, actor!.role, rows.map(metaOf).sort((a, b) => a.addedAt - b.addedAt));
});

/** The file itself, to save a copy: its bytes as kept (a role without `contacts.view` may still open it), its name as `list` gives it. */
const get = query(z.object({ id: id() }), async ({ db, actor }, args): Promise<AttachmentRecord> => {
  const row = await db.attachments.get(args.id);
  if (!row) throw new DeskError({ code: 'attachments.notFound' });
  const [shown] = await shownTo(db, actor!.role, [row]);
  // Withdrawn: its bytes were deleted; the record says by whom.
  if (!shown!.data) throw new DeskError({ code: 'attachments.withdrawnNoFile', params: { name: shown!.name } });
  return { ...shown!, data: shown!.data };
});

/** 证据附件. */
export const attachmentsService = {
  'attachments.add': add,
  'attachments.list': list,
  'attachments.get': get,
  'attachments.withdraw': withdraw,
} satisfies ServiceModule;

import { z } from 'zod';
import { AddAttachmentInput, attachmentType } from '../../../domain/cases/attachments';
import type { AttachmentMeta } from '../../../domain/cases/entries';
import { DeskError } from '../../../domain/common/errors';
import { id } from '../../../domain/common/fields';
import { STEP_OF } from '../../../domain/lifecycle/machine';
import { caseCommand } from '../../core/case-command';
import { query, type ServiceModule } from '../../rpc/define';

const MB = 1024 * 1024;

/** Evidence files (photos, PDFs, audio) kept with the case, within the per-file and per-case limits. */
const add = caseCommand('attachments.add', AddAttachmentInput, async (ctx, current, args) => {
  const { maxFileMB, maxCaseMB } = ctx.settings.attachments;
  const size = args.data.size;
  // Known by its type, or by its extension when the browser had none (.heic): kept under the proper type, so it opens as what it is.
  const kind = attachmentType(args.name, args.type);
  if (!kind.ok) throw new DeskError({ code: kind.code, params: { name: args.name } });
  // A file that failed to copy (a photo still syncing, a broken download) is no evidence.
  if (size === 0) throw new DeskError({ code: 'attachments.empty', params: { name: args.name } });
  if (size > maxFileMB * MB) throw new DeskError({ code: 'attachments.fileTooLarge', params: { name: args.name, max: maxFileMB } });
  if (current.attachmentBytes + size > maxCaseMB * MB) {
    throw new DeskError({ code: 'attachments.caseFull', params: { name: args.name, max: maxCaseMB } });
  }
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

const list = query(z.object({ caseId: id() }), async ({ db }, { caseId }): Promise<AttachmentMeta[]> => {
  const rows = await db.attachments.where('caseId').equals(caseId).toArray();
  return rows.map(({ data: _data, ...meta }) => meta).sort((a, b) => a.addedAt - b.addedAt);
});

const get = query(z.object({ id: id() }), async ({ db }, args) => {
  const row = await db.attachments.get(args.id);
  if (!row) throw new DeskError({ code: 'attachments.notFound' });
  return row;
});

/** 证据附件. */
export const attachmentsService = {
  'attachments.add': add,
  'attachments.list': list,
  'attachments.get': get,
} satisfies ServiceModule;

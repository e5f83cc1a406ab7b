import { WithdrawAttachmentInput, withdrawalRefusal } from '../../../domain/cases/attachment-withdrawal';
import type { CaseRecord } from '../../../domain/cases/case';
import type { AttachmentMeta } from '../../../domain/cases/entries';
import { DeskError } from '../../../domain/common/errors';
import { maskAttachmentFor, maskCaseFor } from '../../../domain/privacy/mask';
import { may } from '../../../domain/users/roles';
import { appendAudit } from '../../core/audit';
import { withDerivedFields } from '../../core/derived';
import { command } from '../../rpc/define';
import { hashOfKept } from './examine';

/**
 * 撤下附件: the file's bytes deleted, its record kept and marked (who, when, why; its name, size and
 * hash stay as they were), the case's total of kept bytes lowered, audited on the case's chain with the
 * file's name, size, hash and the reason — all in one transaction. Who may, when, is `withdrawalRefusal`'s;
 * the roles that may neither add nor withdraw are refused before anything is read.
 */
export const withdraw = command(
  WithdrawAttachmentInput,
  async (ctx, args): Promise<CaseRecord> => {
    const { db } = ctx;
    const actor = ctx.actor!;
    if (!may(actor.role, 'attachments.withdraw') && !may(actor.role, 'attachments.add')) {
      throw new DeskError({ code: 'auth.forbidden', params: { permission: 'attachments.withdraw', role: actor.role } });
    }
    // A file kept before hashes were is hashed now, before the transaction (its bytes cannot be read inside one).
    const hashed = await hashOfKept(await db.attachments.get(args.id));
    return db.transaction('rw', [db.cases, db.attachments, db.audit, db.auditHeads], async () => {
      const row = await db.attachments.get(args.id);
      if (!row) throw new DeskError({ code: 'attachments.notFound' });
      const current = await db.cases.get(row.caseId);
      if (!current) throw new DeskError({ code: 'cases.notFound' });
      const { data: _data, ...meta } = row;
      // Named in a refusal as the colleague may read it.
      const shown = maskAttachmentFor(actor.role, meta, current.address, current.socialAccount);
      const refusal = withdrawalRefusal(actor, current, shown);
      if (refusal) throw new DeskError(refusal);
      const now = ctx.now();
      const sha256 = meta.sha256 ?? hashed;
      const kept: AttachmentMeta = {
        ...meta,
        ...(sha256 !== undefined ? { sha256 } : {}),
        withdrawn: { at: now, by: { id: actor.id, name: actor.name }, reason: args.reason },
      };
      // put, not update: the row is written without its bytes, which go with the old row.
      await db.attachments.put(kept);
      const next = withDerivedFields({ ...current, attachmentBytes: Math.max(0, current.attachmentBytes - meta.size), updatedAt: now });
      await db.cases.put(next);
      await appendAudit(db, {
        subject: current.id,
        at: now,
        actor: { id: actor.id, name: actor.name, role: actor.role },
        command: 'attachments.withdraw',
        before: current,
        after: next,
        detail: { attachmentId: meta.id, name: meta.name, size: meta.size, ...(sha256 !== undefined ? { sha256 } : {}), reason: args.reason },
      });
      ctx.changed('cases', current.id);
      return maskCaseFor(actor.role, next);
    });
  },
  { access: 'signedIn' },
);

import { Dexie } from 'dexie';
import type { AttachmentMeta } from '../../../domain/cases/entries';
import { appendAudit } from '../../core/audit';
import { withDerivedFields } from '../../core/derived';
import type { DeskDb } from '../../db';
import type { StoreContext } from '../../rpc/define';

/** The commands that leave a file withdrawn: by a colleague, and kept so across a restore (below). */
const WITHDRAWING = ['attachments.withdraw', 'attachments.withdrawKept'] as const;

/** The files the current data holds withdrawn, found by the events that withdrew them (the audit is indexed by command). */
async function withdrawnNow(db: DeskDb): Promise<AttachmentMeta[]> {
  const ids = new Set<string>();
  for (const command of WITHDRAWING) {
    const events = await db.audit.where('[command+at+subject+n]').between([command, -Infinity, Dexie.minKey, -Infinity], [command, Infinity, Dexie.maxKey, Infinity]).toArray();
    for (const event of events) if (typeof event.detail?.attachmentId === 'string') ids.add(event.detail.attachmentId);
  }
  const rows = await db.attachments.bulkGet([...ids]);
  return rows.flatMap((row) => (row?.withdrawn ? [(({ data: _data, ...meta }) => meta)(row)] : []));
}

/**
 * A file withdrawn now stays withdrawn in the data a restore brings back. A backup made before the
 * withdrawal still holds the file — another customer's photo, a wrong recording — and restored as it
 * was, it came back on the case. So, before the switch, each such file of the restored data loses its
 * bytes and takes the withdrawal as recorded now, its case's kept bytes lowered, audited on the
 * restored case's chain (`attachments.withdrawKept`, with who withdrew it, when and why). Answers how
 * many files were withdrawn there.
 */
export async function keepWithdrawals(ctx: StoreContext, restored: DeskDb): Promise<number> {
  const files = await withdrawnNow(ctx.db);
  if (files.length === 0) return 0;
  const actor = ctx.actor!;
  const at = ctx.now();
  let kept = 0;
  await restored.transaction('rw', [restored.cases, restored.attachments, restored.audit, restored.auditHeads], async () => {
    for (const file of files) {
      const there = await restored.attachments.get(file.id);
      // Not in the backup (added later), or already withdrawn there, or gone with an anonymisation.
      if (!there || there.withdrawn) continue;
      const record = await restored.cases.get(there.caseId);
      if (!record) continue;
      const { data: _data, ...meta } = there;
      await restored.attachments.put({ ...meta, ...(file.sha256 !== undefined ? { sha256: file.sha256 } : {}), withdrawn: file.withdrawn! });
      const next = withDerivedFields({ ...record, attachmentBytes: Math.max(0, record.attachmentBytes - meta.size), updatedAt: at });
      await restored.cases.put(next);
      await appendAudit(restored, {
        subject: record.id,
        at,
        actor: { id: actor.id, name: actor.name, role: actor.role },
        command: 'attachments.withdrawKept',
        before: record,
        after: next,
        detail: {
          attachmentId: meta.id,
          name: meta.name,
          size: meta.size,
          reason: file.withdrawn!.reason,
          withdrawnAt: file.withdrawn!.at,
          withdrawnBy: file.withdrawn!.by.name,
        },
      });
      kept += 1;
    }
  });
  return kept;
}

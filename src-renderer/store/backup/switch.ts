import { Dexie } from 'dexie';
import { summarise, type BackupSummary } from '../../domain/backup/manifest';
import type { BackupLogRecord } from '../../domain/backup/log';
import { spaceShortfall } from '../../domain/backup/status';
import { DeskError } from '../../domain/common/errors';
import { NO_PROGRESS, renamed, type JobPhase, type ProgressSink } from '../../domain/jobs/progress';
import { DeskDb } from '../db';
import type { StoreContext } from '../rpc/define';
import { makeBackup } from './create';
import { backupEnvironment } from './environment';
import type { SinkRefusal } from './targets';
import type { ByteSource } from './zip/source';
import { recordBackup } from './log';
import { openBackup } from './open';
import { keepErasures } from './keep-erasures';
import { keepWithdrawals } from '../services/attachments/keep-withdrawals';
import { restoreInto, scratchName } from './restore';
import { whileWriting } from './writing-lock';

export interface RestoreOutcome {
  restored: BackupSummary;
  /** Where the backup of the data replaced went. */
  preRestore: { fileName: string; path: string };
  /** Cases the backup still held with personal data the current data had erased: anonymised again (keep-erasures.ts). */
  erasuresKept: number;
}

/**
 * A restore, in the order that keeps the current data safe: check the file, check the free space,
 * back up the current data, write and verify a new database, log the restore in it, and only then
 * point the host at it. Every refusal before the last step leaves the current database as it was.
 */
const logKey = (row: BackupLogRecord) => `${row.at}|${row.kind}|${row.fileName}`;

export async function restoreBackup(
  ctx: StoreContext,
  source: ByteSource,
  fileName: string,
  progress: ProgressSink<JobPhase<'restore'>> = NO_PROGRESS,
): Promise<RestoreOutcome> {
  const environment = backupEnvironment(ctx.db);
  if (!environment) throw new DeskError({ code: 'backup.unavailable' });
  const backup = await openBackup(source, progress);

  const shortfall = spaceShortfall(await environment.estimate(), backup.manifest.bytes);
  if (shortfall) throw new DeskError({ code: 'backup.diskFull', params: shortfall });

  const now = ctx.now();
  const before = await makeBackup(ctx.db, {
    now,
    kind: 'pre-restore',
    target: environment.preRestore,
    progress: renamed(progress, { reading: 'savingCurrent', packing: 'packingCurrent' }),
  }).catch((error: unknown): SinkRefusal => {
    console.error('the backup before the restore failed', error);
    return { ok: false, code: 'backup.saveFailed' };
  });
  // Too little room for the file is said as such; any other failure of the target as "could not back up first".
  if (!before.ok) throw new DeskError(before.code === 'backup.diskFull' && before.params ? { code: before.code, params: before.params } : { code: 'backup.preRestoreFailed' });

  const name = scratchName(now);
  let erasuresKept = 0;
  // Marked as being written until the pointer names it or it is deleted: a store host starting
  // meanwhile (another tab's, the next after a crash of this one) does not sweep it away.
  await whileWriting(name, async () => {
    let activated = false;
    try {
      await restoreInto(name, backup, progress);
      const restored = new DeskDb(name);
      try {
        const actor = { id: ctx.actor!.id, name: ctx.actor!.name, role: ctx.actor!.role };
        const counts = before.manifest.counts;
        // The log lists this desktop's backup files: the rows the backup did not have yet (the backup
        // restored from itself, those made after it) are kept, so no backup on disk drops out of the list.
        // Erased personal data stays erased: the backup may predate a deletion request or an anonymisation.
        erasuresKept = await keepErasures(ctx, restored);
        // Withdrawn attachments stay withdrawn too: the backup may predate a withdrawal.
        await keepWithdrawals(ctx, restored);
        const had = new Set((await restored.backups.toArray()).map(logKey));
        await restored.backups.bulkAdd((await ctx.db.backups.orderBy('at').toArray()).filter((row) => !had.has(logKey(row))).map(({ id: _id, ...row }) => row));
        await recordBackup(restored, { at: now, kind: 'pre-restore', fileName: before.fileName, path: before.path, bytes: before.bytes, counts }, actor, 'backup.preRestore');
        await recordBackup(
          restored,
          { at: now, kind: 'restored', fileName: fileName || backup.manifest.kind, path: '', bytes: source.size, counts: backup.manifest.counts, backupCreatedAt: backup.manifest.createdAt },
          actor,
          'backup.restore',
        );
      } finally {
        restored.close();
      }
      await environment.activate(name);
      activated = true;
    } finally {
      // However the restore ended short of the switch, the new database goes: no copy of the desk stays behind.
      if (!activated) await Dexie.delete(name).catch((error: unknown) => console.error('deleting the database of a failed restore failed', error));
    }
  });
  return { restored: summarise(backup.manifest), preRestore: { fileName: before.fileName, path: before.path }, erasuresKept };
}

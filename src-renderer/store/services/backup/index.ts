import { z } from 'zod';
import { DeskError } from '../../../domain/common/errors';
import type { BackupLogRecord } from '../../../domain/backup/log';
import { summarise, type BackupManifest, type BackupSummary } from '../../../domain/backup/manifest';
import { coveredAt, isStale, lastCovering } from '../../../domain/backup/status';
import { makeBackup, type MadeBackup } from '../../backup/create';
import { openBackup } from '../../backup/open';
import { restoreBackup, type RestoreOutcome } from '../../backup/switch';
import { recordBackup } from '../../backup/log';
import { asJob } from '../../jobs/registry';
import { issueBackup, returnIssuedBackup, takeIssuedBackup } from './issued';
import { command, query, type ServiceModule, type StoreContext } from '../../rpc/define';

/** Up to MAX_BACKUP_FILE_BYTES, as the file dialog allows; bytes from another realm (a worker, jsdom) are accepted too. */
const FileBytes = z.custom<Uint8Array>((value) => ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]', {
  error: 'validation.invalid',
});
const FileInput = z.object({ data: FileBytes, fileName: z.string().max(255).default('') });

const auditActor = (ctx: StoreContext) => ({ id: ctx.actor!.id, name: ctx.actor!.name, role: ctx.actor!.role });

/** A backup made for a window to save, with the one-time token that logs it once saved (`backup.saved`). */
export interface IssuedBackupFile extends MadeBackup {
  token: string;
}

/**
 * 备份到文件: the whole database as a `.cdbak` file the UI saves where the user chooses. Nothing is
 * logged yet: the user may still cancel the save dialog, or the save fail. The host remembers what it
 * made, for `backup.saved` to log.
 */
const create = command(
  z.object({}).default({}),
  async (ctx): Promise<IssuedBackupFile> => {
    const now = ctx.now();
    // Followed by the window that asked (jobs.progress): a large desk takes a minute.
    const backup = await asJob(ctx.db, 'backup', ctx.actor!.id, (progress) => makeBackup(ctx.db, { now, kind: 'manual', progress }));
    const token = issueBackup(ctx.db, { at: now, fileName: backup.fileName, bytes: backup.data.byteLength, counts: backup.manifest.counts, actorId: ctx.actor!.id }, now);
    return { ...backup, token };
  },
  { access: 'backup.create' },
);

/** Where the platform saved the file: a desktop path, or '' where it cannot say (a browser download). */
const SavedInput = z.object({ token: z.string().min(1).max(100), path: z.string().max(4096).default('') });

/**
 * The file of a `backup.create` was saved: logged and audited (as `backup.create`, the action the
 * user took), as made by this host, the path as the platform answered. A token is good once.
 */
const saved = command(
  SavedInput,
  async (ctx, { token, path }): Promise<{ id: number }> => {
    const backup = takeIssuedBackup(ctx.db, token, ctx.actor!.id, ctx.now());
    if (!backup) throw new DeskError({ code: 'backup.notIssued' });
    let id: number;
    try {
      id = await recordBackup(
        ctx.db,
        { at: backup.at, kind: 'manual', fileName: backup.fileName, path, bytes: backup.bytes, counts: backup.counts },
        auditActor(ctx),
        'backup.create',
      );
    } catch (error) {
      returnIssuedBackup(ctx.db, token, backup);
      throw error;
    }
    ctx.changed('backups', String(id));
    return { id };
  },
  // A save dialog may outlast the idle lock (nothing typed in the page meanwhile): the file is saved, and
  // logging what this host made for this user reads and changes nothing else.
  { access: 'backup.create', whileLocked: true },
);

/** What a file holds, checked end to end, before the user decides to restore it; nothing is written. */
const inspect = query(
  FileInput,
  async (ctx, { data }): Promise<BackupSummary> => summarise((await asJob(ctx.db, 'restoreCheck', ctx.actor!.id, (progress) => openBackup(data, progress))).manifest),
  { access: 'backup.restore' },
);

/** 从备份恢复: replaces every record with the file's, after a backup of the current data (see `restoreBackup`). */
const restore = command(FileInput, async (ctx, { data, fileName }): Promise<RestoreOutcome> => asJob(ctx.db, 'restore', ctx.actor!.id, (progress) => restoreBackup(ctx, data, fileName, progress)), {
  access: 'backup.restore',
  confirm: true,
});

export interface BackupStatus {
  /** The row that last saved the current data (a backup made, or the restore of one), or none. */
  last: BackupLogRecord | null;
  /** When the current data was last saved: that backup's time, or the restored backup's. */
  lastAt: number | null;
  /** No backup yet, or the last one older than two days. */
  stale: boolean;
  /** The newest 20 rows of the backup log, restores included. */
  recent: BackupLogRecord[];
}

const status = query(
  z.object({}).default({}),
  async (ctx): Promise<BackupStatus> => {
    const { db } = ctx;
    const recent = await db.backups.orderBy('at').reverse().limit(20).toArray();
    // A few rows a day at most: the whole log is read, since a restore's row may cover an older time than rows after it.
    const last = lastCovering(await db.backups.toArray());
    const lastAt = last && coveredAt(last);
    return { last, lastAt, stale: isStale(lastAt, ctx.now()), recent };
  },
  { access: 'backup.create' },
);

/** 备份与恢复. */
export const backupService = {
  'backup.create': create,
  'backup.saved': saved,
  'backup.inspect': inspect,
  'backup.restore': restore,
  'backup.status': status,
} satisfies ServiceModule;

export type { BackupManifest, BackupSummary, RestoreOutcome };

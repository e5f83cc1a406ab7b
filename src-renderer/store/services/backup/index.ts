import { z } from 'zod';
import { DeskError } from '../../../domain/common/errors';
import type { BackupLogRecord } from '../../../domain/backup/log';
import { summarise, type BackupManifest, type BackupSummary } from '../../../domain/backup/manifest';
import { coveredAt, isStale, lastCovering } from '../../../domain/backup/status';
import { makeBackup } from '../../backup/create';
import { backupEnvironment } from '../../backup/environment';
import { blobTarget } from '../../backup/targets';
import { blobSource, bytesSource, type ByteSource } from '../../backup/zip/source';
import { openBackup } from '../../backup/open';
import { restoreBackup, type RestoreOutcome } from '../../backup/switch';
import { recordBackup } from '../../backup/log';
import { asJob } from '../../jobs/registry';
import { issueBackup, returnIssuedBackup, takeIssuedBackup } from './issued';
import { command, query, type ServiceModule, type StoreContext } from '../../rpc/define';

/** Bytes from another realm (a worker, jsdom) are accepted too. */
const FileBytes = z.custom<Uint8Array>((value) => ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]', {
  error: 'validation.invalid',
});
const FileBlob = z.custom<Blob>((value) => ['[object Blob]', '[object File]'].includes(Object.prototype.toString.call(value)), { error: 'validation.invalid' });

/**
 * The file to check or restore, of any size: a File the browser window picked, a file main opened
 * for it on the desktop (`source`, `bytes` long: read through main a range at a time), or bytes.
 */
const FileInput = z
  .object({
    data: FileBytes.optional(),
    file: FileBlob.optional(),
    source: z.object({ id: z.string().min(1).max(100), bytes: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) }).optional(),
    fileName: z.string().max(255).default(''),
  })
  .refine((input) => [input.data, input.file, input.source].filter((given) => given !== undefined).length === 1, { error: 'validation.invalid' });

function sourceOf(ctx: StoreContext, input: z.infer<typeof FileInput>): ByteSource & { release?(): Promise<void> } {
  if (input.data) return bytesSource(input.data);
  if (input.file) return blobSource(input.file);
  const environment = backupEnvironment(ctx.db);
  if (!environment?.openSource) throw new DeskError({ code: 'backup.unavailable' });
  return environment.openSource(input.source!.id, input.source!.bytes, input.fileName);
}

const auditActor = (ctx: StoreContext) => ({ id: ctx.actor!.id, name: ctx.actor!.name, role: ctx.actor!.role });

/**
 * What 备份到文件 made: on the desktop, written to the file the user chose and logged (`saved`); in
 * the browser, a Blob for the window to download, with the one-time token that logs it once saved
 * (`backup.saved`).
 */
export type CreatedBackup =
  | { kind: 'saved'; fileName: string; path: string; bytes: number; id: number }
  | { kind: 'download'; fileName: string; blob: Blob; bytes: number; token: string; manifest: BackupManifest };

/** A refusal of the target (no room, the disk filled up) in the user's words. */
const refused = (made: { code: string; params?: Record<string, string | number> }): never => {
  throw new DeskError({ code: made.code, ...(made.params ? { params: made.params } : {}) });
};

/**
 * 备份到文件: the whole database as a `.cdbak` file. On the desktop the window chose the file first
 * (`target`, from main's save dialog) and the backup is written there as it is made; in the browser
 * it comes back as a Blob, not logged yet: the download may still be cancelled.
 */
const create = command(
  z.object({ target: z.string().min(1).max(100).optional() }).default({}),
  async (ctx, { target }): Promise<CreatedBackup> => {
    const now = ctx.now();
    const environment = backupEnvironment(ctx.db);
    if (target !== undefined && !environment?.manualTarget) throw new DeskError({ code: 'backup.unavailable' });
    const inMemory = target === undefined ? blobTarget() : null;
    const destination = inMemory ?? environment!.manualTarget!(target!);
    // Followed by the window that asked (jobs.progress): a large desk takes a minute.
    const made = await asJob(ctx.db, 'backup', ctx.actor!.id, (progress) => makeBackup(ctx.db, { now, kind: 'manual', target: destination, progress }));
    if (!made.ok) return refused(made);
    if (!inMemory) {
      // The name the user gave the file in the save dialog, as 备份记录 lists it.
      const fileName = made.path.split(/[\\/]/).pop() || made.fileName;
      const id = await recordBackup(
        ctx.db,
        { at: now, kind: 'manual', fileName, path: made.path, bytes: made.bytes, counts: made.manifest.counts },
        auditActor(ctx),
        'backup.create',
      );
      ctx.changed('backups', String(id));
      return { kind: 'saved', fileName, path: made.path, bytes: made.bytes, id };
    }
    const token = issueBackup(ctx.db, { at: now, fileName: made.fileName, bytes: made.bytes, counts: made.manifest.counts, actorId: ctx.actor!.id }, now);
    return { kind: 'download', fileName: made.fileName, blob: inMemory.blob()!, bytes: made.bytes, token, manifest: made.manifest };
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

/**
 * Refusals that are about the file itself: it will never restore, so main may close it (a desktop
 * source). Others (no room, a backup of the current data that failed) leave it open for a retry.
 */
const FILE_REFUSALS = new Set(['backup.notABackup', 'backup.truncated', 'backup.corrupt', 'backup.newerFormat', 'backup.newerSchema', 'backup.countsDiffer', 'backup.verifyFailed', 'file.readFailed']);

/** Runs `read` on the file, closing a desktop source once it is restored or refused for what it holds. */
async function withSource<T>(source: ByteSource & { release?(): Promise<void> }, read: () => Promise<T>, releaseOnSuccess: boolean): Promise<T> {
  try {
    const result = await read();
    if (releaseOnSuccess) await source.release?.();
    return result;
  } catch (error) {
    if (error instanceof DeskError && FILE_REFUSALS.has(error.data.code)) await source.release?.();
    throw error;
  }
}

/** What a file holds, checked end to end, before the user decides to restore it; nothing is written. */
const inspect = query(
  FileInput,
  async (ctx, input): Promise<BackupSummary> => {
    const source = sourceOf(ctx, input);
    // Kept open once checked: the restore reads it again.
    const opened = await withSource(source, () => asJob(ctx.db, 'restoreCheck', ctx.actor!.id, (progress) => openBackup(source, progress)), false);
    return summarise(opened.manifest);
  },
  { access: 'backup.restore' },
);

/** 从备份恢复: replaces every record with the file's, after a backup of the current data (see `restoreBackup`). */
const restore = command(FileInput, async (ctx, input): Promise<RestoreOutcome> => {
  const source = sourceOf(ctx, input);
  return withSource(source, () => asJob(ctx.db, 'restore', ctx.actor!.id, (progress) => restoreBackup(ctx, source, input.fileName, progress)), true);
}, {
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

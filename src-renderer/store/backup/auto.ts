import type { AutoBackupKind, BackupStreamOpenRequest, DeskHostBridge } from '../../../src-main/core/contract';
import { MAX_BACKUP_PART_BYTES } from '../../../src-main/core/contract';
import { SYSTEM_ACTOR } from '../core/archive';
import { DeskError } from '../../domain/common/errors';
import type { DeskDb } from '../db';
import { makeBackup } from './create';
import { recordBackup } from './log';
import { asJob } from '../jobs/registry';
import { SinkRefused, type BackupTarget, type SinkRefusal, type SinkResult } from './targets';
import type { ByteSource } from './zip/source';

/** What of main's bridge backups use: its file streams and the ranges of a file chosen to restore. */
export type MainFiles = Pick<
  DeskHostBridge,
  'backupStreamOpen' | 'backupStreamWrite' | 'backupStreamClose' | 'backupStreamAbort' | 'backupSourceRead' | 'backupSourceRelease'
>;

const refusalOf = (result: { status: 'refused'; code: string; params?: Record<string, string | number> }): SinkRefusal => ({
  ok: false,
  code: result.code,
  ...(result.params ? { params: result.params } : {}),
});

/** A failure of the bridge itself (main gone, a message refused): the backup could not be saved. */
const SAVE_FAILED: SinkRefusal = { ok: false, code: 'backup.saveFailed' };

/**
 * A backup written by main a part at a time (desktop): into the backups folder for the automatic
 * kinds, which main names and rotates, or to the file the user chose for a manual one.
 */
export function mainTarget(files: MainFiles, destination: { kind: AutoBackupKind } | { kind: 'manual'; target: string }): BackupTarget {
  return {
    async open(expectedBytes) {
      const request: BackupStreamOpenRequest = { ...destination, expectedBytes };
      const opened = await files.backupStreamOpen(request).catch((error: unknown) => {
        console.error('main could not open a backup file', error);
        return null;
      });
      if (!opened) return SAVE_FAILED;
      if (opened.status === 'refused') return refusalOf(opened);
      const { stream } = opened;
      return {
        async write(part) {
          // Main takes parts of a bounded size; the zip writer's are smaller, this is a guard.
          for (let at = 0; at < part.byteLength; at += MAX_BACKUP_PART_BYTES) {
            const written = await files.backupStreamWrite({ stream, data: part.subarray(at, at + MAX_BACKUP_PART_BYTES) as Uint8Array<ArrayBuffer> }).catch((error: unknown) => {
              console.error('main could not write a part of the backup', error);
              return null;
            });
            if (!written) throw new SinkRefused(SAVE_FAILED);
            if (written.status === 'refused') throw new SinkRefused(refusalOf(written));
          }
        },
        async close(bytes): Promise<SinkResult> {
          const saved = await files.backupStreamClose({ stream, bytes }).catch((error: unknown) => {
            console.error('main could not finish the backup file', error);
            return null;
          });
          if (!saved) return SAVE_FAILED;
          return saved.status === 'saved' ? { ok: true, path: saved.path } : refusalOf(saved);
        },
        async abort() {
          await files.backupStreamAbort({ stream }).catch((error: unknown) => console.error('main could not drop an unfinished backup', error));
        },
      };
    },
  };
}

/** Reads of a file the user chose to restore, through main (`bytes` long, as main said when it was chosen). */
export function mainSource(files: MainFiles, source: string, bytes: number, name = ''): ByteSource & { release(): Promise<void> } {
  return {
    size: bytes,
    // Main closes the file: a USB stick it is on can be ejected. Never throws.
    release: () => files.backupSourceRelease({ source }).catch((error: unknown) => console.error('main could not close the backup file', error)),
    async read(at, length) {
      if (length <= 0) return new Uint8Array(0);
      const result = await files.backupSourceRead({ source, at, length: Math.min(length, MAX_BACKUP_PART_BYTES) }).catch((error: unknown) => {
        // Main gone or the message refused: a read that failed, not a damaged file.
        console.error('main could not read the backup file', error);
        return { status: 'refused' as const, code: 'file.readFailed', params: { name, why: 'other' } };
      });
      // The file gone since it was chosen (a USB stick pulled out): said as main says it.
      if (result.status === 'refused') throw new DeskError({ code: result.code, ...(result.params ? { params: result.params } : {}) });
      return result.data;
    },
  };
}

/**
 * A backup main's schedule asked for (daily, on quit): made, written by main as it is made, logged
 * once main saved it. Answers the outcome for `backupDone`; the id of the log row when saved.
 */
export async function automaticBackup(db: DeskDb, files: MainFiles, kind: 'daily' | 'on-quit', now = Date.now()): Promise<SinkResult & { id?: number }> {
  let made;
  try {
    // A job of the host's own, so the tracking index reads beside it in large chunks (see case-index.ts).
    made = await asJob(db, 'backup', null, (progress) => makeBackup(db, { now, kind, target: mainTarget(files, { kind }), progress }));
  } catch (error) {
    console.error('making the backup failed', error);
    return SAVE_FAILED;
  }
  if (!made.ok) return made;
  const { fileName, manifest, path, bytes } = made;
  const id = await recordBackup(db, { at: now, kind, fileName, path, bytes, counts: manifest.counts }, SYSTEM_ACTOR, `backup.${kind}`);
  return { ok: true, path, id };
}

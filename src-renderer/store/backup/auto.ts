import type { SaveBackupRequest, SaveBackupResult } from '../../../src-main/core/contract';
import { SYSTEM_ACTOR } from '../core/archive';
import type { DeskDb } from '../db';
import { makeBackup, type MadeBackup } from './create';
import type { SinkResult } from './environment';
import { recordBackup } from './log';
import { asJob } from '../jobs/registry';

type SaveToMain = (request: SaveBackupRequest) => Promise<SaveBackupResult>;

/** Hands a backup to main, which writes it into the backups folder (desktop). */
export async function saveThroughMain(save: SaveToMain, kind: SaveBackupRequest['kind'], backup: MadeBackup): Promise<SinkResult> {
  try {
    const result = await save({ kind, fileName: backup.fileName, data: backup.data });
    return result.status === 'saved' ? { ok: true, path: result.path } : { ok: false, code: result.code, ...(result.params ? { params: result.params } : {}) };
  } catch (error) {
    console.error('main could not save the backup', error);
    return { ok: false, code: 'backup.saveFailed' };
  }
}

/**
 * A backup main's schedule asked for (daily, on quit): made, handed to main, logged once main
 * saved it. Answers the outcome for `backupDone`; the id of the log row when saved.
 */
export async function automaticBackup(db: DeskDb, save: SaveToMain, kind: 'daily' | 'on-quit', now = Date.now()): Promise<SinkResult & { id?: number }> {
  let backup: MadeBackup;
  try {
    // A job of the host's own, so the tracking index reads beside it in large chunks (see case-index.ts).
    backup = await asJob(db, 'backup', null, (progress) => makeBackup(db, { now, kind, progress }));
  } catch (error) {
    console.error('making the backup failed', error);
    return { ok: false, code: 'backup.saveFailed' };
  }
  const saved = await saveThroughMain(save, kind, backup);
  if (!saved.ok) return saved;
  const { fileName, manifest } = backup;
  const id = await recordBackup(db, { at: now, kind, fileName, path: saved.path, bytes: backup.data.byteLength, counts: manifest.counts }, SYSTEM_ACTOR, `backup.${kind}`);
  return { ...saved, id };
}

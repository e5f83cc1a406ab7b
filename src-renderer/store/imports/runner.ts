/**
 * The background import job of the store host: writes the file's chunks one after another (each
 * in its own transaction, see chunk.ts), hands each chunk's cases to the tracking index, tells the
 * windows and the deadline feed about them (see below), gives other commands a turn between
 * chunks, and stops after the current chunk when cancelled. Once it has stopped, the similar-cases
 * index and the suggestion models learn the imported cases in the background. A failure leaves the job
 * 'interrupted' with its reason; a host that went away leaves it 'running', which the next host
 * turns into 'interrupted' on first use of the imports area.
 */
import { Dexie } from 'dexie';
import type { AuditActor } from '../../domain/audit/chain';
import { DeskError, type DeskErrorData } from '../../domain/common/errors';
import { endedJob, type ImportJobRecord, type ImportJobStatus } from '../../domain/imports/job';
import { appendAudit } from '../core/audit';
import { DeskDb } from '../db';
import type { FileCheck } from './check';
import { yieldTurn } from './check';
import { writeChunk } from './chunk';
import { importConfig } from './config';
import { learnWritten, noteWritten } from '../search/changes';
import { publishImportChanges } from './events';

export interface Runner {
  jobId: string;
  cancelRequested: boolean;
  /** Aborted by a cancel: the chunk being written is rolled back, so a cancel takes effect at once. */
  cancel: AbortController;
  /** Settles when the job has stopped (done, cancelled or interrupted). */
  finished: Promise<void>;
}

/**
 * How often a running import tells the windows about the cases it wrote. Each time, the windows
 * run their queries again (the tracking table, the dashboard), competing with the next chunks;
 * told every second, they halved the import's speed. The progress bar is told more often (it
 * reads one row).
 */
const PUBLISH_EVERY_MS = 10_000;
const PROGRESS_EVERY_MS = 1_000;

const runners = new WeakMap<DeskDb, Map<string, Runner>>();
const recoveries = new WeakMap<DeskDb, Promise<void>>();

function runnersOf(db: DeskDb): Map<string, Runner> {
  let map = runners.get(db);
  if (!map) {
    map = new Map();
    runners.set(db, map);
  }
  return map;
}

export function runnerOf(db: DeskDb, jobId: string): Runner | undefined {
  return runnersOf(db).get(jobId);
}

/** The failure an aborted chunk ends with (the transaction's abort, or the signal's own). */
function isAbort(error: unknown): boolean {
  if (error instanceof Dexie.BulkError) return error.failures.length > 0 && error.failures.every((failure) => failure?.name === 'AbortError');
  return error instanceof Error && error.name === 'AbortError';
}

/** 取消导入: the job stops at once, the chunk it is writing rolled back (the chunks before it stay). */
export function requestCancel(runner: Runner): void {
  runner.cancelRequested = true;
  runner.cancel.abort();
}

/** The job this host is running, if any: one import at a time keeps numbering and disk use predictable. */
export function activeRunner(db: DeskDb): Runner | undefined {
  return runnersOf(db).values().next().value;
}

/**
 * Jobs recorded as running that no runner of this host runs were cut off by the previous host
 * ending (crash, quit, power loss): they become 'interrupted', resumable. Once per database.
 */
export function recoverInterrupted(db: DeskDb): Promise<void> {
  let recovery = recoveries.get(db);
  if (!recovery) {
    recovery = db.transaction('rw', db.imports, async () => {
      const live = runnersOf(db);
      const orphans = (await db.imports.toArray()).filter((job) => job.status === 'running' && !live.has(job.id));
      // `updatedAt` stays the job's last write: when it stopped (a 放弃 later dates its end by it), not when it was found.
      if (orphans.length > 0) await db.imports.bulkPut(orphans.map((job) => ({ ...job, status: 'interrupted' as const })));
    });
    recoveries.set(db, recovery);
    // A failed recovery (the database closing) is tried again by the next call.
    recovery.catch(() => recoveries.delete(db));
  }
  return recovery;
}

function describe(error: unknown): DeskErrorData {
  if (error instanceof DeskError) return error.data;
  if (error instanceof Dexie.QuotaExceededError || (error instanceof Error && error.name === 'QuotaExceededError')) return { code: 'store.diskFull' };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'store.internal', params: { detail: detail.slice(0, 300) } };
}

/**
 * Jobs whose interruption could not be written (the disk that stopped the import was full): what
 * stopped them, until a runner takes them up again. Without it the job read 正在导入 for as long as
 * the host ran, and 取消 waited for a runner that was gone.
 */
const unrecordedStops = new WeakMap<DeskDb, Map<string, DeskErrorData>>();

function unrecordedOf(db: DeskDb): Map<string, DeskErrorData> {
  let map = unrecordedStops.get(db);
  if (!map) unrecordedStops.set(db, (map = new Map()));
  return map;
}

/** The job as it stands: interrupted, with why, when its runner stopped without being able to say so. */
export function asItStands(db: DeskDb, job: ImportJobRecord): ImportJobRecord {
  const error = job.status === 'running' && !runnersOf(db).has(job.id) ? unrecordedOf(db).get(job.id) : undefined;
  return error ? { ...job, status: 'interrupted', error } : job;
}

/** Ends a running job (done, cancelled or interrupted) with its audit event. */
async function stopJob(db: DeskDb, jobId: string, status: Exclude<ImportJobStatus, 'running'>, actor: AuditActor, at: number, error: DeskErrorData | null) {
  await db.transaction('rw', [db.imports, db.audit, db.auditHeads], async () => {
    const job = await db.imports.get(jobId);
    if (!job || job.status !== 'running') return;
    const stopped: ImportJobRecord = { ...job, status, error, updatedAt: at, finishedAt: status === 'interrupted' ? null : at };
    // An interrupted job may be resumed with its value map; an ended one keeps no demand words.
    const next = status === 'interrupted' ? stopped : endedJob(stopped);
    await db.imports.put(next);
    await appendAudit(db, {
      subject: `import:${jobId}`,
      at,
      actor,
      command: status === 'interrupted' ? 'imports.interrupt' : 'imports.finish',
      before: { status: job.status },
      after: { status, rowsImported: next.rowsImported, rowsSkipped: next.rowsSkipped, chunksDone: next.chunksDone },
      ...(error ? { detail: { error: error.code } } : {}),
    });
  });
  publishImportChanges(db, [{ area: 'imports', ids: [jobId] }]);
}

/** Starts writing `job` from its next chunk, in the background; `check` holds the file's drafts. */
export function launch(db: DeskDb, job: ImportJobRecord, check: FileCheck, actor: AuditActor, now: () => number): Runner {
  const runner: Runner = { jobId: job.id, cancelRequested: false, cancel: new AbortController(), finished: Promise.resolve() };
  runnersOf(db).set(job.id, runner);
  unrecordedOf(db).delete(job.id);
  runner.finished = (async () => {
    const config = importConfig(db);
    // The chunks go through a connection of their own that commits without waiting for the disk
    // flush (a quarter of an import's time). That is safe because a chunk and the job's progress
    // commit together: a chunk a power cut loses takes its progress with it, and resuming writes it
    // again. The job's end is committed 'strict' on the host's connection, which also flushes every
    // chunk before it: an import reported done is on disk.
    const writer = new DeskDb(db.name, { ...db.connection, durability: 'relaxed' });
    let chunksDone = job.chunksDone;
    // Windows re-query on every event: told about each chunk, they would spend the import
    // re-querying. Imported ids are gathered and handed on every PUBLISH_EVERY_MS.
    let unpublished: string[] = [];
    let publishedAt = performance.now();
    let progressAt = publishedAt;
    const publishPending = () => {
      const ids = unpublished;
      unpublished = [];
      publishedAt = progressAt = performance.now();
      publishImportChanges(db, ids.length > 0 ? [{ area: 'imports', ids: [job.id] }, { area: 'cases', ids }] : [{ area: 'imports', ids: [job.id] }], 'windows');
    };
    // The deadline feed hears of the imported cases once, when the job stops. Told as it went, it
    // re-read every case while the next chunks waited (a third of an import's time) and raised
    // the alerts of imported overdue cases in bursts, a batch at a time.
    const written: string[] = [];
    const tellFeed = () => {
      if (written.length > 0) publishImportChanges(db, [{ area: 'cases', ids: written }], 'feed');
    };
    try {
      for (let chunk = job.chunksDone; chunk < job.chunkCount && !runner.cancelRequested; chunk += 1) {
        await config.faults?.beforeChunk?.(chunk);
        if (runner.cancelRequested) break;
        const start = chunk * job.chunkSize;
        const chunkInput = {
          jobId: job.id,
          chunk,
          drafts: check.drafts.slice(start, start + job.chunkSize),
          reserved: check.reserved,
          now: now(),
          actor,
          faults: config.faults,
          signal: runner.cancel.signal,
        };
        // Cancelled while the chunk was written: rolled back whole; the job ends with the chunks before it.
        const outcome = await writeChunk(writer, chunkInput).catch((error: unknown) => {
          // Only the abort itself: a real failure meanwhile (a full disk) is reported as one.
          if (runner.cancel.signal.aborted && isAbort(error)) return null;
          throw error;
        });
        if (!outcome) break;
        const { records } = outcome;
        chunksDone = chunk + 1;
        noteWritten(db, records);
        for (const { id } of records) {
          unpublished.push(id);
          written.push(id);
        }
        if (performance.now() - publishedAt >= PUBLISH_EVERY_MS) publishPending();
        else if (performance.now() - progressAt >= PROGRESS_EVERY_MS) {
          progressAt = performance.now();
          publishImportChanges(db, [{ area: 'imports', ids: [job.id] }], 'windows');
        }
        await yieldTurn();
      }
      // The job is finished first: the readers the last cases set off would otherwise hold it up.
      await stopJob(db, job.id, chunksDone < job.chunkCount ? 'cancelled' : 'done', actor, now(), null);
      publishPending();
      tellFeed();
      learnWritten(db);
    } catch (error) {
      if (unpublished.length > 0) publishPending();
      tellFeed();
      if (written.length > 0) learnWritten(db);
      const reason = describe(error);
      await stopJob(db, job.id, 'interrupted', actor, now(), reason).catch((failure: unknown) => {
        console.error('recording an interrupted import failed', failure);
        unrecordedOf(db).set(job.id, reason);
      });
    } finally {
      writer.close();
      runnersOf(db).delete(job.id);
      // Told after the runner is gone, so that the job reads as it stands (`asItStands`).
      if (unrecordedOf(db).has(job.id)) publishImportChanges(db, [{ area: 'imports', ids: [job.id] }]);
    }
  })();
  return runner;
}

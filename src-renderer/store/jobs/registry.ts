/**
 * The long jobs running in the store host, per database, with their progress. Jobs report here as
 * they go (a counter bumped in memory, nothing written); windows ask `jobs.progress` a few times a
 * second while they wait for one, the way the import wizard asks for its job (`imports.progress`).
 * Those calls are answered between the job's slices: every job here gives the thread back often.
 */
import { JOB_PHASES, type JobKind, type JobPhase, type JobProgress, type ProgressSink } from '../../domain/jobs/progress';
import type { DeskDb } from '../db';
import { perDatabase } from '../core/per-database';

export interface RunningJob<K extends JobKind = JobKind> extends ProgressSink<JobPhase<K>> {
  readonly progress: Readonly<JobProgress<K>>;
  /** Removes the job from the list (done, failed or abandoned alike); idempotent. */
  end(): void;
}

interface Entry {
  progress: JobProgress;
  /** The user who started it; null for the host's own jobs (the tracking index, automatic backups), which everybody may follow. */
  ownerId: string | null;
}

let counter = 0;
const registryFor = perDatabase(() => new Map<string, Entry>());

/** Registers a job of `kind` in its first phase, total not known yet. */
export function beginJob<K extends JobKind>(db: DeskDb, kind: K, ownerId: string | null, now = Date.now()): RunningJob<K> {
  counter += 1;
  const progress: JobProgress<K> = { id: `job-${counter}`, kind, phase: JOB_PHASES[kind][0] as JobPhase<K>, done: 0, total: 0, startedAt: now };
  const jobs = registryFor(db);
  jobs.set(progress.id, { progress, ownerId });
  return {
    progress,
    phase(phase, total) {
      progress.phase = phase;
      progress.done = 0;
      progress.total = total;
    },
    advance(units = 1) {
      progress.done = Math.min(progress.total, progress.done + units);
    },
    end: () => void jobs.delete(progress.id),
  };
}

/** Runs `work` as a job of `kind`, ended however `work` ends. */
export async function asJob<K extends JobKind, T>(db: DeskDb, kind: K, ownerId: string | null, work: (job: RunningJob<K>) => Promise<T>): Promise<T> {
  const job = beginJob(db, kind, ownerId);
  try {
    return await work(job);
  } finally {
    job.end();
  }
}

/** The running jobs `userId` may follow (their own and the host's), of `kinds` (all when omitted), oldest first; copies. */
export function runningJobs(db: DeskDb, userId: string, kinds?: readonly JobKind[]): JobProgress[] {
  const out: JobProgress[] = [];
  for (const { progress, ownerId } of registryFor(db).values()) {
    if (ownerId !== null && ownerId !== userId) continue;
    if (kinds && !kinds.includes(progress.kind)) continue;
    out.push({ ...progress });
  }
  return out;
}

/** The host's own index builds: they read every case in the background, and give way to the jobs a user started. */
const INDEX_BUILDS: readonly JobKind[] = ['caseIndex', 'similarIndex'];

/** Whether a job besides the host's index builds is running on `db` (a backup, a restore, a check). */
export function otherJobRunning(db: DeskDb): boolean {
  for (const { progress } of registryFor(db).values()) if (!INDEX_BUILDS.includes(progress.kind)) return true;
  return false;
}

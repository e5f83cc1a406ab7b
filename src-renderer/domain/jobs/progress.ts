import { z } from 'zod';

/**
 * Progress of the store host's long jobs (building the tracking index after a start, a backup,
 * checking a backup file, a restore, checking every audit chain): what a window shows instead of a
 * bare spinner. Each job runs through its phases in the order listed; within a phase it counts
 * `done` of `total` units (cases, rows, entries, chains).
 */

export const JOB_PHASES = {
  /** 正在建立索引: every case read into the tracking index. */
  caseIndex: ['reading'],
  /** 正在建立相似案例索引: every case read for 相似案例, the first time one is asked for after a start. */
  similarIndex: ['reading'],
  backup: ['reading', 'packing'],
  /** 检查备份文件 (before the user decides to restore it). */
  restoreCheck: ['checking'],
  /** The file checked again, the current data backed up, the backup written and read back. */
  restore: ['checking', 'savingCurrent', 'packingCurrent', 'writing', 'verifying'],
  verifyAll: ['verifying'],
} as const satisfies Record<string, readonly string[]>;

export type JobKind = keyof typeof JOB_PHASES;
export type JobPhase<K extends JobKind = JobKind> = (typeof JOB_PHASES)[K][number];
export const JOB_KINDS = Object.keys(JOB_PHASES) as JobKind[];

/** `jobs.progress`: the kinds of job a window waits for (every kind when omitted). */
export const JobProgressInput = z.object({ kinds: z.array(z.enum(JOB_KINDS, { error: 'validation.chooseOne' })).max(JOB_KINDS.length).optional() }).default({});

export interface JobProgress<K extends JobKind = JobKind> {
  id: string;
  kind: K;
  phase: JobPhase<K>;
  done: number;
  total: number;
  startedAt: number;
}

/** A job's progress as a whole percentage of its phase (0–100; 0 while the total is not known yet). */
export function percentOf({ done, total }: Pick<JobProgress, 'done' | 'total'>): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.floor((done / total) * 100)));
}

/** The phase's place among its job's phases, from 1: "step 2 of 5". */
export function stepOf<K extends JobKind>({ kind, phase }: Pick<JobProgress<K>, 'kind' | 'phase'>): { step: number; steps: number } {
  const phases: readonly string[] = JOB_PHASES[kind];
  return { step: phases.indexOf(phase) + 1, steps: phases.length };
}

/**
 * Where a job reports to: `phase` moves it on (its count back to 0 of `total`), `advance` counts
 * units done. Functions doing a part of a job take one of these; the part of a backup a restore
 * makes first reports to a sink that renames its phases (`renamed`).
 */
export interface ProgressSink<P extends string = string> {
  phase(phase: P, total: number): void;
  advance(units?: number): void;
}

/** A sink that drops everything: for callers with nobody to tell. */
export const NO_PROGRESS: ProgressSink = { phase: () => undefined, advance: () => undefined };

/** `sink` with the phases of a part of a job named as the whole job names them. */
export function renamed<From extends string, To extends string>(sink: ProgressSink<To>, names: Record<From, To>): ProgressSink<From> {
  return { phase: (phase, total) => sink.phase(names[phase], total), advance: (units) => sink.advance(units) };
}

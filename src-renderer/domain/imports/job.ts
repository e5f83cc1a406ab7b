/**
 * An import of historical complaints as the store host keeps it: enough to show its progress,
 * to know which chunks are in, and to resume it with the same file after an interruption.
 */
import type { DeskErrorData } from '../common/errors';
import type { ValueMap } from './value-map';

export type ImportJobStatus = 'running' | 'interrupted' | 'cancelled' | 'done';

/** `valid`: import the valid rows, skip the others; `allOrNothing`: refuse to start when any row is invalid. */
export const IMPORT_MODES = ['valid', 'allOrNothing'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/**
 * Rows per chunk: each chunk is written in one transaction, with the job's progress. 5,000 rows
 * take about a second to write; against 2,000 they raised an import's speed by a tenth (fewer
 * commits and turns between chunks) while a registration made meanwhile still waits at most that second.
 */
export const IMPORT_CHUNK_ROWS = 5_000;

/** The rows a job names of those found taken as it wrote them (`lateDuplicates`). */
export const LATE_ROWS_LISTED = 20;

export interface ImportJobRecord {
  id: string;
  fileName: string;
  /** SHA-256 of the file's bytes: a resume must be given the same file. */
  fileHash: string;
  /** The sheet of a workbook that was imported (0 for CSV). */
  sheet: number;
  startedAt: number;
  updatedAt: number;
  /** When it ended (done or cancelled); null while it runs or is interrupted. */
  finishedAt: number | null;
  status: ImportJobStatus;
  mode: ImportMode;
  /** Which column feeds which case field (field → column index). */
  mapping: Record<string, number | null>;
  /**
   * 对应取值: what the file's unknown values were taken to mean (absent: none, and on jobs from
   * before it existed). A resume checks the file with it again; the next file of the same
   * `source` is offered it, demands aside. Its demand entries (maybe a customer's words) are
   * dropped when the job ends (`endedJob`). Never sent to a window (`jobView`).
   */
  valueMap?: ValueMap;
  /** The file's column names (`sourceOf`): which system it came from, as far as the desk can tell. */
  source?: string;
  /** Data rows of the file (the header not counted). */
  totalRows: number;
  /** Rows valid when the import started (the check's count). */
  validRows: number;
  /** The file's rows are written in chunks of `chunkSize` rows, in file order, each in one transaction. */
  chunkSize: number;
  chunkCount: number;
  /** Chunks written so far: the next chunk to write. */
  chunksDone: number;
  rowsImported: number;
  /** Rows of the written chunks left out: invalid, or a duplicate of a case already in the store. */
  rowsSkipped: number;
  /**
   * Rows found taken only as their chunk was written (a case with the number written meanwhile, in
   * another window), so in no check's report: how many, and the first LATE_ROWS_LISTED file rows.
   */
  lateDuplicates?: { count: number; rows: number[] };
  actor: { id: string; name: string; role: string };
  /**
   * An interrupted job given up (放弃) rather than continued: who gave it up, when. Its `finishedAt`
   * stays the moment it stopped; its status is 'cancelled', and the same file may still continue it.
   */
  gaveUp?: { at: number; by: string };
  /** Why the job stopped when it was interrupted by a failure (not by the host going away). */
  error: DeskErrorData | null;
}

/** Rows of the file the job has dealt with (imported or skipped). */
export function rowsProcessed(job: Pick<ImportJobRecord, 'chunksDone' | 'chunkSize' | 'totalRows'>): number {
  return Math.min(job.totalRows, job.chunksDone * job.chunkSize);
}

/**
 * A job as it ends (done or cancelled): without its demand matches. A demand may be a customer's
 * own words, and only a resume reads them; the cases keep the words in their demand notes. A
 * cancelled job resumed later reads those demands as any unknown one (其他, its words the note).
 */
export function endedJob(job: ImportJobRecord): ImportJobRecord {
  if (job.valueMap?.demand === undefined) return job;
  const { demand: _demand, ...kept } = job.valueMap;
  const { valueMap: _map, ...rest } = job;
  return Object.keys(kept).length > 0 ? { ...rest, valueMap: kept } : rest;
}

/** A job as a window sees it (progress, the list of imports): without its value map, which may name a customer's words. */
export type ImportJobView = Omit<ImportJobRecord, 'valueMap'>;

export function jobView(job: ImportJobRecord): ImportJobView {
  const { valueMap: _map, ...view } = job;
  return view;
}

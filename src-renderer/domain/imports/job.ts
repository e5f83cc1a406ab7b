/**
 * An import of historical complaints as the store host keeps it: enough to show its progress,
 * to know which chunks are in, and to resume it with the same file after an interruption.
 */
export type ImportJobStatus = 'running' | 'interrupted' | 'cancelled' | 'done';

export interface ImportJobRecord {
  id: string;
  fileName: string;
  /** SHA-256 of the file's bytes: a resume must be given the same file. */
  fileHash: string;
  startedAt: number;
  updatedAt: number;
  status: ImportJobStatus;
  /** Which column feeds which case field (field → column index). */
  mapping: Record<string, number | null>;
  totalRows: number;
  /** Rows are written in chunks, each in one transaction; the next chunk to write. */
  chunkSize: number;
  chunksDone: number;
  rowsImported: number;
  rowsSkipped: number;
  actor: { id: string; name: string };
}

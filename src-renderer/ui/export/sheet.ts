/**
 * What the spreadsheet writers (csv.ts, xlsx.ts) take: one sheet whose rows
 * arrive in batches, so a view of 100,000 cases can be exported window by
 * window from the store host without holding all rows as objects at once.
 */

/** A text, a number, an instant (shown as local wall-clock time), or an empty cell. */
export type Cell = string | number | Date | null;

/** One row; a cell missing at the end counts as empty, cells beyond the columns are ignored. */
export type Row = readonly Cell[];

/** The rows the caller fetched in one go (typically ~1000). */
export type RowBatch = readonly Row[];

export interface SheetColumn {
  header: string;
  /** Column width in characters (a CJK character counts as two). XLSX only. */
  width?: number;
}

export interface Sheet {
  /** Sheet (tab) name; sanitised to Excel's rules in XLSX, unused in CSV. */
  name: string;
  columns: readonly SheetColumn[];
  rows: AsyncIterable<RowBatch> | Iterable<RowBatch>;
  /** Number of data rows the caller expects, when known; passed through to `onProgress`. */
  totalRows?: number;
}

export interface ExportOptions {
  /** Called after every non-empty batch with the data rows written so far (header not counted). */
  onProgress?: (done: number, total: number | undefined) => void;
  /** Aborting rejects the export with `signal.reason` and stops pulling batches. */
  signal?: AbortSignal;
}

/** Keep the UI responsive: long synchronous runs give the event loop a turn after this many ms. */
const SLICE_MS = 12;

/** Lets clicks (e.g. a Cancel button) and repaints through between batches of synchronous work. */
export function createYielder(signal: AbortSignal | undefined): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
    signal?.throwIfAborted();
  };
}

/**
 * Feeds every row batch to `write`, reporting progress and honouring the
 * abort signal between batches. Leaving the loop by throwing closes an async
 * source (its `return()` runs), so the caller's paging stops as well.
 */
export async function forEachBatch(
  sheet: Sheet,
  options: ExportOptions,
  write: (batch: RowBatch) => void,
): Promise<number> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const yieldNow = createYielder(signal);
  let done = 0;
  for await (const batch of sheet.rows) {
    signal?.throwIfAborted();
    if (batch.length === 0) continue;
    write(batch);
    done += batch.length;
    onProgress?.(done, sheet.totalRows);
    await yieldNow();
  }
  signal?.throwIfAborted();
  return done;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD HH:mm` in local time, as service centres write it; '' for an invalid date. */
export function formatLocalDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const year = String(date.getFullYear()).padStart(4, '0');
  return `${year}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** Joins encoded chunks with a single copy. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

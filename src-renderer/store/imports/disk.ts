/**
 * Before an import writes anything: is there room for it? Each imported case is stored with its
 * audit event (which repeats its fields) and its index entries; the estimate is generous, because
 * running out halfway leaves a half-done import to resume after the disk was cleaned up.
 */
import { DeskError } from '../../domain/common/errors';
import type { ImportDraft } from '../../domain/imports/validate';
import type { StorageEstimate } from './config';

const MB = 1024 * 1024;
/** Record, audit event, index entries and the store's own overhead, beside the row's text. */
const BYTES_PER_CASE = 6 * 1024;
/** Text is held as UTF-16 and appears in the case and in its audit event. */
const TEXT_FACTOR = 4;
/** Never fill the disk to the last megabyte. */
const RESERVE_MB = 50;

export function bytesNeeded(drafts: readonly (ImportDraft | null)[]): number {
  let bytes = 0;
  for (const draft of drafts) {
    if (!draft) continue;
    bytes += BYTES_PER_CASE + TEXT_FACTOR * (draft.description.length + draft.resolution.length + draft.customerName.length + draft.product.length);
  }
  return bytes;
}

/** Refuses with `imports.diskFull {neededMB, freeMB}` when the estimate says the import will not fit. */
export async function assertRoom(estimate: () => Promise<StorageEstimate | null>, drafts: readonly (ImportDraft | null)[]): Promise<void> {
  const known = await estimate().catch(() => null);
  if (!known || typeof known.quota !== 'number') return;
  const free = Math.max(0, known.quota - (known.usage ?? 0));
  const needed = bytesNeeded(drafts) + RESERVE_MB * MB;
  if (needed > free) {
    throw new DeskError({ code: 'imports.diskFull', params: { neededMB: Math.ceil(needed / MB), freeMB: Math.floor(free / MB) } });
  }
}

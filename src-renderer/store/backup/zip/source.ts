/**
 * Where a zip is read from: bytes already in memory, or a file (a `Blob`) read a range at a time,
 * so that a backup larger than memory can still be listed and restored entry by entry.
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `at` (fewer only at the end of the file). */
  read(at: number, length: number): Promise<Uint8Array>;
}

/** Bytes in memory. The ranges are views of `data`, not copies. */
export function bytesSource(data: Uint8Array): ByteSource {
  return {
    size: data.byteLength,
    read: (at, length) => Promise.resolve(data.subarray(at, at + length)),
  };
}

/** A file picked or opened as a `Blob`: only the ranges asked for are read into memory. */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (at, length) => new Uint8Array(await blob.slice(at, at + length).arrayBuffer()),
  };
}

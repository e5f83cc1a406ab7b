import { expect } from 'vitest';
import { readZipDirectory, readZipEntry, ZipFormatError, type ZipFormatErrorKind } from '../../../../../../src-renderer/store/backup/zip/read';
import { bytesSource, type ByteSource } from '../../../../../../src-renderer/store/backup/zip/source';
import { ZipWriter, type ZipEntryOptions, type ZipWriterOptions } from '../../../../../../src-renderer/store/backup/zip/write';

export interface Written {
  zip: Uint8Array<ArrayBuffer>;
  /** The parts as the sink received them, and copies taken when they arrived. */
  parts: Uint8Array[];
  copies: Uint8Array[];
  total: number;
}

export type EntrySpec = [name: string, data: Uint8Array, options?: ZipEntryOptions];

/** Writes `entries` with a ZipWriter into a sink that keeps every part. */
export async function writeZip(entries: EntrySpec[], options?: ZipWriterOptions): Promise<Written> {
  const parts: Uint8Array[] = [];
  const copies: Uint8Array[] = [];
  const writer = new ZipWriter(
    {
      write: async (part) => {
        parts.push(part);
        copies.push(part.slice());
      },
    },
    options,
  );
  for (const [name, data, entryOptions] of entries) await writer.add(name, data, entryOptions);
  const total = await writer.finish();
  expect(writer.bytesWritten).toBe(total);
  return { zip: concat(parts), parts, copies, total };
}

export function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** Every entry of a zip, read with our reader: name → bytes. */
export async function readAll(source: ByteSource): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const entry of await readZipDirectory(source)) out.set(entry.name, await readZipEntry(source, entry));
  return out;
}

/** Pseudo-random bytes (xorshift), the same every run, that do not compress. */
export function randomBytes(length: number, seed = 0x9e3779b9): Uint8Array<ArrayBuffer> {
  const words = new Uint32Array(Math.ceil(length / 4));
  let x = seed | 0 || 1;
  for (let i = 0; i < words.length; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return new Uint8Array(words.buffer, 0, length);
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Byte arrays compared as buffers: a deep equality of megabytes, element by element, takes seconds. */
export function sameBytes(actual: Uint8Array | undefined, expected: Uint8Array): boolean {
  return actual !== undefined && Buffer.from(actual.buffer, actual.byteOffset, actual.byteLength).equals(Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength));
}

/** A source that records the length of every read asked of it. */
export function recording(source: ByteSource): { source: ByteSource; reads: number[] } {
  const reads: number[] = [];
  return {
    reads,
    source: {
      size: source.size,
      read: (at, length) => {
        reads.push(length);
        return source.read(at, length);
      },
    },
  };
}

/** The kind of ZipFormatError `promise` rejects with (fails the test on any other outcome). */
export async function refusal(promise: Promise<unknown>): Promise<ZipFormatErrorKind> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZipFormatError);
  return (error as ZipFormatError).kind;
}

export const directoryOf = (zip: Uint8Array) => readZipDirectory(bytesSource(zip));

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
export const u16 = (bytes: Uint8Array, at: number) => viewOf(bytes).getUint16(at, true);
export const u32 = (bytes: Uint8Array, at: number) => viewOf(bytes).getUint32(at, true);
export const setU16 = (bytes: Uint8Array, at: number, value: number) => viewOf(bytes).setUint16(at, value, true);
export const setU32 = (bytes: Uint8Array, at: number, value: number) => viewOf(bytes).setUint32(at, value, true);

/** Every offset where the 4-byte little-endian `signature` occurs. */
export function offsetsOf(bytes: Uint8Array, signature: number): number[] {
  const found: number[] = [];
  for (let at = 0; at + 4 <= bytes.byteLength; at += 1) if (bytes[at] === 0x50 && u32(bytes, at) === signature) found.push(at);
  return found;
}

/** Where the central directory starts, from the classic end record at the very end (no comment). */
export const classicEnd = (zip: Uint8Array) => zip.byteLength - 22;

import { inflateSync } from 'fflate';
import { crc32 } from './crc32';
import { CENTRAL_SIG, END_SIG, LOCAL_SIG, MARK_32, MAX_PART_BYTES, UTF8_NAME, ZIP64_END_SIG, ZIP64_LOCATOR_SIG } from './format';
import type { ByteSource } from './source';

/**
 * Reads a zip a range at a time, from its end: the central directory first, then one entry when
 * asked. A backup of any size can be checked and restored without ever being held whole in memory
 * (fflate's `unzipSync` needed the whole file, and a 2 GB one did not fit).
 */

export type ZipFormatErrorKind = 'notZip' | 'truncated' | 'corrupt';

export class ZipFormatError extends Error {
  readonly kind: ZipFormatErrorKind;

  constructor(kind: ZipFormatErrorKind, message?: string) {
    super(message ?? `Zip file ${kind === 'notZip' ? 'expected' : kind}.`);
    this.name = 'ZipFormatError';
    this.kind = kind;
  }
}

export interface ZipDirectoryEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  headerAt: number;
}

/** The most asked of a source at once: a directory of 1,000,000 entries is still read in a few steps. */
const MAX_READ = MAX_PART_BYTES;
const END_BYTES = 22;
const MAX_COMMENT = 0xffff;

const corrupt = (message: string) => new ZipFormatError('corrupt', message);

/**
 * The central directory, read from the end of the file (ZIP64 aware, a comment of up to 65,535 bytes tolerated):
 * - 'notZip' when the file does not start with a local file header signature (or is shorter than an end record);
 * - 'truncated' when no end record is found in the last 65,557 bytes, or it points (directory offset+size) past the end record;
 * - 'corrupt' for anything else that does not add up.
 * Directory entries ending with '/' are kept (callers skip them). A zip of no entries at all (which starts with its end record) is read as empty.
 */
export async function readZipDirectory(source: ByteSource): Promise<ZipDirectoryEntry[]> {
  if (source.size < END_BYTES) throw new ZipFormatError('notZip', 'Too short for a zip file.');
  const first = u32(await readExactly(source, 0, 4), 0);
  if (first !== LOCAL_SIG && first !== END_SIG) throw new ZipFormatError('notZip', 'Not a zip file.');
  const end = await findEnd(source);
  if (end.disk !== 0 || end.directoryDisk !== 0) throw corrupt('Zip spanned over several disks.');
  if (end.onDisk !== end.count) throw corrupt('The end record counts its entries twice, differently.');
  const directoryEnd = end.directoryAt + end.directorySize;
  if (directoryEnd > end.limit) throw new ZipFormatError('truncated', 'The central directory lies past the end record.');
  if (end.count * 46 > end.directorySize) throw corrupt('More entries counted than the central directory holds.');

  // A window of the directory, read again from an entry's start when that entry runs past it.
  let window: Uint8Array = new Uint8Array(0);
  let windowAt = end.directoryAt;
  const take = async (at: number, length: number): Promise<number> => {
    if (at + length > directoryEnd) throw corrupt('A directory entry runs past the central directory.');
    if (at < windowAt || at + length > windowAt + window.byteLength) {
      window = await readExactly(source, at, Math.min(MAX_READ, directoryEnd - at));
      windowAt = at;
    }
    return at - windowAt;
  };

  const entries: ZipDirectoryEntry[] = [];
  const names = new Set<string>();
  let at = end.directoryAt;
  for (let index = 0; index < end.count; index += 1) {
    let o = await take(at, 46);
    if (u32(window, o) !== CENTRAL_SIG) throw corrupt(`Directory entry ${index} has no signature.`);
    const flags = u16(window, o + 8);
    const method = u16(window, o + 10);
    const nameLength = u16(window, o + 28);
    const extraLength = u16(window, o + 30);
    const length = 46 + nameLength + extraLength + u16(window, o + 32);
    let [size, compressedSize, headerAt] = [u32(window, o + 24), u32(window, o + 20), u32(window, o + 42)];
    const crc = u32(window, o + 16);
    o = await take(at, length);
    const name = decodeName(window.subarray(o + 46, o + 46 + nameLength), flags);
    if (flags & 1) throw corrupt(`${name}: encrypted.`);
    if (method !== 0 && method !== 8) throw corrupt(`${name}: compression method ${method}.`);
    if (size === MARK_32 || compressedSize === MARK_32 || headerAt === MARK_32) {
      const wide = zip64Field(window.subarray(o + 46 + nameLength, o + 46 + nameLength + extraLength), name);
      // Only the fields marked in the header are there, in this order.
      if (size === MARK_32) size = wide.next();
      if (compressedSize === MARK_32) compressedSize = wide.next();
      if (headerAt === MARK_32) headerAt = wide.next();
    }
    if (method === 0 && compressedSize !== size) throw corrupt(`${name}: stored, yet its two sizes differ.`);
    // Its local header (of the same name) and data come before the directory.
    if (headerAt + 30 + nameLength + compressedSize > end.directoryAt) throw corrupt(`${name}: data outside the file.`);
    if (names.has(name)) throw corrupt(`${name}: twice in the zip.`);
    names.add(name);
    entries.push({ name, method, crc, compressedSize, size, headerAt });
    at += length;
  }
  if (at !== directoryEnd) throw corrupt('The central directory is larger than its entries.');
  return entries;
}

/**
 * The entry's bytes, inflated if need be, with their size and CRC-32 checked ('corrupt' otherwise).
 * Stored entries of a `bytesSource` are views of its bytes.
 */
export async function readZipEntry(source: ByteSource, entry: ZipDirectoryEntry): Promise<Uint8Array> {
  if (entry.headerAt + 30 > source.size) throw corrupt(`${entry.name}: local header outside the file.`);
  const header = await readExactly(source, entry.headerAt, 30);
  if (u32(header, 0) !== LOCAL_SIG) throw corrupt(`${entry.name}: no local header.`);
  const nameLength = u16(header, 26);
  const dataAt = entry.headerAt + 30 + nameLength + u16(header, 28);
  if (dataAt + entry.compressedSize > source.size) throw corrupt(`${entry.name}: data outside the file.`);
  const name = decodeName(await readExactly(source, entry.headerAt + 30, nameLength), u16(header, 6));
  if (name !== entry.name) throw corrupt(`${entry.name}: its local header names ${name}.`);

  const stored = await readRange(source, dataAt, entry.compressedSize);
  let data = stored;
  if (entry.method === 8) {
    const out = new Uint8Array(entry.size);
    try {
      data = inflateSync(stored, { out });
    } catch (error) {
      throw corrupt(`${entry.name}: does not inflate (${error instanceof Error ? error.message : String(error)}).`);
    }
  } else if (entry.method !== 0) throw corrupt(`${entry.name}: compression method ${entry.method}.`);
  if (data.byteLength !== entry.size) throw corrupt(`${entry.name}: ${data.byteLength} bytes instead of ${entry.size}.`);
  if (crc32(data) !== entry.crc >>> 0) throw corrupt(`${entry.name}: CRC-32 does not match.`);
  return data;
}

interface EndRecord {
  disk: number;
  directoryDisk: number;
  onDisk: number;
  count: number;
  directorySize: number;
  directoryAt: number;
  /** Where the end records start: the directory must end before. */
  limit: number;
}

/** The end record is the last thing in the file but for its comment. */
async function findEnd(source: ByteSource): Promise<EndRecord> {
  const tailAt = Math.max(0, source.size - END_BYTES - MAX_COMMENT);
  const tail = await readExactly(source, tailAt, source.size - tailAt);
  let found = -1;
  for (let i = tail.byteLength - END_BYTES; i >= 0 && found < 0; i -= 1) {
    // Its comment must reach exactly to the end: a signature found in a cut file's data is not taken for it.
    if (tail[i] === 0x50 && u32(tail, i) === END_SIG && i + END_BYTES + u16(tail, i + 20) === tail.byteLength) found = i;
  }
  if (found < 0) throw new ZipFormatError('truncated', 'No end record: the zip file is cut short.');
  const endAt = tailAt + found;
  const classic: EndRecord = {
    disk: u16(tail, found + 4),
    directoryDisk: u16(tail, found + 6),
    onDisk: u16(tail, found + 8),
    count: u16(tail, found + 10),
    directorySize: u32(tail, found + 12),
    directoryAt: u32(tail, found + 16),
    limit: endAt,
  };
  if (endAt < 20) return classic;
  const locatorAt = endAt - 20;
  const locator = await readExactly(source, locatorAt, 20);
  if (u32(locator, 0) !== ZIP64_LOCATOR_SIG) return classic;
  const recordAt = u64(locator, 8);
  if (recordAt + 56 > locatorAt) throw corrupt('The ZIP64 end record lies past its locator.');
  const record = await readExactly(source, recordAt, 56);
  if (u32(record, 0) !== ZIP64_END_SIG) throw corrupt('No ZIP64 end record where its locator points.');
  if (recordAt + 12 + u64(record, 4) > locatorAt) throw corrupt('The ZIP64 end record runs past its locator.');
  return {
    disk: u32(record, 16),
    directoryDisk: u32(record, 20),
    onDisk: u64(record, 24),
    count: u64(record, 32),
    directorySize: u64(record, 40),
    directoryAt: u64(record, 48),
    limit: recordAt,
  };
}

/** Reads the ZIP64 extra field's values one after the other. */
function zip64Field(extra: Uint8Array, name: string): { next(): number } {
  for (let at = 0; at + 4 <= extra.byteLength; at += 4 + u16(extra, at + 2)) {
    const length = u16(extra, at + 2);
    if (at + 4 + length > extra.byteLength) break;
    if (u16(extra, at) !== 0x0001) continue;
    let next = at + 4;
    return {
      next() {
        if (next + 8 > at + 4 + length) throw corrupt(`${name}: its ZIP64 field is too short.`);
        next += 8;
        return u64(extra, next - 8);
      },
    };
  }
  throw corrupt(`${name}: sizes too large for the header, and no ZIP64 field.`);
}

/** UTF-8 when flag bit 11 says so; otherwise one character per byte, as fflate reads them. */
function decodeName(bytes: Uint8Array, flags: number): string {
  if (!(flags & UTF8_NAME)) return Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw corrupt('An entry name is not UTF-8.');
  }
}

/** A range of any length, read at most `MAX_READ` bytes at a time. */
async function readRange(source: ByteSource, at: number, length: number): Promise<Uint8Array> {
  if (length <= MAX_READ) return readExactly(source, at, length);
  const out = new Uint8Array(length);
  for (let done = 0; done < length; done += MAX_READ) out.set(await readExactly(source, at + done, Math.min(MAX_READ, length - done)), done);
  return out;
}

async function readExactly(source: ByteSource, at: number, length: number): Promise<Uint8Array> {
  // An empty entry (a 0-byte file) asks for nothing: no source need answer a read of no bytes.
  if (length === 0) return new Uint8Array(0);
  const bytes = await source.read(at, length);
  if (bytes.byteLength < length) throw new ZipFormatError('truncated', 'The zip file ends early.');
  return bytes.byteLength > length ? bytes.subarray(0, length) : bytes;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const u16 = (bytes: Uint8Array, at: number) => view(bytes).getUint16(at, true);
const u32 = (bytes: Uint8Array, at: number) => view(bytes).getUint32(at, true);
/** Exact below 2^53, which no file reaches. */
const u64 = (bytes: Uint8Array, at: number) => u32(bytes, at + 4) * 0x1_0000_0000 + u32(bytes, at);

import { Deflate } from 'fflate';
import { nextTask } from '../../core/pacing';
import { crc32 } from './crc32';
import { CENTRAL_SIG, END_SIG, LOCAL_SIG, MARK_16, MARK_32, MAX_PART_BYTES, UTF8_NAME, ZIP64_END_SIG, ZIP64_LOCATOR_SIG } from './format';

/**
 * A zip written front to back into a sink (a file being written), a part at a time, so that a
 * backup is never held whole in memory: fflate's zips were, which capped them at 2 GB, and they
 * could not hold more than 65,535 entries. Past the classic format's limits the ZIP64 fields of
 * APPNOTE 6.3 are written.
 */

export interface ByteSink {
  write(part: Uint8Array): Promise<void>;
}

export interface ZipWriterOptions {
  /** Parts handed to the sink are gathered up to this size (the last may be smaller); default 8 MiB. Never more than 16 MiB. */
  partBytes?: number;
  /** Test hook: offsets/sizes/counts above this are written as ZIP64 (default: the format's own limits, 0xFFFFFFFE for 32-bit fields and 0xFFFE for the entry count). */
  zip64Above?: number;
}

export interface ZipEntryOptions {
  deflate?: boolean;
  /** ms since epoch, written as the DOS date/time in local time as fflate does */
  mtime?: number;
}

const DEFAULT_PART_BYTES = 8 * 1024 * 1024;
/** Bytes deflated (or checksummed) between two turns of the store host's other calls. */
const PIECE = 256 * 1024;
/** The largest values the classic fields hold; all ones means "see the ZIP64 field". */
const MAX_32 = 0xfffffffe;
const MAX_16 = 0xfffe;
const VERSION = 20;
const VERSION_ZIP64 = 45;

interface Written {
  name: Uint8Array;
  method: number;
  dosTime: number;
  crc: number;
  compressedSize: number;
  size: number;
  headerAt: number;
}

export class ZipWriter {
  private readonly partBytes: number;
  private readonly limit32: number;
  private readonly limit16: number;
  private part: Uint8Array | undefined;
  private fill = 0;
  private written = 0;
  private readonly entries: Written[] = [];
  private readonly names = new Set<string>();
  private state: 'open' | 'busy' | 'finished' | 'failed' = 'open';

  constructor(
    private readonly sink: ByteSink,
    options: ZipWriterOptions = {},
  ) {
    const partBytes = options.partBytes ?? DEFAULT_PART_BYTES;
    if (!Number.isInteger(partBytes) || partBytes < 1 || partBytes > MAX_PART_BYTES) throw new RangeError(`partBytes out of range: ${partBytes}`);
    this.partBytes = partBytes;
    this.limit32 = Math.min(options.zip64Above ?? MAX_32, MAX_32);
    this.limit16 = Math.min(options.zip64Above ?? MAX_16, MAX_16);
  }

  /** Bytes handed to the sink or waiting to be, so far. */
  get bytesWritten(): number {
    return this.written;
  }

  /**
   * One entry whose bytes are all given: deflated (or only checksummed) a piece at a time, letting
   * the store host answer between pieces, then written with its sizes and CRC in the local header.
   */
  async add(name: string, data: Uint8Array, options: ZipEntryOptions = {}): Promise<void> {
    this.begin();
    try {
      if (this.names.has(name)) throw new Error(`Duplicate zip entry name: ${name}`);
      const nameBytes = new TextEncoder().encode(name);
      if (nameBytes.length > 0xffff) throw new RangeError(`Zip entry name too long: ${name.slice(0, 80)}…`);
      const deflate = options.deflate ?? false;
      const { chunks, crc } = deflate ? await deflateInPieces(data) : { chunks: [data], crc: await crcInPieces(data) };
      const entry: Written = {
        name: nameBytes,
        method: deflate ? 8 : 0,
        dosTime: dosDateTime(options.mtime ?? Date.now()),
        crc,
        compressedSize: chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0),
        size: data.byteLength,
        headerAt: this.written,
      };
      // From here on bytes reach the sink: a failure leaves a zip that cannot be finished.
      this.state = 'failed';
      this.names.add(name);
      await this.append(this.localHeader(entry));
      for (const chunk of chunks) await this.append(chunk);
      this.entries.push(entry);
      this.state = 'open';
    } finally {
      if (this.state === 'busy') this.state = 'open';
    }
  }

  /** Writes the central directory and the end records, flushes the last part, and returns the total bytes written. */
  async finish(): Promise<number> {
    this.begin();
    this.state = 'failed';
    const directoryAt = this.written;
    let zip64 = false;
    for (const entry of this.entries) {
      const header = this.centralHeader(entry);
      zip64 ||= header.zip64;
      await this.append(header.bytes);
    }
    const directorySize = this.written - directoryAt;
    const count = this.entries.length;
    zip64 ||= count > this.limit16 || directorySize > this.limit32 || directoryAt > this.limit32;
    if (zip64) {
      const recordAt = this.written;
      const record = new DataView(new ArrayBuffer(56 + 20));
      record.setUint32(0, ZIP64_END_SIG, true);
      setUint64(record, 4, 44);
      record.setUint16(12, VERSION_ZIP64, true);
      record.setUint16(14, VERSION_ZIP64, true);
      setUint64(record, 24, count);
      setUint64(record, 32, count);
      setUint64(record, 40, directorySize);
      setUint64(record, 48, directoryAt);
      // The locator, which readers look for just before the classic end record.
      record.setUint32(56, ZIP64_LOCATOR_SIG, true);
      setUint64(record, 64, recordAt);
      record.setUint32(72, 1, true);
      await this.append(new Uint8Array(record.buffer));
    }
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, END_SIG, true);
    end.setUint16(8, count > this.limit16 ? MARK_16 : count, true);
    end.setUint16(10, count > this.limit16 ? MARK_16 : count, true);
    end.setUint32(12, directorySize > this.limit32 ? MARK_32 : directorySize, true);
    end.setUint32(16, directoryAt > this.limit32 ? MARK_32 : directoryAt, true);
    await this.append(new Uint8Array(end.buffer));
    if (this.part && this.fill > 0) await this.handOver(this.part.slice(0, this.fill));
    this.part = undefined;
    this.state = 'finished';
    return this.written;
  }

  private begin(): void {
    if (this.state === 'finished') throw new Error('The zip is finished.');
    if (this.state === 'busy') throw new Error('One zip entry at a time: await add() before the next call.');
    if (this.state === 'failed') throw new Error('The zip failed while being written.');
    this.state = 'busy';
  }

  private localHeader(entry: Written): Uint8Array {
    const zip64 = entry.size > this.limit32 || entry.compressedSize > this.limit32;
    const extra = zip64 ? 20 : 0;
    const bytes = new Uint8Array(30 + entry.name.length + extra);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, LOCAL_SIG, true);
    view.setUint16(4, zip64 || this.centralZip64(entry) ? VERSION_ZIP64 : VERSION, true);
    view.setUint16(6, UTF8_NAME, true);
    view.setUint16(8, entry.method, true);
    view.setUint32(10, entry.dosTime, true);
    view.setUint32(14, entry.crc, true);
    view.setUint32(18, zip64 ? MARK_32 : entry.compressedSize, true);
    view.setUint32(22, zip64 ? MARK_32 : entry.size, true);
    view.setUint16(26, entry.name.length, true);
    view.setUint16(28, extra, true);
    bytes.set(entry.name, 30);
    if (zip64) {
      // In a local header the ZIP64 field always holds both sizes.
      const at = 30 + entry.name.length;
      view.setUint16(at, 0x0001, true);
      view.setUint16(at + 2, 16, true);
      setUint64(view, at + 4, entry.size);
      setUint64(view, at + 12, entry.compressedSize);
    }
    return bytes;
  }

  private centralZip64(entry: Written): boolean {
    return entry.size > this.limit32 || entry.compressedSize > this.limit32 || entry.headerAt > this.limit32;
  }

  private centralHeader(entry: Written): { bytes: Uint8Array; zip64: boolean } {
    const mark = (value: number) => (value > this.limit32 ? MARK_32 : value);
    // The ZIP64 field holds only the values too large for their classic place, in this order.
    const wide = [entry.size, entry.compressedSize, entry.headerAt].filter((value) => value > this.limit32);
    const extra = wide.length ? 4 + 8 * wide.length : 0;
    const bytes = new Uint8Array(46 + entry.name.length + extra);
    const view = new DataView(bytes.buffer);
    const version = wide.length ? VERSION_ZIP64 : VERSION;
    view.setUint32(0, CENTRAL_SIG, true);
    // Made by "MS-DOS" (0) as fflate does: no Unix permissions in the external attributes.
    view.setUint16(4, version, true);
    view.setUint16(6, version, true);
    view.setUint16(8, UTF8_NAME, true);
    view.setUint16(10, entry.method, true);
    view.setUint32(12, entry.dosTime, true);
    view.setUint32(16, entry.crc, true);
    view.setUint32(20, mark(entry.compressedSize), true);
    view.setUint32(24, mark(entry.size), true);
    view.setUint16(28, entry.name.length, true);
    view.setUint16(30, extra, true);
    view.setUint32(42, mark(entry.headerAt), true);
    bytes.set(entry.name, 46);
    if (wide.length) {
      const at = 46 + entry.name.length;
      view.setUint16(at, 0x0001, true);
      view.setUint16(at + 2, 8 * wide.length, true);
      wide.forEach((value, i) => setUint64(view, at + 4 + 8 * i, value));
    }
    return { bytes, zip64: wide.length > 0 };
  }

  /** Copies `bytes` into the current part, handing each full part to the sink. */
  private async append(bytes: Uint8Array): Promise<void> {
    let at = 0;
    while (at < bytes.byteLength) {
      this.part ??= new Uint8Array(this.partBytes);
      const n = Math.min(bytes.byteLength - at, this.partBytes - this.fill);
      this.part.set(bytes.subarray(at, at + n), this.fill);
      this.fill += n;
      this.written += n;
      at += n;
      if (this.fill === this.partBytes) {
        // The sink keeps the part: the next one gets a buffer of its own.
        const full = this.part;
        this.part = undefined;
        await this.handOver(full);
      }
    }
  }

  private async handOver(part: Uint8Array): Promise<void> {
    this.fill = 0;
    await this.sink.write(part);
  }
}

/** Level 6 as the old backups were; the deflated chunks are held until the sizes are known. */
async function deflateInPieces(data: Uint8Array): Promise<{ chunks: Uint8Array[]; crc: number }> {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 6 }, (chunk) => {
    chunks.push(chunk);
  });
  let crc = 0;
  // An empty entry still needs its one (final) push.
  for (let at = 0; at === 0 || at < data.byteLength; at += PIECE) {
    if (at > 0) await nextTask();
    const piece = data.subarray(at, at + PIECE);
    crc = crc32(piece, crc);
    deflate.push(piece, at + PIECE >= data.byteLength);
  }
  return { chunks, crc };
}

async function crcInPieces(data: Uint8Array): Promise<number> {
  let crc = 0;
  for (let at = 0; at < data.byteLength; at += PIECE) {
    if (at > 0) await nextTask();
    crc = crc32(data.subarray(at, at + PIECE), crc);
  }
  return crc;
}

/** Date in the high half, time in the low, local time, two-second steps; clamped to the years DOS can hold (1980–2107). */
function dosDateTime(ms: number): number {
  const date = new Date(ms);
  const year = date.getFullYear();
  if (!(year >= 1980)) return (1 << 21) | (1 << 16);
  if (year > 2107) return ((127 << 25) | (12 << 21) | (31 << 16) | (23 << 11) | (59 << 5) | 29) >>> 0;
  const day = ((year - 1980) << 25) | ((date.getMonth() + 1) << 21) | (date.getDate() << 16);
  return (day | (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1)) >>> 0;
}

/** Offsets pass 2^32 in a large backup; plain numbers are exact up to 2^53. */
function setUint64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % 0x1_0000_0000, true);
  view.setUint32(at + 4, Math.floor(value / 0x1_0000_0000), true);
}

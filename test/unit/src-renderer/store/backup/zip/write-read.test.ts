import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../../../src-renderer/store/backup/zip/crc32';
import { readZipDirectory, readZipEntry } from '../../../../../../src-renderer/store/backup/zip/read';
import { bytesSource } from '../../../../../../src-renderer/store/backup/zip/source';
import { ZipWriter } from '../../../../../../src-renderer/store/backup/zip/write';
import { randomBytes, readAll, sameBytes, utf8, writeZip, type EntrySpec } from './kit';

const MiB = 1024 * 1024;
const json = utf8(JSON.stringify(Array.from({ length: 3000 }, (_, i) => ({ i, text: '快递三天未送达，客户要求赔偿'.repeat(3) }))));
const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 256);

const several: EntrySpec[] = [
  ['manifest.json', utf8('{"format":"test"}'), { deflate: true }],
  ['empty', new Uint8Array(0)],
  ['empty.json', new Uint8Array(0), { deflate: true }],
  ['blobs/0', binary],
  ['tables/cases/0.json', json, { deflate: true }],
  ['附件/投诉照片.jpg', binary.subarray(100, 900)],
];

describe('crc32', () => {
  it('gives the IEEE check value, and continues from a previous CRC', () => {
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const data = randomBytes(100_003);
    expect(crc32(data.subarray(37), crc32(data.subarray(0, 37)))).toBe(crc32(data));
  });
});

describe('ZipWriter and the reader, round trip', () => {
  it('reads back several entries, in order, byte for byte, stored or deflated as asked', async () => {
    const { zip, total } = await writeZip(several);
    expect(zip.byteLength).toBe(total);
    const directory = await readZipDirectory(bytesSource(zip));
    expect(directory.map((entry) => [entry.name, entry.method, entry.size])).toEqual(several.map(([name, data, options]) => [name, options?.deflate ? 8 : 0, data.byteLength]));
    // The JSON shrank; the stored entries did not change size.
    const jsonEntry = directory.find((entry) => entry.name === 'tables/cases/0.json')!;
    expect(jsonEntry.compressedSize).toBeLessThan(json.byteLength / 5);
    for (const entry of directory) {
      const expected = several.find(([name]) => name === entry.name)![1];
      expect(sameBytes(await readZipEntry(bytesSource(zip), entry), expected), entry.name).toBe(true);
    }
  });

  it('writes names as UTF-8 with flag bit 11 set', async () => {
    const { zip } = await writeZip([['附件/投诉照片.jpg', binary]]);
    expect(zip[6]! | (zip[7]! << 8)).toBe(0x800);
    expect(Buffer.from(zip.subarray(30, 30 + utf8('附件/投诉照片.jpg').byteLength)).toString('utf8')).toBe('附件/投诉照片.jpg');
  });

  it('carries megabytes of random bytes across many parts of the default size, none larger than asked', async () => {
    const big = randomBytes(20 * MiB + 12_345, 7);
    const alsoDeflated = randomBytes(3 * MiB + 1, 11);
    const written = await writeZip([
      ['a.bin', big],
      ['b.bin', alsoDeflated, { deflate: true }],
    ]);
    expect(written.parts.length).toBe(Math.ceil(written.total / (8 * MiB)));
    expect(written.parts.slice(0, -1).every((part) => part.byteLength === 8 * MiB)).toBe(true);
    const entries = await readAll(bytesSource(written.zip));
    expect(sameBytes(entries.get('a.bin'), big)).toBe(true);
    expect(sameBytes(entries.get('b.bin'), alsoDeflated)).toBe(true);
  });

  it('hands the sink small parts when asked, each its own buffer, never changed afterwards', async () => {
    const written = await writeZip([...several, ['random', randomBytes(300_000)]], { partBytes: 1000 });
    expect(written.parts.length).toBe(Math.ceil(written.total / 1000));
    expect(written.parts.slice(0, -1).every((part) => part.byteLength === 1000)).toBe(true);
    expect(written.parts.at(-1)!.byteLength).toBeLessThanOrEqual(1000);
    expect(new Set(written.parts.map((part) => part.buffer)).size).toBe(written.parts.length);
    written.parts.forEach((part, i) => expect(sameBytes(part, written.copies[i]!), `part ${i}`).toBe(true));
    const entries = await readAll(bytesSource(written.zip));
    expect(sameBytes(entries.get('random'), randomBytes(300_000))).toBe(true);
    expect(sameBytes(entries.get('tables/cases/0.json'), json)).toBe(true);
  });

  it('counts the bytes handed over or waiting as it goes', async () => {
    const parts: Uint8Array[] = [];
    const writer = new ZipWriter({ write: async (part) => void parts.push(part) }, { partBytes: 100 });
    expect(writer.bytesWritten).toBe(0);
    await writer.add('a.txt', utf8('hello'));
    expect(writer.bytesWritten).toBe(30 + 5 + 5);
    expect(parts).toEqual([]);
    const total = await writer.finish();
    expect(total).toBe(40 + 46 + 5 + 22);
    expect(parts.reduce((sum, part) => sum + part.byteLength, 0)).toBe(total);
  });

  it('writes 70,000 entries and reads every name and a sample of them back', { timeout: 60_000 }, async () => {
    const count = 70_000;
    const entries: EntrySpec[] = Array.from({ length: count }, (_, i) => [`blobs/${i}`, utf8(`entry ${i}`), { deflate: i % 1000 === 0 }]);
    const { zip } = await writeZip(entries);
    const source = bytesSource(zip);
    const directory = await readZipDirectory(source);
    expect(directory.length).toBe(count);
    expect(directory.every((entry, i) => entry.name === `blobs/${i}`)).toBe(true);
    for (const i of [0, 1, 999, 1000, 65_534, 65_535, 65_536, 69_999]) {
      expect(new TextDecoder().decode(await readZipEntry(source, directory[i]!))).toBe(`entry ${i}`);
    }
    // The classic end record cannot count them: it says "see ZIP64".
    expect(zip[zip.byteLength - 12]! | (zip[zip.byteLength - 11]! << 8)).toBe(0xffff);
  });
});

describe('ZipWriter refuses', () => {
  it('a second entry of the same name, an entry after finish(), and an entry while one is being added', async () => {
    const writer = new ZipWriter({ write: async () => {} });
    await writer.add('a', utf8('1'));
    await expect(writer.add('a', utf8('2'))).rejects.toThrow(/Duplicate/);
    // The refusal did not spoil the zip.
    const pending = writer.add('big', randomBytes(2 * MiB), { deflate: true });
    await expect(writer.add('c', utf8('3'))).rejects.toThrow(/One zip entry at a time/);
    await pending;
    await writer.finish();
    await expect(writer.add('b', utf8('2'))).rejects.toThrow(/finished/);
    await expect(writer.finish()).rejects.toThrow(/finished/);
  });

  it('parts larger than 16 MiB', () => {
    expect(() => new ZipWriter({ write: async () => {} }, { partBytes: 16 * MiB + 1 })).toThrow(RangeError);
    expect(() => new ZipWriter({ write: async () => {} }, { partBytes: 0 })).toThrow(RangeError);
  });

  it('to go on once the sink failed', async () => {
    let calls = 0;
    const sink = {
      write: async () => {
        calls += 1;
        if (calls > 1) throw new Error('disk full');
      },
    };
    const writer = new ZipWriter(sink, { partBytes: 10 });
    await expect(writer.add('a', randomBytes(100))).rejects.toThrow('disk full');
    await expect(writer.finish()).rejects.toThrow(/failed/);
  });
});

describe('ZipWriter pacing', () => {
  it('lets other work run between the pieces of a large entry it deflates', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    try {
      const writer = new ZipWriter({ write: async () => {} });
      await writer.add('tables/cases/0.json', randomBytes(4 * MiB), { deflate: true });
      expect(ticks).toBeGreaterThan(0);
    } finally {
      clearInterval(timer);
    }
  });
});

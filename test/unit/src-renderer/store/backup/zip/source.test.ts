import { describe, expect, it } from 'vitest';
import { readZipDirectory, readZipEntry } from '../../../../../../src-renderer/store/backup/zip/read';
import { blobSource, bytesSource } from '../../../../../../src-renderer/store/backup/zip/source';
import { randomBytes, readAll, recording, refusal, sameBytes, utf8, writeZip, type EntrySpec } from './kit';

const MiB = 1024 * 1024;
const entries: EntrySpec[] = [
  ['manifest.json', utf8('{"format":"test"}'), { deflate: true }],
  ['附件/', new Uint8Array(0)],
  ['附件/投诉照片.jpg', randomBytes(70_000, 5)],
  ['tables/cases/0.json', utf8(JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ i, text: '未按承诺时间上门' })))), { deflate: true }],
];

describe('blobSource', () => {
  it('reads ranges of a Blob, fewer bytes only at its end', async () => {
    const source = blobSource(new Blob([utf8('0123456789')]));
    expect(source.size).toBe(10);
    expect(new TextDecoder().decode(await source.read(2, 3))).toBe('234');
    expect(new TextDecoder().decode(await source.read(8, 5))).toBe('89');
    expect((await source.read(10, 5)).byteLength).toBe(0);
  });

  it('lists and reads a zip exactly as bytesSource does, ZIP64 or not', async () => {
    for (const options of [{}, { zip64Above: 0 }]) {
      const { zip } = await writeZip(entries, options);
      const fromBlob = blobSource(new Blob([zip]));
      const fromBytes = bytesSource(zip);
      const directory = await readZipDirectory(fromBlob);
      expect(directory).toEqual(await readZipDirectory(fromBytes));
      // Directory entries are kept: callers skip them.
      expect(directory.map((entry) => entry.name)).toEqual(entries.map(([name]) => name));
      for (const entry of directory) expect(sameBytes(await readZipEntry(fromBlob, entry), await readZipEntry(fromBytes, entry)), entry.name).toBe(true);
    }
  });

  it('refuses a cut Blob as the bytes would be', async () => {
    const { zip } = await writeZip(entries);
    expect(await refusal(readZipDirectory(blobSource(new Blob([zip.subarray(0, zip.byteLength - 1)]))))).toBe('truncated');
    expect(await refusal(readZipDirectory(blobSource(new Blob([utf8('not a zip, only a long enough text')]))))).toBe('notZip');
  });
});

describe('reading a large zip', () => {
  it('never asks the source for more than 16 MiB at once, nor for the whole file', { timeout: 60_000 }, async () => {
    // A directory of about 18 MB (long names) and an entry of 24 MiB: both need several reads.
    const longNames: EntrySpec[] = Array.from({ length: 300 }, (_, i) => [`${i}/${'长'.repeat(20_000)}`, utf8(String(i))]);
    const big = randomBytes(24 * MiB + 3, 9);
    const { zip } = await writeZip([['big.bin', big], ...longNames, ['big.json', new Uint8Array(20 * MiB).fill(0x20), { deflate: true }]]);
    const { source, reads } = recording(bytesSource(zip));

    const directory = await readZipDirectory(source);
    expect(directory.length).toBe(302);
    expect(directory.slice(1, -1).map((entry) => entry.name)).toEqual(longNames.map(([name]) => name));
    expect(Math.max(...reads)).toBe(16 * MiB);
    expect(reads.reduce((sum, length) => sum + length, 0)).toBeLessThan(zip.byteLength / 2);

    reads.length = 0;
    const entries = await readAll(source);
    expect(Math.max(...reads)).toBe(16 * MiB);
    expect(sameBytes(entries.get('big.bin'), big)).toBe(true);
    expect(entries.get('big.json')!.every((byte) => byte === 0x20)).toBe(true);
    expect(new TextDecoder().decode(entries.get(longNames[299]![0]))).toBe('299');
  });
});

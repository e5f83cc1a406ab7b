import { unzipSync, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../../../../src-renderer/store/backup/zip/source';
import { concat, directoryOf, offsetsOf, randomBytes, readAll, sameBytes, u16, u32, utf8, writeZip, type EntrySpec } from './kit';

const json = utf8(JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ i, text: '客户投诉：退款迟迟未到账'.repeat(4) }))));
const photo = randomBytes(200_000, 3);
const CREATED = Date.UTC(2026, 11, 5, 9, 30, 17);

const entries: EntrySpec[] = [
  ['manifest.json', utf8('{"format":"test"}'), { deflate: true, mtime: CREATED }],
  ['tables/cases/0.json', json, { deflate: true, mtime: CREATED }],
  ['blobs/0', photo, { mtime: CREATED }],
  ['附件/投诉照片.jpg', photo.subarray(0, 5000), { mtime: CREATED }],
  ['blobs/empty', new Uint8Array(0), { mtime: CREATED }],
  ['empty.json', new Uint8Array(0), { deflate: true, mtime: CREATED }],
];

/** fflate's reading of a zip, checked entry by entry against what was written. */
function expectFflateReads(zip: Uint8Array, expected: EntrySpec[]): void {
  const unzipped = unzipSync(zip);
  expect(Object.keys(unzipped)).toEqual(expected.map(([name]) => name));
  for (const [name, data] of expected) expect(sameBytes(unzipped[name], data), name).toBe(true);
}

describe('fflate reads what ZipWriter writes', () => {
  it('a zip of the classic format', async () => {
    const { zip } = await writeZip(entries);
    expect(offsetsOf(zip, 0x06064b50)).toEqual([]);
    expectFflateReads(zip, entries);
  });

  it('a zip whose every size and offset is written as ZIP64', async () => {
    const { zip } = await writeZip(entries, { zip64Above: 0 });
    // The ZIP64 end record and its locator sit just before the classic end record, which defers to them.
    const end = zip.byteLength - 22;
    expect(u32(zip, end - 20)).toBe(0x07064b50);
    expect(u32(zip, end - 20 - 56)).toBe(0x06064b50);
    expect(u32(zip, end + 12)).toBe(0xffffffff);
    expect(u32(zip, end + 16)).toBe(0xffffffff);
    expect(u16(zip, end + 10)).toBe(0xffff);
    // The first local header has both sizes in its ZIP64 field, and needs version 4.5.
    expect(u16(zip, 4)).toBe(45);
    expect([u32(zip, 18), u32(zip, 22)]).toEqual([0xffffffff, 0xffffffff]);
    expectFflateReads(zip, entries);
    const ours = await readAll(bytesSource(zip));
    for (const [name, data] of entries) expect(sameBytes(ours.get(name), data), name).toBe(true);
  });

  it('a zip where only some entries pass the limit, and only some of their fields', async () => {
    // The first entry's offset is 0 and its sizes are small; the photo's sizes pass 1,000, the later offsets too.
    const mixed: EntrySpec[] = [['small', utf8('tiny')], ...entries];
    const { zip } = await writeZip(mixed, { zip64Above: 1000 });
    const directory = await directoryOf(zip);
    expect(directory.map((entry) => entry.name)).toEqual(mixed.map(([name]) => name));
    expect(directory.at(-1)!.headerAt).toBeGreaterThan(1000);
    expectFflateReads(zip, mixed);
    const ours = await readAll(bytesSource(zip));
    for (const [name, data] of mixed) expect(sameBytes(ours.get(name), data), name).toBe(true);
  });

  it('more than 65,535 entries: fflate counts them all', { timeout: 60_000 }, async () => {
    const many: EntrySpec[] = Array.from({ length: 70_000 }, (_, i) => [`tables/x/${i}.json`, utf8(`[${i}]`)]);
    const { zip } = await writeZip(many);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped).length).toBe(70_000);
    expect(new TextDecoder().decode(unzipped['tables/x/69999.json'])).toBe('[69999]');
  });

  it('the same DOS date and time as fflate, in local time', async () => {
    const { zip } = await writeZip([['a.txt', utf8('a'), { mtime: CREATED }]]);
    const theirs = zipSync({ 'a.txt': [utf8('a'), { mtime: CREATED, level: 0 }] });
    expect(u32(zip, 10)).toBe(u32(theirs, 10));
    // 2026-12-05 17:30:16 in Beijing (the tests' time zone).
    expect(u32(zip, 10)).toBe(((2026 - 1980) << 25) | (12 << 21) | (5 << 16) | (17 << 11) | (30 << 5) | 8);
  });
});

describe('the reader reads what fflate wrote (the backups made so far)', () => {
  it('zipSync, stored and deflated entries', async () => {
    const zip = zipSync({
      'manifest.json': [utf8('{"format":"test"}'), { level: 6 }],
      'tables/cases/0.json': [json, { level: 6 }],
      'blobs/0': [photo, { level: 0 }],
      '附件/投诉照片.jpg': [photo.subarray(0, 5000), { level: 0 }],
      'blobs/empty': [new Uint8Array(0), { level: 0 }],
      'empty.json': [new Uint8Array(0), { level: 6 }],
    });
    const directory = await directoryOf(zip);
    expect(directory.map((entry) => [entry.name, entry.method])).toEqual([
      ['manifest.json', 8],
      ['tables/cases/0.json', 8],
      ['blobs/0', 0],
      ['附件/投诉照片.jpg', 0],
      ['blobs/empty', 0],
      ['empty.json', 8],
    ]);
    const ours = await readAll(bytesSource(zip));
    for (const [name, data] of entries) expect(sameBytes(ours.get(name), data), name).toBe(true);
  });

  it('the streaming Zip with data descriptors, as zipBackup wrote them', async () => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      parts.push(chunk);
    });
    for (const [name, data, options] of entries) {
      const entry = options?.deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
      entry.mtime = CREATED;
      zip.add(entry);
      // In pieces, as zipBackup pushed them.
      for (let at = 0; at === 0 || at < data.byteLength; at += 65_536) entry.push(data.subarray(at, at + 65_536), at + 65_536 >= data.byteLength);
    }
    zip.end();
    const bytes = concat(parts);
    // The local headers know no sizes (flag bit 3): only the central directory does.
    expect(u16(bytes, 6) & 0x8).toBe(0x8);
    expect(u32(bytes, 18)).toBe(0);
    const ours = await readAll(bytesSource(bytes));
    expect([...ours.keys()]).toEqual(entries.map(([name]) => name));
    for (const [name, data] of entries) expect(sameBytes(ours.get(name), data), name).toBe(true);
  });
});

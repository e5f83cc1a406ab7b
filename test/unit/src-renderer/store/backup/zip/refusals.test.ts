import { describe, expect, it } from 'vitest';
import { readZipEntry, type ZipDirectoryEntry } from '../../../../../../src-renderer/store/backup/zip/read';
import { bytesSource } from '../../../../../../src-renderer/store/backup/zip/source';
import { directoryOf, refusal, setU16, setU32, u16, u32, utf8, writeZip, type EntrySpec } from './kit';

const json = utf8(JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ i, text: '物流延误投诉'.repeat(3) }))));
const entries: EntrySpec[] = [
  ['a.txt', utf8('hello, complaint desk. '.repeat(40))],
  ['b.json', json, { deflate: true }],
  ['c.txt', utf8('third entry, stored')],
];

async function base(options?: { zip64Above?: number }): Promise<Uint8Array> {
  return (await writeZip(entries, options)).zip;
}

/** A copy of `zip` changed by `change`. */
function altered(zip: Uint8Array, change: (bytes: Uint8Array) => void): Uint8Array {
  const copy = zip.slice();
  change(copy);
  return copy;
}

/** Offsets of the central directory's entries, from the classic end record unless told. */
function centralOffsets(zip: Uint8Array, directoryAt = u32(zip, zip.byteLength - 6), count = u16(zip, zip.byteLength - 12)): number[] {
  const offsets: number[] = [];
  for (let at = directoryAt, n = 0; n < count; n += 1) {
    offsets.push(at);
    at += 46 + u16(zip, at + 28) + u16(zip, at + 30) + u16(zip, at + 32);
  }
  return offsets;
}

const flip = (bytes: Uint8Array, at: number, mask: number) => void (bytes[at] = bytes[at]! ^ mask);
const dataAt = (zip: Uint8Array, entry: ZipDirectoryEntry) => entry.headerAt + 30 + u16(zip, entry.headerAt + 26) + u16(zip, entry.headerAt + 28);
const directoryRefusal = (zip: Uint8Array) => refusal(directoryOf(zip));

async function entryRefusal(zip: Uint8Array, name: string) {
  const entry = (await directoryOf(zip)).find((candidate) => candidate.name === name)!;
  return refusal(readZipEntry(bytesSource(zip), entry));
}

describe('readZipDirectory refuses', () => {
  it('what is not a zip: text, an empty file, a zip behind other bytes', async () => {
    const zip = await base();
    expect(await directoryRefusal(utf8('Dear desk, this is a complaint and not a zip file at all.'))).toBe('notZip');
    expect(await directoryRefusal(new Uint8Array(0))).toBe('notZip');
    const behind = new Uint8Array(zip.byteLength + 100);
    behind.set(zip, 100);
    expect(await directoryRefusal(behind)).toBe('notZip');
  });

  it('a zip cut short anywhere as truncated, or as not a zip once shorter than an end record', async () => {
    const zip = await base();
    const directoryAt = u32(zip, zip.byteLength - 6);
    const cuts = [zip.byteLength - 1, zip.byteLength - 10, zip.byteLength - 22, directoryAt + 50, directoryAt, 200, 31, 22];
    for (const cut of cuts) expect(await directoryRefusal(zip.subarray(0, cut)), `cut at ${cut}`).toBe('truncated');
    for (const cut of [21, 4, 3]) expect(await directoryRefusal(zip.subarray(0, cut)), `cut at ${cut}`).toBe('notZip');
  });

  it('a ZIP64 zip cut short as truncated', async () => {
    const zip = await base({ zip64Above: 0 });
    for (const cut of [zip.byteLength - 1, zip.byteLength - 22, zip.byteLength - 30, zip.byteLength - 100]) {
      expect(await directoryRefusal(zip.subarray(0, cut)), `cut at ${cut}`).toBe('truncated');
    }
  });

  it('an end record whose directory runs past it as truncated', async () => {
    const zip = await base();
    const end = zip.byteLength - 22;
    expect(await directoryRefusal(altered(zip, (z) => setU32(z, end + 16, u32(z, end + 16) + 1)))).toBe('truncated');
    expect(await directoryRefusal(altered(zip, (z) => setU32(z, end + 12, u32(z, end + 12) + 1)))).toBe('truncated');
    expect(await directoryRefusal(altered(zip, (z) => setU32(z, end + 16, 0xfffffff0)))).toBe('truncated');
  });

  it('a directory that does not add up as corrupt', async () => {
    const zip = await base();
    const end = zip.byteLength - 22;
    const [, second, third] = centralOffsets(zip) as [number, number, number];
    const cases: Array<[string, (z: Uint8Array) => void]> = [
      ['a smaller directory size', (z) => setU32(z, end + 12, u32(z, end + 12) - 1)],
      ['one entry more counted', (z) => (setU16(z, end + 8, 4), setU16(z, end + 10, 4))],
      ['one entry fewer counted', (z) => (setU16(z, end + 8, 2), setU16(z, end + 10, 2))],
      ['two counts that differ', (z) => setU16(z, end + 8, 2)],
      ['an entry without its signature', (z) => (z[second] = 0x51)],
      ['an unknown compression method', (z) => setU16(z, second + 10, 12)],
      ['a name that is not UTF-8', (z) => (z[third + 46] = 0xff)],
      ['a name twice', (z) => z.set(utf8('a.txt'), third + 46)],
      ['data reaching into the directory', (z) => setU32(z, third + 42, u32(z, end + 16) - 20)],
      ['an encrypted entry', (z) => setU16(z, third + 8, u16(z, third + 8) | 1)],
      ['a stored entry whose sizes differ', (z) => setU32(z, third + 20, u32(z, third + 20) - 1)],
    ];
    for (const [what, change] of cases) expect(await directoryRefusal(altered(zip, change)), what).toBe('corrupt');
    // The unchanged zip is read: the refusals above came from the changes.
    expect((await directoryOf(zip)).map((entry) => entry.name)).toEqual(['a.txt', 'b.json', 'c.txt']);
  });

  it('ZIP64 end records that do not add up as corrupt', async () => {
    const zip = await base({ zip64Above: 0 });
    const locator = zip.byteLength - 22 - 20;
    const record = locator - 56;
    expect(await directoryRefusal(altered(zip, (z) => setU32(z, locator + 8, record - 1)))).toBe('corrupt');
    expect(await directoryRefusal(altered(zip, (z) => setU32(z, locator + 8, locator)))).toBe('corrupt');
    expect(await directoryRefusal(altered(zip, (z) => setU32(z, record + 32, 4)))).toBe('corrupt');
    // A central entry whose marked sizes have no ZIP64 field to say them.
    const [first] = centralOffsets(zip, u32(zip, record + 48), 3) as [number];
    expect(await directoryRefusal(altered(zip, (z) => setU16(z, first + 46 + 'a.txt'.length, 0x0009)))).toBe('corrupt');
    expect(await directoryRefusal(altered(zip, (z) => setU16(z, first + 46 + 'a.txt'.length + 2, 8)))).toBe('corrupt');
    expect((await directoryOf(zip)).length).toBe(3);
  });
});

describe('readZipEntry refuses', () => {
  it('a stored entry with one byte changed (its CRC-32), and reads the others', async () => {
    const zip = await base();
    const a = (await directoryOf(zip))[0]!;
    const flipped = altered(zip, (z) => flip(z, dataAt(zip, a) + 100, 0x01));
    expect(await entryRefusal(flipped, 'a.txt')).toBe('corrupt');
    const source = bytesSource(flipped);
    for (const entry of (await directoryOf(flipped)).slice(1)) await expect(readZipEntry(source, entry)).resolves.toBeInstanceOf(Uint8Array);
  });

  it('a deflated entry with one byte changed', async () => {
    const zip = await base();
    const b = (await directoryOf(zip))[1]!;
    for (const at of [10, Math.floor(b.compressedSize / 2), b.compressedSize - 20]) {
      expect(await entryRefusal(altered(zip, (z) => flip(z, dataAt(zip, b) + at, 0x10)), 'b.json'), `byte ${at}`).toBe('corrupt');
    }
  });

  it('a local header whose name differs from the directory’s, or that is not a local header', async () => {
    const zip = await base();
    const c = (await directoryOf(zip))[2]!;
    expect(await entryRefusal(altered(zip, (z) => (z[c.headerAt + 30] = 'd'.charCodeAt(0))), 'c.txt')).toBe('corrupt');
    expect(await entryRefusal(altered(zip, (z) => (z[c.headerAt] = 0)), 'c.txt')).toBe('corrupt');
  });

  it('an entry said to be larger than it inflates to', async () => {
    const zip = await base();
    const b = (await directoryOf(zip))[1]!;
    await expect(readZipEntry(bytesSource(zip), { ...b, size: b.size + 1 })).rejects.toMatchObject({ kind: 'corrupt' });
    await expect(readZipEntry(bytesSource(zip), { ...b, size: b.size - 1 })).rejects.toMatchObject({ kind: 'corrupt' });
    await expect(readZipEntry(bytesSource(zip), { ...b, headerAt: zip.byteLength })).rejects.toMatchObject({ kind: 'corrupt' });
  });
});

import { mkdtemp, readdir, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempPathBeside, writeFileAtomic } from '../../../../src-main/files/atomic-write';
import { isBackupTempName } from '../../../../src-main/core/backup-rotation';

// Pass-through `open`, so single tests can hand out a file handle that fails.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, open: vi.fn(actual.open) };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
});
afterEach(async () => {
  vi.mocked(fs.open).mockClear();
  await rm(dir, { recursive: true, force: true });
});

/** Makes the next opened handle fail at `step` after writing part of the data. */
function failNextHandle(step: 'writeFile' | 'sync') {
  vi.mocked(fs.open).mockImplementationOnce(async (...args) => {
    const real = await (await vi.importActual<typeof fs>('node:fs/promises')).open(...args);
    return {
      writeFile: async (data: Uint8Array | string) => {
        await real.writeFile(data.slice(0, 2));
        if (step === 'writeFile') throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
      sync: async () => {
        throw Object.assign(new Error('i/o error'), { code: 'EIO' });
      },
      close: () => real.close(),
    } as unknown as fs.FileHandle;
  });
}

describe('writeFileAtomic', () => {
  it('writes text and bytes, replacing the old content', async () => {
    const target = join(dir, 'backup.json');
    await writeFileAtomic(target, '{"v":1}');
    expect(await readFile(target, 'utf8')).toBe('{"v":1}');
    await writeFileAtomic(target, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(await readFile(target, 'utf8')).toBe('%PDF');
    expect(await readdir(dir)).toEqual(['backup.json']);
  });

  it('saves under a long Chinese name whose temp name would pass the 255-byte limit (80 characters, 240 bytes)', async () => {
    const target = join(dir, `${'投'.repeat(80)}.pdf`);
    await writeFileAtomic(target, 'pdf');
    expect(await readFile(target, 'utf8')).toBe('pdf');
    expect(await readdir(dir)).toEqual([`${'投'.repeat(80)}.pdf`]);
  });

  it('writes an empty file', async () => {
    const target = join(dir, 'empty.txt');
    await writeFileAtomic(target, '');
    expect(await readFile(target, 'utf8')).toBe('');
  });

  it('writes into a temp file beside the target, exclusively, then flushes the directory', async () => {
    await writeFileAtomic(join(dir, 'a.txt'), 'x');
    const [first, second, ...rest] = vi.mocked(fs.open).mock.calls;
    const [temp, flags] = first!;
    const [synced, dirFlags] = second!;
    expect(dirname(String(temp))).toBe(dir);
    expect(basename(String(temp))).toMatch(/^\.a\.txt\.[0-9a-f]{12}\.tmp$/);
    expect(flags).toBe('wx');
    expect([synced, dirFlags]).toEqual([dir, 'r']);
    expect(rest).toEqual([]);
  });

  it('fsyncs the temp file before the rename', async () => {
    const order: string[] = [];
    vi.mocked(fs.open).mockImplementationOnce(async (...args) => {
      const real = await (await vi.importActual<typeof fs>('node:fs/promises')).open(...args);
      return {
        writeFile: async (data: Uint8Array | string) => {
          order.push('write');
          await real.writeFile(data);
        },
        sync: async () => {
          order.push(`sync, target ${await readFile(join(dir, 'b.txt'), 'utf8').catch(() => 'absent')}`);
          await real.sync();
        },
        close: () => real.close(),
      } as unknown as fs.FileHandle;
    });
    await writeFileAtomic(join(dir, 'b.txt'), 'data');
    expect(order).toEqual(['write', 'sync, target absent']);
    expect(await readFile(join(dir, 'b.txt'), 'utf8')).toBe('data');
  });

  it('counts the write as done when the directory cannot be flushed (Windows)', async () => {
    const actualOpen = (await vi.importActual<typeof fs>('node:fs/promises')).open;
    vi.mocked(fs.open)
      .mockImplementationOnce(actualOpen)
      .mockImplementationOnce(async () => {
        throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      });
    await writeFileAtomic(join(dir, 'c.txt'), 'done');
    expect(await readFile(join(dir, 'c.txt'), 'utf8')).toBe('done');
    expect(await readdir(dir)).toEqual(['c.txt']);
  });

  for (const step of ['writeFile', 'sync'] as const) {
    it(`keeps the old content and leaves no temp file when ${step} fails`, async () => {
      const target = join(dir, 'prefs.json');
      await writeFile(target, 'old content');
      failNextHandle(step);
      await expect(writeFileAtomic(target, 'new content that is long')).rejects.toThrow(step === 'writeFile' ? 'no space' : 'i/o error');
      expect(await readFile(target, 'utf8')).toBe('old content');
      expect(await readdir(dir)).toEqual(['prefs.json']);
    });
  }

  it('fails without creating anything when the directory is missing', async () => {
    const target = join(dir, 'missing', 'file.txt');
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails without leaving a temp file when the rename fails', async () => {
    const target = join(dir, 'occupied');
    await mkdir(join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['occupied']);
    expect(await readdir(target)).toEqual(['child']);
  });

  it('concurrent writes to one target leave one complete version', async () => {
    const target = join(dir, 'race.txt');
    const versions = Array.from({ length: 8 }, (_, i) => String(i).repeat(10_000));
    await Promise.all(versions.map((v) => writeFileAtomic(target, v)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['race.txt']);
  });
});

describe('tempPathBeside', () => {
  it('names a fresh temp file in the target’s folder, the way a backup’s leftover is recognised', () => {
    const target = join(dir, 'complaint-desk-20261123-093005-daily.cdbak');
    const [a, b] = [tempPathBeside(target), tempPathBeside(target)];
    expect(a).not.toBe(b);
    expect(dirname(a)).toBe(dir);
    expect(isBackupTempName(basename(a))).toBe(true);
    // A name that would pass the limit gets the short form.
    expect(basename(tempPathBeside(join(dir, `${'投'.repeat(84)}.cdbak`)))).toMatch(/^\.[0-9a-f]{12}\.tmp$/);
  });
});

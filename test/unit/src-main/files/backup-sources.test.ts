import { randomBytes } from 'node:crypto';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChooseBackupSourceResult, FileRefusal } from '../../../../src-main/core/contract';
import { createBackupSources, SOURCE_IDLE_MS, type SourceFile } from '../../../../src-main/files/backup-sources';

let dir: string;
let content: Uint8Array;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backup-sources-'));
  content = new Uint8Array(randomBytes(10_000));
  path = join(dir, '投诉台备份.cdbak');
  await writeFile(path, content);
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

function chosen(result: ChooseBackupSourceResult | FileRefusal): string {
  if (result.status !== 'chosen') throw new Error(`not chosen: ${JSON.stringify(result)}`);
  return result.source;
}
/** Real handles, recorded so a test can see which were closed. */
function recordingOpen() {
  const handles: { path: string; closed: boolean }[] = [];
  const openFile = async (file: string): Promise<SourceFile> => {
    const real = await open(file, 'r');
    const record = { path: file, closed: false };
    handles.push(record);
    return {
      stat: () => real.stat(),
      read: (buffer, offset, length, position) => real.read(buffer, offset, length, position),
      close: async () => {
        record.closed = true;
        await real.close();
      },
    };
  };
  return { handles, openFile };
}

describe('backup sources', () => {
  it('choose opens the file and answers its name, size and an unguessable id, reading nothing', async () => {
    const { handles, openFile } = recordingOpen();
    const sources = createBackupSources({ openFile });
    const result = await sources.choose(path, 1);
    expect(result).toEqual({ status: 'chosen', source: expect.stringMatching(/^[0-9a-f]{32}$/), name: '投诉台备份.cdbak', bytes: 10_000 });
    expect(handles).toEqual([{ path, closed: false }]);
    await sources.closeAll();
    expect(handles).toEqual([{ path, closed: true }]);
  });

  it('reads any range: whole, short at the end, nothing past it', async () => {
    const sources = createBackupSources();
    const source = chosen(await sources.choose(path, 1));
    await expect(sources.read({ source, at: 0, length: 10_000 })).resolves.toEqual({ status: 'read', data: content });
    await expect(sources.read({ source, at: 1234, length: 100 })).resolves.toEqual({ status: 'read', data: content.slice(1234, 1334) });
    const tail = await sources.read({ source, at: 9_990, length: 4096 });
    expect(tail).toEqual({ status: 'read', data: content.slice(9_990) });
    // A short answer carries only its own bytes over ipc, not the buffer asked for.
    expect(tail.status === 'read' && tail.data.buffer.byteLength).toBe(10);
    await expect(sources.read({ source, at: 10_000, length: 10 })).resolves.toEqual({ status: 'read', data: new Uint8Array(0) });
    await expect(sources.read({ source, at: 50_000, length: 10 })).resolves.toEqual({ status: 'read', data: new Uint8Array(0) });
    // Read twice (a check, then the restore).
    await expect(sources.read({ source, at: 0, length: 5 })).resolves.toEqual({ status: 'read', data: content.slice(0, 5) });
    await sources.closeAll();
  });

  it('fills a range the system reads a little at a time', async () => {
    const sources = createBackupSources({
      openFile: async (file) => {
        const real = await open(file, 'r');
        return { stat: () => real.stat(), read: (buffer, offset, length, position) => real.read(buffer, offset, Math.min(length, 100), position), close: () => real.close() };
      },
    });
    const source = chosen(await sources.choose(path, 1));
    await expect(sources.read({ source, at: 5, length: 1000 })).resolves.toEqual({ status: 'read', data: content.slice(5, 1005) });
    await sources.closeAll();
  });

  it('refuses a file that cannot be opened with file.readFailed, its name and why', async () => {
    const sources = createBackupSources();
    await expect(sources.choose(join(dir, 'gone.cdbak'), 1)).resolves.toEqual({ status: 'refused', code: 'file.readFailed', params: { name: 'gone.cdbak', why: 'missing' } });
  });

  it('refuses a read that fails with file.readFailed, and an unknown source with backup.sourceUnknown', async () => {
    const log = vi.fn();
    const sources = createBackupSources({
      log,
      openFile: async () => ({
        stat: async () => ({ size: 10 }),
        read: async () => Promise.reject(Object.assign(new Error('i/o'), { code: 'EIO' })),
        close: async () => undefined,
      }),
    });
    const source = chosen(await sources.choose(path, 1));
    await expect(sources.read({ source, at: 0, length: 10 })).resolves.toEqual({ status: 'refused', code: 'file.readFailed', params: { name: '投诉台备份.cdbak', why: 'other' } });
    await expect(sources.read({ source: 'f'.repeat(32), at: 0, length: 10 })).resolves.toEqual({ status: 'refused', code: 'backup.sourceUnknown' });
    expect(log).toHaveBeenCalledWith('cannot read a backup to restore', expect.objectContaining({ path }));
  });

  it('closes the file a window chose before when it chooses another, leaves other windows’ alone, and closes one released', async () => {
    const { handles, openFile } = recordingOpen();
    const sources = createBackupSources({ openFile });
    const first = chosen(await sources.choose(path, 1));
    const other = join(dir, 'other.cdbak');
    await writeFile(other, 'other');
    const second = chosen(await sources.choose(other, 1));
    expect(handles).toEqual([{ path, closed: true }, { path: other, closed: false }]);
    await expect(sources.read({ source: first, at: 0, length: 1 })).resolves.toEqual({ status: 'refused', code: 'backup.sourceUnknown' });
    await expect(sources.read({ source: second, at: 0, length: 5 })).resolves.toEqual({ status: 'read', data: new TextEncoder().encode('other') });
    // Another window choosing a file does not end this one's restore.
    const theirs = chosen(await sources.choose(path, 2));
    await expect(sources.read({ source: second, at: 0, length: 5 })).resolves.toMatchObject({ status: 'read' });
    // Released once restored (or refused): closed at once, so the stick it is on can be ejected.
    await sources.release(second);
    expect(handles[1]).toEqual({ path: other, closed: true });
    await expect(sources.read({ source: second, at: 0, length: 1 })).resolves.toEqual({ status: 'refused', code: 'backup.sourceUnknown' });
    await sources.release('unknown');
    await expect(sources.read({ source: theirs, at: 0, length: 2 })).resolves.toMatchObject({ status: 'read' });
    await sources.closeAll();
  });

  it(`closes a source not read for ${SOURCE_IDLE_MS / 3_600_000} hours; each read restarts the wait`, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { handles, openFile } = recordingOpen();
    const sources = createBackupSources({ openFile });
    const source = chosen(await sources.choose(path, 1));
    vi.advanceTimersByTime(SOURCE_IDLE_MS - 1);
    await expect(sources.read({ source, at: 0, length: 1 })).resolves.toMatchObject({ status: 'read' });
    vi.advanceTimersByTime(SOURCE_IDLE_MS - 1);
    expect(handles[0]!.closed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(handles[0]!.closed).toBe(true);
    await expect(sources.read({ source, at: 0, length: 1 })).resolves.toEqual({ status: 'refused', code: 'backup.sourceUnknown' });
    expect(vi.getTimerCount()).toBe(0);
  });
});

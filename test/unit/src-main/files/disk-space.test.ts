import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { bytesNeededFor, checkSpace, DISK_MARGIN_BYTES, freeBytes } from '../../../../src-main/files/disk-space';

const MB = 1024 * 1024;

describe('freeBytes', () => {
  it('asks the real system about a real folder', async () => {
    const free = await freeBytes(tmpdir());
    expect(free).toBeTypeOf('number');
    expect(free).toBeGreaterThan(0);
  });

  it('is the blocks available to the user times the block size (numbers or bigints)', async () => {
    await expect(freeBytes('/x', async () => ({ bavail: 1000, bsize: 4096 }))).resolves.toBe(4_096_000);
    await expect(freeBytes('/x', async () => ({ bavail: 3n, bsize: 512n }))).resolves.toBe(1536);
  });

  it('is null, logged, when the system cannot say', async () => {
    const log = vi.fn();
    const statfs = vi.fn(async () => {
      throw Object.assign(new Error('function not implemented'), { code: 'ENOSYS' });
    });
    await expect(freeBytes('/backups', statfs, log)).resolves.toBeNull();
    expect(statfs).toHaveBeenCalledWith('/backups');
    expect(log).toHaveBeenCalledWith('free disk space unknown', expect.objectContaining({ path: '/backups' }));
    await expect(freeBytes('/nonexistent/backups/folder')).resolves.toBeNull();
  });
});

describe('checkSpace', () => {
  it('needs twice the backup plus 200 MB', () => {
    expect(DISK_MARGIN_BYTES).toBe(200 * MB);
    expect(bytesNeededFor(0)).toBe(200 * MB);
    expect(bytesNeededFor(50 * MB)).toBe(300 * MB);
  });

  it('lets a backup through exactly at the limit and refuses one byte below, in whole MB', () => {
    const size = 50 * MB;
    expect(checkSpace(size, 300 * MB)).toEqual({ ok: true });
    expect(checkSpace(size, 300 * MB - 1)).toEqual({ ok: false, neededMB: 300, freeMB: 299 });
    expect(checkSpace(10 * MB + 1, 120 * MB)).toEqual({ ok: false, neededMB: 221, freeMB: 120 });
    expect(checkSpace(1, 0)).toEqual({ ok: false, neededMB: 201, freeMB: 0 });
  });

  it('does not stop a backup when the free space is unknown', () => {
    expect(checkSpace(10 * 1024 * MB, null)).toEqual({ ok: true });
  });
});

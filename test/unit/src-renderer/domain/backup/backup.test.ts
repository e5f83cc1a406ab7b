import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from '../../../../../src-renderer/domain/backup/codec';
import { manifestChecksum } from '../../../../../src-renderer/domain/backup/manifest';
import { BACKUP_STALE_MS, backupFileName, isStale, spaceShortfall } from '../../../../../src-renderer/domain/backup/status';

const MB = 1024 * 1024;

describe('backup file names, staleness and free space', () => {
  it('names a file by its local time and kind', () => {
    expect(backupFileName(new Date(2026, 10, 3, 7, 5, 9).getTime(), 'manual')).toBe('complaint-desk-20261103-070509-manual.cdbak');
    expect(backupFileName(new Date(2026, 0, 31, 23, 59, 59).getTime(), 'pre-restore')).toBe('complaint-desk-20260131-235959-pre-restore.cdbak');
  });

  it('is stale with no backup, or one older than two days', () => {
    const now = Date.UTC(2026, 10, 23);
    expect(isStale(null, now)).toBe(true);
    expect(isStale(now - BACKUP_STALE_MS, now)).toBe(false);
    expect(isStale(now - BACKUP_STALE_MS - 1, now)).toBe(true);
    expect(BACKUP_STALE_MS).toBe(2 * 86_400_000);
  });

  it('needs twice the size plus a margin free, and cannot refuse without an estimate', () => {
    expect(spaceShortfall({}, 10 * MB)).toBeNull();
    expect(spaceShortfall({ quota: 1000 * MB, usage: 100 * MB }, 10 * MB)).toBeNull();
    expect(spaceShortfall({ quota: 1000 * MB, usage: 950 * MB }, 10 * MB)).toEqual({ neededMB: 84, freeMB: 50 });
    expect(spaceShortfall({ quota: 100 * MB, usage: 120 * MB }, 0)).toEqual({ neededMB: 64, freeMB: 0 });
  });
});

describe('the row codec', () => {
  it('round-trips what JSON cannot say, and never mistakes stored data for a tag', () => {
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    const row = {
      id: 'x',
      missing: undefined,
      list: [1, undefined, Infinity, -Infinity, NaN, null],
      at: new Date(2026, 10, 23),
      file: blob,
      nested: { $blob: 7, $undef: 1, plain: { $num: 'Infinity' } },
      text: '投诉',
    };
    const blobs: Blob[] = [];
    const encoded = encodeValue(row, (b) => blobs.push(b) - 1);
    const json = JSON.parse(JSON.stringify(encoded)) as unknown;
    const decoded = decodeValue(json, (n, type) => {
      expect(type).toBe('image/png');
      return blobs[n]!;
    }) as typeof row;
    expect(Object.keys(decoded)).toEqual(Object.keys(row));
    expect('missing' in decoded && decoded.missing === undefined).toBe(true);
    expect(decoded.list).toEqual([1, undefined, Infinity, -Infinity, NaN, null]);
    expect(decoded.at).toEqual(row.at);
    expect(decoded.file).toBe(blob);
    expect(decoded.nested).toEqual({ $blob: 7, $undef: 1, plain: { $num: 'Infinity' } });
    expect(() => encodeValue(new Map(), () => 0)).toThrow(/Map/);
  });

  it('signs a manifest over everything but its own checksum', () => {
    const base = { format: 'complaint-desk-backup', counts: { cases: 1 } } as never;
    const a = manifestChecksum(base);
    expect(manifestChecksum({ ...(base as object), checksum: 'f'.repeat(64) } as never)).toBe(a);
    expect(manifestChecksum({ ...(base as object), counts: { cases: 2 } } as never)).not.toBe(a);
  });
});

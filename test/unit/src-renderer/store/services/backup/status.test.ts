import { afterEach, describe, expect, it } from 'vitest';
import type { BackupStatus } from '../../../../../../src-renderer/store/services/backup';
import { automaticBackup } from '../../../../../../src-renderer/store/backup/auto';
import { DAY, HOUR, ok, openTestStore, refusal, type TestStore } from '../../fixtures';
import { fakeMainFiles } from '../../backup/kit';

let store: TestStore;
afterEach(async () => store?.close());

/** 备份到文件 as the UI does it: made, saved by the platform, then logged. */
async function backUpToFile() {
  const { token } = await store.run<{ token: string }>('backup.create', {}, 'admin');
  ok(await store.send('backup.saved', { token, path: '/home/admin/desk.cdbak' }, 'admin'));
}

describe('backup.status', () => {
  it('is stale with no backup and after two days, fresh after a backup; a restore does not make the data newer', async () => {
    store = await openTestStore();
    expect(await store.run<BackupStatus>('backup.status', {}, 'admin')).toEqual({ last: null, lastAt: null, stale: true, recent: [] });
    await backUpToFile();
    const madeAt = store.now();
    let status = await store.run<BackupStatus>('backup.status', {}, 'admin');
    expect(status).toMatchObject({ stale: false, last: { kind: 'manual', at: madeAt }, lastAt: madeAt });

    // That backup restored two days later: the data is as old as the backup.
    store.clock.now += 2 * DAY + HOUR;
    await store.db.backups.add({ at: store.now(), kind: 'restored', fileName: 'x.cdbak', path: '', bytes: 1, counts: {}, actor: null, backupCreatedAt: madeAt });
    status = await store.run<BackupStatus>('backup.status', {}, 'admin');
    expect(status).toMatchObject({ stale: true, last: { kind: 'restored' }, lastAt: madeAt });
    expect(status.recent.map((row) => row.kind)).toEqual(['restored', 'manual']);
    expect(refusal(await store.send('backup.status', {}, 'supervisor')).code).toBe('auth.forbidden');
  });

  it('dates the current data by the backup a restore brought back, never by the copy of the data it replaced', async () => {
    store = await openTestStore();
    const madeAt = store.now() - 3 * DAY;
    // As a restore leaves the log: the copy of the replaced data, then the restore of a backup made three days ago.
    await store.db.backups.bulkAdd([
      { at: store.now(), kind: 'pre-restore', fileName: 'before.cdbak', path: '', bytes: 1, counts: {}, actor: null },
      { at: store.now(), kind: 'restored', fileName: 'old.cdbak', path: '', bytes: 1, counts: {}, actor: null, backupCreatedAt: madeAt },
    ]);
    let status = await store.run<BackupStatus>('backup.status', {}, 'admin');
    expect(status).toMatchObject({ last: { kind: 'restored' }, lastAt: madeAt, stale: true });
    store.clock.now += HOUR;
    await backUpToFile();
    status = await store.run<BackupStatus>('backup.status', {}, 'admin');
    expect(status).toMatchObject({ last: { kind: 'manual' }, lastAt: store.now(), stale: false });
  });

  it('does not take a backup of the replaced data, kept in the log by the restore, for one of the current data', async () => {
    store = await openTestStore();
    const madeAt = store.now() - 3 * DAY;
    // This morning's daily backup (of the data the restore then replaced), and the restore of a backup of three days ago.
    await store.db.backups.bulkAdd([
      { at: store.now() - 2 * HOUR, kind: 'daily', fileName: 'morning.cdbak', path: '', bytes: 1, counts: {}, actor: null },
      { at: store.now(), kind: 'pre-restore', fileName: 'before.cdbak', path: '', bytes: 1, counts: {}, actor: null },
      { at: store.now(), kind: 'restored', fileName: 'old.cdbak', path: '', bytes: 1, counts: {}, actor: null, backupCreatedAt: madeAt },
    ]);
    expect(await store.run<BackupStatus>('backup.status', {}, 'admin')).toMatchObject({ last: { kind: 'restored' }, lastAt: madeAt, stale: true });
  });

  it('logs an automatic backup once main saved it, as the system, and nothing when main refused', async () => {
    store = await openTestStore();
    const main = fakeMainFiles({ path: (kind) => `/backups/complaint-desk-20261123-100000-${kind}.cdbak` });
    const saved = await automaticBackup(store.db, main.files, 'daily', store.now());
    expect(saved).toMatchObject({ ok: true, path: '/backups/complaint-desk-20261123-100000-daily.cdbak' });
    expect(main.calls).toEqual(['open daily', 'close']);
    expect(main.saved).toHaveLength(1);
    expect(await store.db.backups.toArray()).toMatchObject([
      { kind: 'daily', fileName: 'complaint-desk-20261123-100000-daily.cdbak', path: '/backups/complaint-desk-20261123-100000-daily.cdbak', bytes: main.saved[0]!.data.byteLength, actor: null, counts: { users: 7 } },
    ]);
    // Refused when opened (no room), or when a part could not be written (the disk filled up): nothing logged, nothing left open.
    const full = fakeMainFiles({ refuse: { open: 'backup.diskFull' } });
    expect(await automaticBackup(store.db, full.files, 'on-quit', store.now())).toEqual({ ok: false, code: 'backup.diskFull' });
    const filling = fakeMainFiles({ refuse: { write: 1 } });
    expect(await automaticBackup(store.db, filling.files, 'on-quit', store.now())).toEqual({ ok: false, code: 'backup.diskFull', params: { neededMB: 9, freeMB: 1 } });
    expect(filling.open()).toEqual([]);
    expect(filling.calls).toEqual(['open on-quit', 'abort']);
    expect(await store.db.backups.count()).toBe(1);
    expect((await store.run<BackupStatus>('backup.status', {}, 'admin')).last?.kind).toBe('daily');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { toActor } from '../../../../../../src-renderer/domain/users/user';
import type { BackupStatus, IssuedBackupFile } from '../../../../../../src-renderer/store/services/backup';
import { MAX_ISSUED_BACKUPS } from '../../../../../../src-renderer/store/services/backup/issued';
import { HOUR, MINUTE, ok, openTestStore, refusal, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const NOT_ISSUED = { code: 'backup.notIssued' };
const backupAudit = async () => (await store.db.audit.where('[subject+n]').between(['backup', 0], ['backup', Infinity]).toArray()).map((event) => ({ command: event.command, at: event.at, detail: event.detail }));
const make = () => store.run<IssuedBackupFile>('backup.create', {}, 'admin');
const status = () => store.run<BackupStatus>('backup.status', {}, 'admin');

describe('备份到文件 is logged only once its file is saved', () => {
  it('backup.create alone logs nothing: the status still says no backup, and stale', async () => {
    store = await openTestStore();
    const before = await store.snapshot();
    const made = await make();
    expect(made.token).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.data.byteLength).toBeGreaterThan(0);
    expect(await status()).toEqual({ last: null, lastAt: null, stale: true, recent: [] });
    expect(await store.snapshot()).toEqual(before);
    expect(store.events).toEqual([]);
  });

  it('backup.saved logs the backup made (its time, file, size and counts) with the saved path, audited, once', async () => {
    store = await openTestStore();
    const made = await make();
    const madeAt = store.now();
    // The save dialog stays open a few minutes.
    store.clock.now += 5 * MINUTE;
    expect(ok(await store.send('backup.saved', { token: made.token, path: 'D:\\备份\\desk.cdbak' }, 'admin'))).toEqual({ id: 1 });
    const row = { at: madeAt, kind: 'manual', fileName: made.fileName, path: 'D:\\备份\\desk.cdbak', bytes: made.data.byteLength, counts: made.manifest.counts };
    expect(await store.db.backups.toArray()).toEqual([{ id: 1, ...row, actor: { id: 'u-admin', name: '管理员' } }]);
    expect(await backupAudit()).toEqual([
      { command: 'backup.create', at: madeAt, detail: { kind: 'manual', fileName: made.fileName, path: row.path, bytes: row.bytes, counts: row.counts } },
    ]);
    expect(store.events).toEqual([[{ area: 'backups', ids: ['1'] }]]);
    expect(await status()).toMatchObject({ last: row, lastAt: madeAt, stale: false });

    // The same token again is refused, and writes nothing.
    const after = await store.snapshot();
    expect(refusal(await store.send('backup.saved', { token: made.token, path: '/elsewhere.cdbak' }, 'admin'))).toEqual(NOT_ISSUED);
    expect(await store.snapshot()).toEqual(after);
    expect(store.events).toHaveLength(1);
  });

  it('a browser download has no path: logged with none', async () => {
    store = await openTestStore();
    const made = await make();
    ok(await store.send('backup.saved', { token: made.token }, 'admin'));
    expect(await store.db.backups.toArray()).toMatchObject([{ kind: 'manual', fileName: made.fileName, path: '' }]);
  });

  it('refuses a token the host did not issue, one expired, one of another user, and a caller without the permission, writing nothing', async () => {
    store = await openTestStore();
    const other = { ...store.users.admin, id: 'u-admin2', username: 'admin2', name: '管理员二' };
    await store.db.users.add(other);
    await store.db.sessions.add({ token: 'token-admin2', userId: other.id, createdAt: store.now(), lastSeenAt: store.now() });
    const before = await store.snapshot();
    expect(refusal(await store.send('backup.saved', { token: crypto.randomUUID(), path: '/x.cdbak' }, 'admin'))).toEqual(NOT_ISSUED);
    // A backup's own contents are no token.
    const made = await make();
    expect(refusal(await store.send('backup.saved', { token: made.manifest.checksum, path: '' }, 'admin'))).toEqual(NOT_ISSUED);
    expect(refusal(await store.send('backup.saved', { token: made.token }, 'agent')).code).toBe('auth.forbidden');
    expect(refusal(await store.send('backup.saved', { token: '', path: '' }, 'admin')).code).toBe('validation.failed');
    expect(refusal(await store.send('backup.saved', { token: made.token, path: 'x'.repeat(5_000) }, 'admin')).code).toBe('validation.failed');

    // Another administrator cannot log the backup made for this one; it stays good for its own user.
    const asOther = { actor: toActor(other), token: 'token-admin2' };
    expect(refusal(await store.dispatcher.dispatch('backup.saved', { token: made.token, path: '' }, asOther))).toEqual(NOT_ISSUED);
    expect(await store.snapshot()).toEqual(before);

    // An hour later the backup is forgotten.
    store.clock.now += HOUR;
    expect(refusal(await store.send('backup.saved', { token: made.token, path: '' }, 'admin'))).toEqual(NOT_ISSUED);
    expect(await store.db.backups.count()).toBe(0);
    expect(await backupAudit()).toEqual([]);
  });

  it('logs a file whose save dialog outlasted the idle lock, and nothing else goes on while locked', async () => {
    store = await openTestStore();
    const session = store.session('admin');
    const made = ok<IssuedBackupFile>(await store.dispatcher.dispatch('backup.create', {}, session));
    ok(await store.dispatcher.dispatch('auth.lock', {}, session));
    ok(await store.dispatcher.dispatch('backup.saved', { token: made.token }, session));
    expect(await store.db.backups.count()).toBe(1);
    expect(refusal(await store.dispatcher.dispatch('backup.create', {}, session))).toEqual({ code: 'auth.screenLocked' });
  });

  it('remembers a few backups at most, forgetting the oldest', async () => {
    store = await openTestStore();
    const tokens: string[] = [];
    for (let i = 0; i <= MAX_ISSUED_BACKUPS; i += 1) tokens.push((await make()).token);
    expect(refusal(await store.send('backup.saved', { token: tokens[0] }, 'admin'))).toEqual(NOT_ISSUED);
    for (const token of tokens.slice(1)) ok(await store.send('backup.saved', { token }, 'admin'));
    expect(await store.db.backups.count()).toBe(MAX_ISSUED_BACKUPS);
  });

  it('a token of one store host (or of the database before a restore) is unknown to another', async () => {
    store = await openTestStore();
    const made = await make();
    const other = await openTestStore();
    try {
      expect(refusal(await other.send('backup.saved', { token: made.token }, 'admin'))).toEqual(NOT_ISSUED);
      expect(await other.db.backups.count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});

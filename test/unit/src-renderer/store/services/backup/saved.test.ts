import { afterEach, describe, expect, it } from 'vitest';
import { toActor } from '../../../../../../src-renderer/domain/users/user';
import type { BackupStatus, CreatedBackup } from '../../../../../../src-renderer/store/services/backup';
import { backupEnvironment, provideBackupEnvironment } from '../../../../../../src-renderer/store/backup/environment';
import { mainSource, mainTarget } from '../../../../../../src-renderer/store/backup/auto';
import { fakeMainFiles, manifestIn } from '../../backup/kit';
import { MAX_ISSUED_BACKUPS } from '../../../../../../src-renderer/store/services/backup/issued';
import { HOUR, MINUTE, ok, openTestStore, refusal, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const NOT_ISSUED = { code: 'backup.notIssued' };
const backupAudit = async () => (await store.db.audit.where('[subject+n]').between(['backup', 0], ['backup', Infinity]).toArray()).map((event) => ({ command: event.command, at: event.at, detail: event.detail }));
type Download = Extract<CreatedBackup, { kind: 'download' }>;
const make = () => store.run<Download>('backup.create', {}, 'admin');
const status = () => store.run<BackupStatus>('backup.status', {}, 'admin');

describe('备份到文件 is logged only once its file is saved', () => {
  it('backup.create alone logs nothing: the status still says no backup, and stale', async () => {
    store = await openTestStore();
    const before = await store.snapshot();
    const made = await make();
    expect(made.token).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.kind).toBe('download');
    expect(made.blob.size).toBe(made.bytes);
    expect(manifestIn(new Uint8Array(await made.blob.arrayBuffer()))).toEqual(made.manifest);
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
    const row = { at: madeAt, kind: 'manual', fileName: made.fileName, path: 'D:\\备份\\desk.cdbak', bytes: made.bytes, counts: made.manifest.counts };
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
    const made = ok<Download>(await store.dispatcher.dispatch('backup.create', {}, session));
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

  it('on the desktop writes to the file chosen in the save dialog as it is made, and logs it at once with main’s path', async () => {
    store = await openTestStore();
    const main = fakeMainFiles({ path: (target) => `D:\\备份\\${target}.cdbak` });
    // Without main (the browser), a target cannot be written to.
    expect(refusal(await store.send('backup.create', { target: 'chosen-1' }, 'admin'))).toEqual({ code: 'backup.unavailable' });
    provideBackupEnvironment(store.db, {
      ...backupEnvironment(store.db)!,
      manualTarget: (target) => mainTarget(main.files, { kind: 'manual', target }),
      openSource: (source, bytes) => mainSource(main.files, source, bytes),
    });
    const made = await store.run<Extract<CreatedBackup, { kind: 'saved' }>>('backup.create', { target: 'chosen-1' }, 'admin');
    expect(made).toMatchObject({ kind: 'saved', fileName: 'chosen-1.cdbak', path: 'D:\\备份\\chosen-1.cdbak', id: 1 });
    expect(main.saved.map((file) => [file.kind, file.target])).toEqual([['manual', 'chosen-1']]);
    expect(made.bytes).toBe(main.saved[0]!.data.byteLength);
    expect(await store.db.backups.toArray()).toMatchObject([{ kind: 'manual', path: made.path, bytes: made.bytes, actor: { id: 'u-admin' } }]);
    expect((await backupAudit()).map((event) => event.command)).toEqual(['backup.create']);
    expect(store.events.at(-1)).toEqual([{ area: 'backups', ids: ['1'] }]);

    // The same file, read back through main a range at a time, is checked like any other (kept open for the restore).
    main.sources.set('picked', main.saved[0]!.data);
    expect(await store.run('backup.inspect', { source: { id: 'picked', bytes: made.bytes } }, 'admin')).toMatchObject({ kind: 'manual', counts: { users: 7 } });
    expect(main.calls).not.toContain('release picked');
    // A file refused for what it holds is closed at once (the stick it is on can be ejected).
    main.sources.set('half', main.saved[0]!.data.slice(0, 100));
    expect(refusal(await store.send('backup.inspect', { source: { id: 'half', bytes: 100 }, fileName: 'half.cdbak' }, 'admin'))).toEqual({ code: 'backup.truncated' });
    expect(main.calls).toContain('release half');
    expect(refusal(await store.send('backup.inspect', { source: { id: 'gone', bytes: made.bytes } }, 'admin'))).toEqual({ code: 'backup.sourceUnknown' });
    // One file only: bytes and a source together are no request.
    expect(refusal(await store.send('backup.inspect', { data: main.saved[0]!.data, source: { id: 'picked', bytes: 1 } }, 'admin')).code).toBe('validation.failed');

    // Main refusing the file (the disk full) is said, and nothing is logged.
    const full = fakeMainFiles({ refuse: { open: 'backup.diskFull' } });
    provideBackupEnvironment(store.db, { ...backupEnvironment(store.db)!, manualTarget: (target) => mainTarget(full.files, { kind: 'manual', target }) });
    expect(refusal(await store.send('backup.create', { target: 'chosen-2' }, 'admin'))).toEqual({ code: 'backup.diskFull' });
    expect(await store.db.backups.count()).toBe(1);
  });
});

import { Dexie } from 'dexie';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTACT_KEYS_PENDING, DeskDb, SCHEMA_VERSION } from '../../../../../src-renderer/store/db';
import { contactKeysBackfilled } from '../../../../../src-renderer/store/core/backfill';
import { DAY, HOUR, ok, openTestStore, PASSWORD, refusal, register, type TestStore } from '../fixtures';
import { caseAt } from '../flow';
import {
  attachEnvironment,
  backupBytes,
  BINARY,
  fakeMainFiles,
  createAsAdmin,
  databaseNames,
  editManifest,
  fullDump,
  memorySink,
  replaceEntry,
  restoreAsAdmin,
  seedEverything,
  withoutRestoreLog,
} from './kit';
import { makeBackup } from '../../../../../src-renderer/store/backup/create';
import { blobBytes } from '../../../../../src-renderer/store/backup/encode';
import { SinkRefused, type BackupTarget } from '../../../../../src-renderer/store/backup/targets';
import { bytesSource } from '../../../../../src-renderer/store/backup/zip/source';
import { backupEnvironment, provideBackupEnvironment } from '../../../../../src-renderer/store/backup/environment';
import { mainSource } from '../../../../../src-renderer/store/backup/auto';

let store: TestStore;
const opened: DeskDb[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) db.close();
  await store?.close();
  for (const name of await databaseNames()) if (name.startsWith('complaint-desk-')) await Dexie.delete(name);
});

const backupNow = () => createAsAdmin(store);

async function openRestored(name: string): Promise<DeskDb> {
  const db = new DeskDb(name);
  opened.push(db);
  await db.open();
  return db;
}

describe('backup.create and backup.restore: the round trip', { timeout: 60_000 }, () => {
  it('restores every table but sessions exactly, attachments byte for byte, and logs the restore in the restored data', async () => {
    store = await openTestStore();
    await seedEverything(store);
    const before = await fullDump(store.db);
    const made = await backupNow();

    expect(made.fileName).toMatch(/^complaint-desk-20261123-100000-manual\.cdbak$/);
    expect(made.manifest).toMatchObject({ format: 'complaint-desk-backup', formatVersion: 1, schemaVersion: SCHEMA_VERSION, createdAt: store.now(), kind: 'manual' });
    expect(Object.keys(made.manifest.stores).sort()).toEqual(store.db.tables.map((t) => t.name).sort());
    expect(Object.keys(made.manifest.counts).sort()).toEqual(store.db.tables.map((t) => t.name).filter((n) => n !== 'sessions').sort());
    expect(made.manifest.counts).toMatchObject({ cases: 4, attachments: 2, users: 7, improvements: 1, reportNotes: 1, alerts: 1, prefs: 1, backups: 0 });
    expect(made.manifest.counts.entries).toBe(before.entries!.length);
    // The manual backup is logged once its file is saved (so the file does not hold its own row), and audited.
    expect(await store.db.backups.count()).toBe(0);
    ok(await store.send('backup.saved', { token: made.token, path: '/backups/mine.cdbak' }, 'admin'));
    expect(await store.db.backups.toArray()).toMatchObject([{ kind: 'manual', fileName: made.fileName, path: '/backups/mine.cdbak', actor: { id: 'u-admin' }, counts: made.manifest.counts }]);
    expect((await store.db.audit.where('[subject+n]').between(['backup', 0], ['backup', Infinity]).toArray()).map((e) => e.command)).toEqual(['backup.create']);
    expect(store.events.at(-1)).toEqual([{ area: 'backups', ids: ['1'] }]);

    // Changes after the backup are undone by the restore.
    await register(store, { customerName: '后来的客户' });
    const { activated, sink } = attachEnvironment(store);
    const outcome = ok<{ restored: { counts: Record<string, number> }; preRestore: { path: string } }>(await restoreAsAdmin(store, made.data, 'mine.cdbak'));
    expect(outcome.restored.counts.cases).toBe(4);
    // The current data was backed up first (five cases: the one registered after the backup too).
    expect(sink.saved.map((b) => [b.manifest.kind, b.manifest.counts.cases])).toEqual([['pre-restore', 5]]);
    expect(outcome.preRestore.path).toBe(`memory:${sink.saved[0]!.fileName}`);

    expect(activated).toHaveLength(1);
    expect(activated[0]).toMatch(/^complaint-desk-\d+-[0-9a-f]{6}$/);
    const restored = await openRestored(activated[0]!);
    expect(restored.verno).toBe(SCHEMA_VERSION);
    const after = await fullDump(restored);
    // Every table as it was, but the backup log (below).
    expect({ ...withoutRestoreLog(after), backups: before.backups }).toEqual(before);
    expect(after.attachments).toHaveLength(2);
    expect((after.attachments as Array<{ type: string }>).map((a) => a.type).sort()).toEqual(['application/pdf', 'image/png']);
    expect(await restored.sessions.count()).toBe(0);
    // The restore is logged and audited in the restored data, with the backup made before it. The log keeps
    // the rows the backup did not have yet: the backup restored from itself.
    expect(await restored.backups.toArray()).toMatchObject([
      { kind: 'manual', fileName: made.fileName },
      { kind: 'pre-restore', path: outcome.preRestore.path, actor: { id: 'u-admin' } },
      { kind: 'restored', fileName: 'mine.cdbak', counts: made.manifest.counts, backupCreatedAt: made.manifest.createdAt },
    ]);
    expect((await restored.audit.where('[subject+n]').between(['backup', 0], ['backup', Infinity]).toArray()).map((e) => e.command)).toEqual([
      'backup.preRestore',
      'backup.restore',
    ]);
    // The database in use is untouched: it still has the case registered after the backup.
    expect(await store.db.cases.count()).toBe(5);
  });

  it('backs up a table added in a later version without any change, and a file from that version is refused as newer', async () => {
    class LaterDb extends DeskDb {
      constructor(name: string) {
        super(name);
        this.version(SCHEMA_VERSION + 1).stores({ surveys: '&id, caseId' });
      }
    }
    store = await openTestStore();
    const later = new LaterDb(`later-${crypto.randomUUID()}`);
    opened.push(later);
    await later.open();
    await later.table('surveys').bulkAdd([{ id: 's1', caseId: 'c1', score: 5 }, { id: 's2', caseId: 'c2', score: 3 }]);
    const made = await backupBytes(later, { now: store.now() });
    expect(made.manifest).toMatchObject({ schemaVersion: SCHEMA_VERSION + 1, counts: { surveys: 2 }, stores: { surveys: 'id, caseId' } });
    attachEnvironment(store);
    const before = await fullDump(store.db);
    expect(refusal(await restoreAsAdmin(store, made.data))).toEqual({ code: 'backup.newerSchema', params: { version: SCHEMA_VERSION + 1, current: SCHEMA_VERSION } });
    expect(await fullDump(store.db)).toEqual(before);
    await later.delete();
  });

  it('restores a backup of schema version 4 (no imports or backup log, no external id) into the current version', async () => {
    store = await openTestStore();
    const cases = await seedEverything(store);
    const stores = Object.fromEntries(
      store.db.tables
        .filter((t) => !['imports', 'backups'].includes(t.name))
        .map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.filter((i) => i.name !== 'externalId').map((i) => i.src)].join(', ')]),
    );
    expect(stores.cases).not.toContain('externalId');
    const v4 = new Dexie(`v4-${crypto.randomUUID()}`);
    v4.version(4).stores(stores);
    await v4.open();
    // A version 4 case had no contact keys (version 7 added them).
    const withoutKeys = (row: { contactKeys?: string[] }) => {
      const { contactKeys: _keys, ...rest } = row;
      return rest;
    };
    for (const name of Object.keys(stores)) if (name !== 'sessions') await v4.table(name).bulkAdd((await store.db.table(name).toArray()).map((row) => (name === 'cases' ? withoutKeys(row) : row)));
    const made = await backupBytes(v4, { now: store.now() });
    v4.close();
    await Dexie.delete(v4.name);
    expect(made.manifest.schemaVersion).toBe(4);
    expect(Object.keys(made.manifest.stores)).not.toContain('imports');

    const { activated } = attachEnvironment(store);
    ok(await restoreAsAdmin(store, made.data));
    const restored = await openRestored(activated[0]!);
    expect(restored.verno).toBe(SCHEMA_VERSION);
    expect(await restored.imports.count()).toBe(0);
    expect((await restored.backups.toArray()).map((row) => row.kind)).toEqual(['pre-restore', 'restored']);
    // The upgrade marked the cases' contact keys pending (and the restore's count check allowed the mark); the backfill gives them.
    await contactKeysBackfilled(restored);
    expect(await restored.counters.get(CONTACT_KEYS_PENDING)).toBeUndefined();
    const keysOf = async (db: DeskDb) => (await db.cases.orderBy(':id').toArray()).map((c) => c.contactKeys);
    expect(await keysOf(restored)).toEqual(await keysOf(store.db));
    expect((await keysOf(restored)).every((keys) => keys !== undefined && keys.length > 0)).toBe(true);
    // The index added in version 5 exists and is usable.
    await restored.cases.update(cases[0]!.id, { externalId: 'CRM-1' });
    expect((await restored.cases.where('externalId').equals('CRM-1').toArray()).map((c) => c.id)).toEqual([cases[0]!.id]);
    const original = await fullDump(store.db);
    const back = await fullDump(restored);
    for (const table of Object.keys(stores)) {
      if (table === 'sessions' || table === 'audit' || table === 'auditHeads' || table === 'cases') continue;
      expect(back[table], table).toEqual(original[table]);
    }
    expect(back.cases).toHaveLength(4);
  });
});

describe('backup.restore refuses a bad file and changes nothing', { timeout: 60_000 }, () => {
  async function expectRefused(data: Uint8Array, codes: string[]) {
    const before = await fullDump(store.db);
    const { activated, sink } = attachEnvironment(store);
    const names = await databaseNames();
    const error = refusal(await restoreAsAdmin(store, data));
    expect(codes, JSON.stringify(error)).toContain(error.code);
    expect(await fullDump(store.db)).toEqual(before);
    expect(activated).toEqual([]);
    expect(await databaseNames()).toEqual(names);
    return { error, sink };
  }

  it('refuses truncated, altered, foreign and non-zip files with what is wrong', async () => {
    store = await openTestStore();
    await seedEverything(store);
    const { data } = await backupNow();
    for (const cut of [data.length / 2, 30, data.length - 1, data.length - 22, data.length - 200]) {
      const { error } = await expectRefused(data.slice(0, Math.floor(cut)), ['backup.truncated']);
      expect(error).toEqual({ code: 'backup.truncated' });
    }
    // One byte flipped: in the compressed rows, in the stored attachment bytes, in the manifest.
    const files = unzipSync(data);
    const attachmentAt = indexOf(data, files['blobs/0']!.slice(0, 64));
    for (const at of [Math.floor(data.length / 3), attachmentAt + 10, 60]) {
      const flipped = data.slice();
      flipped[at] = flipped[at]! ^ 0x5a;
      await expectRefused(flipped, ['backup.corrupt', 'backup.notABackup']);
    }
    const flippedBlob = data.slice();
    flippedBlob[attachmentAt + 10] = flippedBlob[attachmentAt + 10]! ^ 1;
    expect((await expectRefused(flippedBlob, ['backup.corrupt'])).error.code).toBe('backup.corrupt');

    await expectRefused(zipSync({ 'readme.txt': strToU8('hello'), 'manifest.json': strToU8('{"app":"other"}') }), ['backup.notABackup']);
    await expectRefused(zipSync({ 'photo.png': new Uint8Array(100) }), ['backup.notABackup']);
    await expectRefused(strToU8('受理时间,客户姓名\n2026-11-23,张三\n'), ['backup.notABackup']);
    await expectRefused(crypto.getRandomValues(new Uint8Array(4096)), ['backup.notABackup']);
    await expectRefused(new Uint8Array(0), ['backup.notABackup']);
  });

  it('refuses a newer schema and counts that differ from the rows (the file re-signed so only those differ)', async () => {
    store = await openTestStore();
    await seedEverything(store);
    const { data } = await backupNow();
    const newer = editManifest(data, (m) => void (m.schemaVersion = SCHEMA_VERSION + 3));
    expect((await expectRefused(newer, ['backup.newerSchema'])).error.params).toEqual({ version: SCHEMA_VERSION + 3, current: SCHEMA_VERSION });
    const counted = editManifest(data, (m) => void (m.counts.cases = m.counts.cases! + 1));
    expect((await expectRefused(counted, ['backup.countsDiffer'])).error.params).toEqual({ table: 'cases', expected: 5, found: 4 });
    // Re-signing without fixing the entry checksums is still caught.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Rows that cannot be written as they were (two accounts with one username): the new database is dropped.
    const users = JSON.parse(new TextDecoder().decode(unzipSync(data)['tables/users/000000.json'])) as Array<{ username: string }>;
    users[1]!.username = users[0]!.username;
    await expectRefused(replaceEntry(data, 'tables/users/000000.json', strToU8(JSON.stringify(users))), ['backup.verifyFailed']);
    const unsigned = editManifest(data, (m) => void (m.checksums[Object.keys(m.checksums)[0]!] = '0'.repeat(64)));
    await expectRefused(unsigned, ['backup.corrupt']);
  });

  it('keeps what was erased since the backup erased: the customer’s case anonymised again, its files gone, the deletion request kept', async () => {
    store = await openTestStore();
    const person = { customerName: '陈晓燕', phone: '13912345678', description: '陈晓燕来电：冰箱丢件，回电13912345678。' };
    const erased = await caseAt(store, 'closed', person);
    ok(await store.send('attachments.add', { caseId: erased.id, name: '现场照片.png', type: 'image/png', data: new Blob([new Uint8Array([137, 80, 78, 71])]) }, 'agent'));
    const other = await caseAt(store, 'closed', { customerName: '李雷', phone: '13700000000' });
    const made = await backupNow();

    store.clock.now += 7 * DAY;
    const legal = store.session('legal');
    ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, legal));
    const { request } = await store.run<{ request: { no: string } }>('erasure.record', {
      key: { phone: person.phone },
      caseIds: [erased.id],
      requester: '陈晓燕',
      receivedAt: store.now() - HOUR,
      channel: 'phone',
      verification: 'registered_phone',
      grounds: 'consent_withdrawn',
      note: '客户来电撤回同意',
    }, 'legal');
    ok(await store.dispatcher.dispatch('erasure.execute', { no: request.no }, legal));

    const { activated } = attachEnvironment(store);
    const outcome = ok<{ erasuresKept: number }>(await restoreAsAdmin(store, made.data, 'mine.cdbak'));
    expect(outcome.erasuresKept).toBe(1);
    const restored = await openRestored(activated[0]!);
    const back = (await restored.cases.get(erased.id))!;
    expect(back.anonymisedAt).toBeDefined();
    expect([back.customerName, back.phone, back.description]).not.toContain(person.customerName);
    expect(JSON.stringify(back)).not.toContain(person.phone);
    expect(await restored.attachments.where('caseId').equals(erased.id).count()).toBe(0);
    expect((await restored.settings.get(`erasure:${request.no}`))?.value).toMatchObject({ no: request.no, closedAt: expect.any(Number) });
    // Everything else is as the backup had it.
    expect((await restored.cases.get(other.id))!.customerName).toBe('李雷');
  });

  it('writes the file as it is made, a part at a time, and a write the disk refuses ends it with that refusal and nothing left', async () => {
    store = await openTestStore();
    const cases = await seedEverything(store);
    // Attachments worth more than one part (a desk's gigabytes, scaled down).
    const photo = (seed: number) => new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * seed + (i >> 9)) & 0xff);
    for (const seed of [3, 5, 7]) ok(await store.send('attachments.add', { caseId: cases[0]!.id, name: `照片${seed}.jpg`, type: 'image/jpeg', data: new Blob([photo(seed)], { type: 'image/jpeg' }) }, 'agent'));
    const parts: number[] = [];
    const events: string[] = [];
    const recording = (failAt = Infinity): BackupTarget => ({
      async open(expected) {
        events.push(`open ${expected > 9 * 1024 * 1024 ? 'large' : 'small'}`);
        let written = 0;
        const chunks: Uint8Array[] = [];
        return {
          async write(part) {
            if (parts.length + 1 >= failAt) throw new SinkRefused({ ok: false, code: 'backup.diskFull', params: { neededMB: 40, freeMB: 1 } });
            parts.push(part.byteLength);
            chunks.push(part.slice());
            written += part.byteLength;
          },
          async close(bytes) {
            events.push(`close ${bytes === written}`);
            const data = new Uint8Array(written);
            let at = 0;
            for (const chunk of chunks) {
              data.set(chunk, at);
              at += chunk.byteLength;
            }
            files.push(data);
            return { ok: true, path: 'recorded' };
          },
          async abort() {
            events.push('abort');
          },
        };
      },
    });
    const files: Uint8Array[] = [];
    const made = await makeBackup(store.db, { now: store.now(), kind: 'manual', target: recording() });
    expect(made).toMatchObject({ ok: true, path: 'recorded' });
    expect(events).toEqual(['open large', 'close true']);
    // Several parts, none of them the whole file (8 MiB at most).
    expect(parts.length).toBeGreaterThan(1);
    expect(Math.max(...parts)).toBeLessThanOrEqual(8 * 1024 * 1024);
    expect(parts.reduce((sum, n) => sum + n, 0)).toBe(files[0]!.byteLength);
    expect(made.ok && made.bytes).toBe(files[0]!.byteLength);
    // The file restores the attachments byte for byte (compared as buffers: element by element took seconds).
    const filesOf = async (db: DeskDb) =>
      Promise.all((await db.attachments.orderBy(':id').toArray()).map(async (row) => [row.id, row.name, row.data?.type, Buffer.from(await blobBytes(row.data!)).toString('base64')]));
    const { activated } = attachEnvironment(store);
    ok(await restoreAsAdmin(store, files[0]!));
    const restored = await openRestored(activated[0]!);
    expect(await filesOf(restored)).toEqual(await filesOf(store.db));

    events.length = 0;
    parts.length = 0;
    expect(await makeBackup(store.db, { now: store.now(), kind: 'manual', target: recording(2) })).toEqual({ ok: false, code: 'backup.diskFull', params: { neededMB: 40, freeMB: 1 } });
    expect(events).toEqual(['open large', 'abort']);
  });

  it('checks and restores a file read a range at a time, never more than 16 MiB at once', async () => {
    store = await openTestStore();
    const cases = await seedEverything(store);
    for (const seed of [11, 13, 17, 19]) {
      const data = new Uint8Array(6 * 1024 * 1024).map((_, i) => (i * seed + (i >> 11)) & 0xff);
      // An MP4's ftyp box first: the content is checked against the type.
      data.set([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypisom')]);
      ok(await store.send('attachments.add', { caseId: cases[1]!.id, name: `录像${seed}.mp4`, type: 'video/mp4', data: new Blob([data], { type: 'video/mp4' }) }, 'agent'));
    }
    const { data } = await backupNow();
    expect(data.byteLength).toBeGreaterThan(20 * 1024 * 1024);
    const reads: number[] = [];
    const inner = bytesSource(data);
    const source = { size: inner.size, read: (at: number, length: number) => (reads.push(length), inner.read(at, length)) };
    const { openBackup } = await import('../../../../../src-renderer/store/backup/open');
    const opened = await openBackup(source);
    expect(opened.manifest.counts.attachments).toBe(6);
    expect(Math.max(...reads)).toBeLessThanOrEqual(16 * 1024 * 1024);
    expect(Math.max(...reads)).toBeLessThan(data.byteLength);
  });

  it('on the desktop restores through main a range at a time, empty files too, then closes the file; a file changed after its check is refused', async () => {
    store = await openTestStore();
    const cases = await seedEverything(store);
    // A 0-byte attachment, as desks of earlier versions may hold: its entry asks main for no bytes.
    await store.db.attachments.add({ ...(await store.db.attachments.toCollection().first())!, id: 'empty-file', caseId: cases[0]!.id, name: '空文件.txt', size: 0, data: new Blob([], { type: 'text/plain' }) });
    const { data } = await backupNow();
    const main = fakeMainFiles();
    main.sources.set('picked', data);
    const { activated } = attachEnvironment(store);
    provideBackupEnvironment(store.db, { ...backupEnvironment(store.db)!, openSource: (source, bytes, name) => mainSource(main.files, source, bytes, name) });
    expect(await store.run('backup.inspect', { source: { id: 'picked', bytes: data.byteLength } }, 'admin')).toMatchObject({ counts: { attachments: 3 } });
    // Changed between the check and the restore (one byte of an attachment): every entry is checked again as it is read.
    const changed = data.slice();
    const at = indexOf(changed, BINARY.slice(0, 64)) + 5;
    changed[at] = changed[at]! ^ 0x33;
    main.sources.set('picked', changed);
    expect(refusal(await store.dispatcher.dispatch('backup.restore', { source: { id: 'picked', bytes: data.byteLength }, fileName: 'x.cdbak' }, { ...store.session('admin'), confirmedUntil: store.now() + 60_000 }))).toEqual({ code: 'backup.corrupt' });
    expect(activated).toEqual([]);
    expect(main.calls).toContain('release picked');

    main.sources.set('again', data);
    ok(await store.dispatcher.dispatch('backup.restore', { source: { id: 'again', bytes: data.byteLength }, fileName: 'x.cdbak' }, { ...store.session('admin'), confirmedUntil: store.now() + 60_000 }));
    expect(main.calls).toContain('release again');
    const restored = await openRestored(activated[0]!);
    expect(await restored.attachments.get('empty-file')).toMatchObject({ name: '空文件.txt', size: 0 });
  });

  it('restores a backup written by an earlier version (fflate’s zip, the manifest first)', async () => {
    store = await openTestStore();
    await seedEverything(store);
    const before = await fullDump(store.db);
    const { data } = await backupNow();
    const { 'manifest.json': manifest, ...rest } = unzipSync(data);
    const earlier = zipSync({ 'manifest.json': manifest!, ...rest });
    const { activated } = attachEnvironment(store);
    ok(await restoreAsAdmin(store, earlier));
    const restored = await openRestored(activated[0]!);
    expect({ ...withoutRestoreLog(await fullDump(restored)), backups: before.backups }).toEqual(before);
  });

  it('refuses when the disk is too full, and when the backup of the current data cannot be saved', async () => {
    store = await openTestStore();
    await seedEverything(store);
    const { data, manifest } = await backupNow();
    const before = await fullDump(store.db);
    const names = await databaseNames();

    const full = attachEnvironment(store, { estimate: { quota: 100 * 1024 * 1024, usage: 90 * 1024 * 1024 } });
    const error = refusal(await restoreAsAdmin(store, data));
    expect(error.code).toBe('backup.diskFull');
    expect(error.params).toEqual({ neededMB: Math.ceil((2 * manifest.bytes + 64 * 1024 * 1024) / 1048576), freeMB: 10 });
    expect(full.sink).toMatchObject({ saved: [] });

    const failing = attachEnvironment(store, { estimate: { quota: 10 * 1024 ** 3, usage: 0 }, sink: memorySink(true) });
    expect(refusal(await restoreAsAdmin(store, data))).toEqual({ code: 'backup.preRestoreFailed' });
    expect(failing.activated).toEqual([]);
    expect(await fullDump(store.db)).toEqual(before);
    expect(await databaseNames()).toEqual(names);
  });

  it('is the administrator’s, with the password entered again; inspecting a file writes nothing', async () => {
    store = await openTestStore();
    await seedEverything(store);
    const { data, manifest } = await backupNow();
    attachEnvironment(store);
    expect(refusal(await store.dispatcher.dispatch('backup.restore', { data }, store.session('admin')))).toEqual({ code: 'auth.confirmRequired' });
    expect(refusal(await store.send('backup.restore', { data }, 'supervisor')).code).toBe('auth.forbidden');
    expect(refusal(await store.send('backup.create', {}, 'director')).code).toBe('auth.forbidden');
    const before = await fullDump(store.db);
    expect(await store.run('backup.inspect', { data }, 'admin')).toEqual({
      createdAt: manifest.createdAt,
      appVersion: '0.0.0-test',
      schemaVersion: SCHEMA_VERSION,
      kind: 'manual',
      counts: manifest.counts,
      bytes: manifest.bytes,
    });
    expect(refusal(await store.send('backup.inspect', { data: data.slice(0, 100) }, 'admin'))).toEqual({ code: 'backup.truncated' });
    expect(await fullDump(store.db)).toEqual(before);
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('not found');
}

import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toActor } from '../../../../../src-renderer/domain/users/user';
import { activeDatabaseName, META_DB_NAME, setActiveDatabase } from '../../../../../src-renderer/store/backup/active-db';
import { openBackup } from '../../../../../src-renderer/store/backup/open';
import { bytesSource } from '../../../../../src-renderer/store/backup/zip/source';
import { createAsAdmin } from './kit';
import { isScratchName, restoreInto, scratchName } from '../../../../../src-renderer/store/backup/restore';
import { whileWriting } from '../../../../../src-renderer/store/backup/writing-lock';
import { DB_NAME, DeskDb } from '../../../../../src-renderer/store/db';
import { startStoreHost, type StoreHost } from '../../../../../src-renderer/store/host';
import type { Session } from '../../../../../src-renderer/store/rpc/define';
import { ok, openTestStore, PASSWORD, register, registration, seedUsers, type TestStore } from '../fixtures';
import { databaseNames } from './kit';

const hosts: StoreHost[] = [];
let store: TestStore | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const host of hosts.splice(0)) {
    host.stop();
    await host.swept();
    await host.switched();
    await host.dispatcher.flush();
    host.db.close();
  }
  await store?.close();
  store = undefined;
  for (const name of await databaseNames()) await Dexie.delete(name);
});

async function start(db?: DeskDb): Promise<StoreHost> {
  const host = await startStoreHost(db);
  hosts.push(host);
  return host;
}

/** A backup of a desk of `cases` cases with full phone numbers. */
async function deskBackup(cases: number): Promise<Uint8Array> {
  store = await openTestStore();
  for (let n = 0; n < cases; n += 1) await register(store, { customerName: `客户${n}`, phone: `138${String(n).padStart(8, '0')}` });
  return (await createAsAdmin(store)).data;
}

/** What a restore killed after writing (in `verifying`, or before the switch) leaves: a complete new database the pointer never named. */
async function leftBehindByACrash(data: Uint8Array, now = Date.now()): Promise<string> {
  const name = scratchName(now);
  await restoreInto(name, await openBackup(bytesSource(data)));
  return name;
}

async function cases(name: string): Promise<number> {
  const db = new DeskDb(name);
  try {
    return await db.cases.count();
  } finally {
    db.close();
  }
}

/** A desk that has been restored twice: the pointer names `active`, keeping `previous`; both hold data. */
async function restoredTwice(): Promise<{ active: string; previous: string }> {
  const previous = scratchName(Date.now() - 60_000);
  const active = scratchName(Date.now());
  for (const name of [previous, active]) {
    const db = new DeskDb(name);
    await seedUsers(db);
    db.close();
  }
  await setActiveDatabase(previous, DB_NAME);
  await setActiveDatabase(active, previous);
  return { active, previous };
}

describe('databases left behind by a restore', { timeout: 60_000 }, () => {
  it('a restore killed while writing or verifying leaves its database; the next start deletes it, keeping the active, the previous and unrelated ones', async () => {
    const data = await deskBackup(12);
    const { active, previous } = await restoredTwice();
    const leftover = await leftBehindByACrash(data);
    const another = await leftBehindByACrash(data, Date.now() + 1);
    expect(await cases(leftover)).toBe(12);
    // Not this desk's: other databases of the origin, names only like the desk's.
    const unrelated = ['desk-test-unrelated', 'complaint-desk-profile-b', `complaint-desk-${Date.now()}-a8c639-copy`, `complaint-desk-${Date.now()}-A8C639`, 'my-complaint-desk-1796534960333-a8c639'];
    for (const name of unrelated) {
      const db = new Dexie(name);
      db.version(1).stores({ things: '++id' });
      await db.table('things').add({ phone: '13800000000' });
      db.close();
    }

    const host = await start();
    await host.swept();

    const names = await databaseNames();
    expect(names).not.toContain(leftover);
    expect(names).not.toContain(another);
    expect(names).toEqual(expect.arrayContaining([active, previous, META_DB_NAME, ...unrelated]));
    expect(host.db.name).toBe(active);
    expect(await activeDatabaseName()).toBe(active);
  });

  it('deletes `complaint-desk` once a later restore no longer keeps it, and never the database in use', async () => {
    const first = new DeskDb(DB_NAME);
    await seedUsers(first);
    first.close();
    // Before any restore `complaint-desk` is the one in use; after one it is kept as the previous.
    let host = await start();
    await host.swept();
    expect(await databaseNames()).toContain(DB_NAME);
    host.stop();
    await host.dispatcher.flush();
    host.db.close();
    const restored = scratchName(Date.now());
    const db = new DeskDb(restored);
    await seedUsers(db);
    db.close();
    await setActiveDatabase(restored, DB_NAME);
    host = await start();
    await host.swept();
    expect(await databaseNames()).toEqual(expect.arrayContaining([DB_NAME, restored]));
    host.stop();
    await host.dispatcher.flush();
    host.db.close();

    // A second restore whose deletion of `complaint-desk` did not happen (the store host gone first).
    await setActiveDatabase(scratchName(Date.now() + 1), restored);
    host = await start();
    await host.swept();
    expect(await databaseNames()).not.toContain(DB_NAME);
    expect(await databaseNames()).toContain(restored);
  });

  it('leaves alone a database a restore is writing now (another store host starting meanwhile), and sweeps it once that restore is gone', async () => {
    const data = await deskBackup(3);
    const writing = scratchName(Date.now());
    await whileWriting(writing, async () => {
      await restoreInto(writing, await openBackup(bytesSource(data)));
      const host = await start();
      await host.swept();
      expect(await databaseNames()).toContain(writing);
      host.stop();
      await host.dispatcher.flush();
      host.db.close();
    });
    const host = await start();
    await host.swept();
    expect(await databaseNames()).not.toContain(writing);
  });

  it('uses the origin’s Web Locks where there are any (a restore in another tab or store host holds its database)', async () => {
    const held = new Set<string>();
    const requested: string[] = [];
    // The slice of the Web Locks API used: an exclusive lock, or none at once when `ifAvailable` and it is held.
    const locks = {
      async request(name: string, options: { ifAvailable?: boolean }, work: (lock: object | null) => Promise<unknown>) {
        requested.push(name);
        if (held.has(name)) {
          if (options.ifAvailable) return work(null);
          throw new Error('this fake does not queue');
        }
        held.add(name);
        try {
          return await work({ name });
        } finally {
          held.delete(name);
        }
      },
    };
    vi.stubGlobal('navigator', { locks });
    const data = await deskBackup(2);
    const writing = scratchName(Date.now());
    const leftover = await leftBehindByACrash(data, Date.now() + 1);
    // Held by another context: this one has no record of it but the lock.
    held.add(`complaint-desk:restore-writing:${writing}`);
    await restoreInto(writing, await openBackup(bytesSource(data)));
    const host = await start();
    await host.swept();
    const names = await databaseNames();
    expect(names).toContain(writing);
    expect(names).not.toContain(leftover);
    expect(requested).toEqual(expect.arrayContaining([`complaint-desk:restore-writing:${writing}`, `complaint-desk:restore-writing:${leftover}`]));
    vi.unstubAllGlobals();
  });

  it('a database that cannot be deleted is logged and does not stop the start', async () => {
    const data = await deskBackup(2);
    const leftover = await leftBehindByACrash(data);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(Dexie, 'delete').mockRejectedValue(new Error('blocked'));
    const host = await start();
    await host.swept();
    expect(errors).toHaveBeenCalledWith(expect.stringContaining(leftover), expect.any(Error));
    vi.restoreAllMocks();
    expect(await databaseNames()).toContain(leftover);
    expect(host.db.isOpen()).toBe(true);
  });

  it('the restored database is deleted when the switch cannot open it and the pointer goes back', async () => {
    const name = `desk-host-${crypto.randomUUID()}`;
    const db = new DeskDb(name);
    const users = await seedUsers(db, Date.now());
    const host = await start(db);
    await host.swept();
    const admin: Session = { actor: toActor(users.admin), token: 'token-admin' };
    ok(await host.dispatcher.dispatch('cases.register', registration({}, Date.now()), { actor: toActor(users.agent), token: 'token-agent' }));
    const data = new Uint8Array(await ok<{ blob: Blob }>(await host.dispatcher.dispatch('backup.create', {}, admin)).blob.arrayBuffer());
    // The restored database fails to open once the pointer names it (only the switch opens it then).
    const open = DeskDb.prototype.open;
    vi.spyOn(DeskDb.prototype, 'open').mockImplementation(function (this: DeskDb) {
      if (!isScratchName(this.name)) return open.call(this);
      return activeDatabaseName().then((active) => (active === this.name ? Promise.reject(new Error('cannot open')) : open.call(this))) as ReturnType<typeof open>;
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    ok(await host.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, admin));
    ok(await host.dispatcher.dispatch('backup.restore', { data, fileName: 'a.cdbak' }, admin));
    await host.switched();

    expect(errors).toHaveBeenCalledWith(expect.stringContaining('opening the restored database failed'), expect.any(Error));
    expect(host.db.name).toBe(name);
    expect(await activeDatabaseName()).toBe(DB_NAME);
    expect((await databaseNames()).filter(isScratchName)).toEqual([]);
  });
});


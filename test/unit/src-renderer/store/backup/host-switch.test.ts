import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedMessage } from '../../../../../src-main/core/alert-feed';
import { toActor } from '../../../../../src-renderer/domain/users/user';
import { activeDatabaseName } from '../../../../../src-renderer/store/backup/active-db';
import { DeskDb } from '../../../../../src-renderer/store/db';
import { startStoreHost, type StoreHost } from '../../../../../src-renderer/store/host';
import type { ChangeEvent, Session } from '../../../../../src-renderer/store/rpc/define';
import { ok, PASSWORD, refusal, registration, seedUsers } from '../fixtures';

const hosts: StoreHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) {
    host.stop();
    await host.swept();
    await host.switched();
    await host.dispatcher.flush();
  }
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
  vi.restoreAllMocks();
});

describe('the store host after a restore', { timeout: 60_000 }, () => {
  it('switches to the restored database: windows signed out and told to re-read, a new sign-in sees the restored data', async () => {
    const name = `desk-host-${crypto.randomUUID()}`;
    const db = new DeskDb(name);
    const users = await seedUsers(db, Date.now());
    const feed: FeedMessage[] = [];
    const host = await startStoreHost(db, { publishFeed: (message) => feed.push(message) });
    hosts.push(host);
    const published: ChangeEvent[][] = [];
    const publish = host.hub.publish.bind(host.hub);
    host.hub.publish = (events) => {
      published.push(events);
      publish(events);
    };
    // Connections as the hub keeps them: one session object per window.
    const agent: Session = { actor: toActor(users.agent), token: 'token-agent' };
    const admin: Session = { actor: toActor(users.admin), token: 'token-admin' };
    const kept = ok<{ id: string }>(await host.dispatcher.dispatch('cases.register', registration({ customerName: '备份前' }, Date.now()), agent));
    const data = new Uint8Array(await ok<{ blob: Blob }>(await host.dispatcher.dispatch('backup.create', {}, admin)).blob.arrayBuffer());
    const later = ok<{ id: string }>(await host.dispatcher.dispatch('cases.register', registration({ customerName: '备份后' }, Date.now()), agent));

    ok(await host.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, admin));
    const outcome = ok<{ preRestore: { path: string } }>(await host.dispatcher.dispatch('backup.restore', { data, fileName: 'a.cdbak' }, admin));
    // Without a sink the replaced database itself is the backup before the restore.
    expect(outcome.preRestore.path).toBe(`indexeddb:${name}`);
    await host.switched();

    const restoredName = await activeDatabaseName();
    expect(restoredName).not.toBe(name);
    expect(host.db.name).toBe(restoredName);
    expect(published.at(-1)!.map((event) => event.area).sort()).toEqual(['alerts', 'backups', 'cases', 'imports', 'improvements', 'prefs', 'reports', 'settings', 'users']);
    // Every window's sign-in belonged to the old data.
    expect(refusal(await host.dispatcher.dispatch('cases.get', { id: kept.id }, agent))).toEqual({ code: 'auth.sessionExpired' });
    expect(agent.actor).toBeNull();
    expect(ok(await host.dispatcher.dispatch('auth.status', {}, admin))).toMatchObject({ actor: null, needsSetup: false });

    const again: Session = { actor: null, token: null };
    ok(await host.dispatcher.dispatch('auth.signIn', { username: 'agent', password: PASSWORD }, again));
    expect(await host.db.cases.count()).toBe(1);
    expect(refusal(await host.dispatcher.dispatch('cases.get', { id: later.id }, again)).code).toBe('cases.notFound');
    expect(ok(await host.dispatcher.dispatch('cases.get', { id: kept.id }, again))).toMatchObject({ customerName: '备份前' });
    // The deadline feed starts over from the restored data.
    await host.feed!.idle();
    expect(feed.at(-1)).toMatchObject({ type: 'reset' });

    // The replaced database is kept until the next restore succeeds, then deleted; a host started now opens the restored one.
    expect(await Dexie.getDatabaseNames()).toContain(name);
    const signedAdmin: Session = { actor: null, token: null };
    ok(await host.dispatcher.dispatch('auth.signIn', { username: 'admin', password: PASSWORD }, signedAdmin));
    ok(await host.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, signedAdmin));
    ok(await host.dispatcher.dispatch('backup.restore', { data }, signedAdmin));
    await host.switched();
    const names = await Dexie.getDatabaseNames();
    expect(names).not.toContain(name);
    expect(names).toContain(restoredName);
    expect(names).toContain(host.db.name);

    host.stop();
    const second = await startStoreHost();
    hosts.push(second);
    expect(second.db.name).toBe(host.db.name);
  });
});

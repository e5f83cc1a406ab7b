import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedMessage } from '../../../../src-main/core/alert-feed';
import { toActor } from '../../../../src-renderer/domain/users/user';
import { DeskDb } from '../../../../src-renderer/store/db';
import { startStoreHost, type StoreHost } from '../../../../src-renderer/store/host';
import type { ChangeEvent } from '../../../../src-renderer/store/rpc/define';
import type { ImportJobRecord } from '../../../../src-renderer/domain/imports/job';
import { configureImports } from '../../../../src-renderer/store/imports/config';
import { runnerOf } from '../../../../src-renderer/store/imports/runner';
import { similarIndexFor } from '../../../../src-renderer/store/assist/similar-index';
import { ok, PASSWORD, registration, seedUsers } from './fixtures';
import { csv, gate, goodRow, HEADERS } from './services/imports/helpers';

let host: StoreHost | undefined;
let name = '';
afterEach(async () => {
  host?.stop();
  await host?.dispatcher.flush();
  host = undefined;
  await Dexie.delete(name);
  vi.restoreAllMocks();
});

/** A store host on a fresh database with the fixture users signed in; the supervisor is the desk user. */
async function startHost(publishFeed?: (message: FeedMessage) => void) {
  name = `desk-host-${crypto.randomUUID()}`;
  const db = new DeskDb(name);
  const users = await seedUsers(db, Date.now());
  await db.sessions.toCollection().modify((s) => void (s.lastSeenAt = s.userId === 'u-supervisor' ? Date.now() : Date.now() - 60_000));
  host = await startStoreHost(db, { housekeepingMs: 3_600_000, publishFeed });
  const published: ChangeEvent[][] = [];
  const publish = host.hub.publish.bind(host.hub);
  host.hub.publish = (events) => {
    published.push(events);
    publish(events);
  };
  const as = (who: 'agent' | 'supervisor') => ({ actor: toActor(users[who]), token: `token-${who}` });
  return { host, published, as };
}

describe('the store host and the deadline feed', () => {
  it('publishes the full feed after opening, a delta after each command, and logs the runtime’s reports', async () => {
    const messages: FeedMessage[] = [];
    const { host, published, as } = await startHost((message) => messages.push(message));
    await host.feed!.idle();
    expect(messages).toMatchObject([{ type: 'reset', entries: [], context: { recipient: { id: 'u-supervisor' } } }]);

    const c = ok<{ id: string; no: string; severity: 'general'; clocks: { response: { dueAt: number } } }>(
      await host.dispatcher.dispatch('cases.register', registration({}, Date.now()), as('agent')),
    );
    await host.feed!.idle();
    expect(messages[1]).toMatchObject({ type: 'delta', upserts: [{ key: `${c.id}:response` }], removals: [] });

    const dueAt = c.clocks.response.dueAt;
    const alert = { key: `${c.id}:response`, caseId: c.id, caseNo: c.no, severity: 'general', clockKind: 'response', dueAt, kind: 'warning', capacity: 'supervisor', delivery: 'single', at: dueAt - 3_600_000 };
    await host.alerts.report({ type: 'raised', userId: 'u-supervisor', alerts: [alert] });
    expect(await host.db.alerts.count()).toBe(1);
    expect(published.at(-1)).toEqual([{ area: 'alerts', ids: [`${c.id}:response`] }]);
    // The runtime reported it: no delta goes back.
    await host.feed!.idle();
    expect(messages).toHaveLength(2);

    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = published.length;
    await host.alerts.report({ type: 'raised', userId: 'u-agent', alerts: [alert] });
    await host.alerts.report({ nonsense: true });
    expect(await host.db.alerts.count()).toBe(1);
    expect(published).toHaveLength(before);

    // A sign-in changes who receives the alerts; windows are not told (they would re-read everything they show).
    await new Promise((resolve) => setTimeout(resolve, 5));
    ok(await host.dispatcher.dispatch('auth.signIn', { username: 'director', password: PASSWORD }, { actor: null, token: null }));
    await host.feed!.idle();
    expect(messages.at(-1)).toMatchObject({ type: 'reset', context: { recipient: { id: 'u-director' } } });
    expect(published).toHaveLength(before);
  });

  it('without a feed to publish, still logs the desk user’s reports', async () => {
    const { host } = await startHost();
    expect(host.feed).toBeNull();
    const alert = { key: 'c-1:response', caseId: 'c-1', caseNo: 'TS-20261123-0001', severity: 'major', clockKind: 'response', dueAt: 5, kind: 'overdue', capacity: 'emergency', delivery: 'missed', at: 6 };
    expect(await host.alerts.report({ type: 'raised', userId: 'u-supervisor', alerts: [alert] })).toBe(true);
    expect(await host.db.alerts.toArray()).toMatchObject([{ key: 'c-1:response', userId: 'u-supervisor', userName: '主管老陈', delivery: 'missed' }]);
    expect(await host.db.alertStates.toArray()).toMatchObject([{ key: 'c-1:response', dueAt: 5, overdueAt: 6 }]);
    // Refused (not the desk user's): handled, never to be sent again. Not written (the database gone): not handled.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await host.alerts.report({ type: 'raised', userId: 'u-agent', alerts: [alert] })).toBe(true);
    host.db.close();
    expect(await host.alerts.report({ type: 'raised', userId: 'u-supervisor', alerts: [{ ...alert, at: 7 }] })).toBe(false);
  });

  it('tells the feed about imported cases once, when the import has stopped', async () => {
    const messages: FeedMessage[] = [];
    // Imported open cases have no owner and no department yet: they are the importing supervisor's department's.
    const { host, published, as } = await startHost((message) => messages.push(message));
    await host.feed!.idle();
    const held = gate();
    const reached = gate();
    configureImports(host.db, {
      chunkSize: 2,
      faults: {
        beforeChunk: (chunk) => {
          if (chunk !== 1) return undefined;
          reached.open();
          return held.promise;
        },
      },
    });
    const send = async <T>(method: string, args: unknown) => ok<T>(await host.dispatcher.dispatch(method, args, as('supervisor')));
    const file = await send<{ fileId: string; mapping: unknown }>('imports.analyze', { fileName: 'history.csv', data: csv([HEADERS, ...[1, 2, 3].map((n) => goodRow(n))]) });
    const { jobId } = await send<{ jobId: string }>('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'valid' });
    await reached.promise;
    await host.feed!.idle();
    // The first chunk is in; the feed has not been told.
    expect(await host.db.cases.count()).toBe(2);
    expect(messages).toHaveLength(1);
    held.open();
    await runnerOf(host.db, jobId)?.finished;
    expect((await send<ImportJobRecord>('imports.progress', { jobId })).status).toBe('done');
    await host.feed!.idle();
    const ids = (await host.db.cases.toArray()).map((c) => c.id).sort();
    // One delta with every imported open case's response deadline; the windows heard of each case once.
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatchObject({ type: 'delta', removals: [] });
    expect((messages[1] as { upserts: { key: string }[] }).upserts.map((entry) => entry.key).sort()).toEqual(ids.map((id) => `${id}:response`).sort());
    const told = published.flat().filter((event) => event.area === 'cases').flatMap((event) => event.ids);
    expect(told.sort()).toEqual(ids);
  });
});

describe('the store host after an import', () => {
  it('has the similar-cases index learn the imported cases in the background, before anybody asks', async () => {
    const { host, as } = await startHost();
    const index = similarIndexFor(host.db);
    await index.prepare();
    expect(index.stats().cases).toBe(0);
    configureImports(host.db, { chunkSize: 2 });
    const send = async <T>(method: string, args: unknown) => ok<T>(await host.dispatcher.dispatch(method, args, as('supervisor')));
    const rows = [1, 2, 3].map((n) => goodRow(n, {}, true));
    const file = await send<{ fileId: string; mapping: unknown }>('imports.analyze', { fileName: 'history.csv', data: csv([HEADERS, ...rows]) });
    const { jobId } = await send<{ jobId: string }>('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'valid' });
    await runnerOf(host.db, jobId)?.finished;
    expect((await send<ImportJobRecord>('imports.progress', { jobId })).status).toBe('done');
    // No search has run: the index took the three closed cases by itself.
    await vi.waitFor(() => expect(index.stats().cases).toBe(3), { timeout: 5_000 });
  });
});

describe('the store host’s background work', () => {
  it('reports nothing when the host stops and its database closes under that work', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    name = `desk-host-${crypto.randomUUID()}`;
    const db = new DeskDb(name);
    await seedUsers(db, Date.now());
    // Cases for the index builds and the archive to read while the database closes.
    await db.cases.bulkAdd(Array.from({ length: 3_000 }, (_, n) => ({ ...registration({}, Date.now()), id: `c-${n}`, no: `TS-20261123-${n}` }) as never));
    host = await startStoreHost(db, { housekeepingMs: 3_600_000 });
    host.stop();
    db.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors.mock.calls.map(([message]) => String(message))).toEqual([]);
  });

  it('still reports a failure of its own database while it runs', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    name = `desk-host-${crypto.randomUUID()}`;
    const db = new DeskDb(name);
    await seedUsers(db, Date.now());
    // The alert log's housekeeping cannot read its table: its first round, at start, reports it.
    vi.spyOn(db.alerts, 'where').mockImplementation(() => {
      throw new Error('disk read failed');
    });
    host = await startStoreHost(db, { housekeepingMs: 3_600_000 });
    await vi.waitFor(() => expect(errors.mock.calls.map(([message]) => String(message))).toContain('pruning the alert log failed'));
  });
});

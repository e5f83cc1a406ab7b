import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import type { Platform } from '../../../../../src-renderer/platform';
import type { ChangeEvent } from '../../../../../src-renderer/store/api';
import { DeskDb } from '../../../../../src-renderer/store/db';
import { refuseConnection, startFailureOf, startStoreHost, type StoreHost } from '../../../../../src-renderer/store/host';
import { createConnectionHub, type ConnectionHub } from '../../../../../src-renderer/store/rpc/server';
import type { Dispatcher } from '../../../../../src-renderer/store/rpc/dispatcher';
import { createStoreClient, RECONNECTED, StoreError, type StoreClient } from '../../../../../src-renderer/ui/data/store-client';
import { NOW, registration, seedUsers } from '../../store/fixtures';

/** A platform whose store connection the test drives: `handOver` plays main giving the UI a (new) port. */
function fakePlatform() {
  let onPort: ((port: MessagePort) => void) | null = null;
  const platform = {
    kind: 'web',
    connectStore(listener) {
      onPort = listener;
      return () => (onPort = null);
    },
    reconnectStore: vi.fn(),
  } as Partial<Platform> as Platform;
  return {
    platform,
    handOver(port: MessagePort) {
      if (!onPort) throw new Error('client is not listening for ports');
      onPort(port);
    },
  };
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real store host with one signed-in session per role (`token-agent`, `token-admin`, …). */
async function startHost(): Promise<StoreHost> {
  const host = await startStoreHost(new DeskDb(`client-test-${crypto.randomUUID()}`));
  cleanups.push(() => {
    host.stop();
    host.db.close();
  });
  await seedUsers(host.db, Date.now());
  return host;
}

/** Opens a hub connection on a fresh MessageChannel and hands the other end to the client. */
function connect(hub: ConnectionHub, fake: ReturnType<typeof fakePlatform>, id: string) {
  const channel = new MessageChannel();
  hub.open(id, channel.port2);
  cleanups.push(() => hub.close(id));
  fake.handOver(channel.port1);
  return channel;
}

/** A client of a window signed in as the agent (its session is re-attached on every port), or not signed in. */
function newClient(fake: ReturnType<typeof fakePlatform>, sessionToken: string | null = 'token-agent'): StoreClient {
  const client = createStoreClient(fake.platform, { sessionToken });
  cleanups.push(() => client.close());
  return client;
}

const validNow = () => registration({ receivedAt: Date.now() - 60_000 }, NOW);

describe('store client over a MessageChannel', () => {
  it('resolves the value of a successful call', async () => {
    const host = await startHost();
    const fake = fakePlatform();
    const client = newClient(fake);
    connect(host.hub, fake, 'ui-1');
    const record = await client.send('cases.register', validNow() as never);
    expect(record.no).toMatch(/^TS-\d{8}-0001$/);
    const page = await client.send('cases.list', {});
    expect(page.total).toBe(1);
    expect(page.rows[0]?.id).toBe(record.id);
  });

  it('waits for the first port before sending', async () => {
    const host = await startHost();
    const fake = fakePlatform();
    const client = newClient(fake);
    const answer = client.send('cases.list', {});
    await new Promise((r) => setTimeout(r, 10));
    connect(host.hub, fake, 'ui-1');
    expect((await answer).total).toBe(0);
  });

  it('rejects a refusal with a StoreError carrying the code and field errors', async () => {
    const host = await startHost();
    const fake = fakePlatform();
    const client = newClient(fake);
    connect(host.hub, fake, 'ui-1');
    const error = await client.send('cases.register', registration({ phone: '123', email: '' }) as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).data).toEqual({ code: 'validation.failed', fields: [{ field: 'phone', code: 'validation.phoneFormat' }] });
    const missing = await client.send('cases.get', { id: 'nope' }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(StoreError);
    expect((missing as StoreError).data.code).toBe('cases.notFound');
    expect(await host.db.cases.count()).toBe(0);
  });

  it('tells subscribers which cases changed after a register, and stops after unsubscribe', async () => {
    const host = await startHost();
    const fake = fakePlatform();
    const client = newClient(fake);
    connect(host.hub, fake, 'ui-1');
    const seen: ChangeEvent[][] = [];
    const unsubscribe = client.subscribe((events) => seen.push(events));
    const record = await client.send('cases.register', validNow() as never);
    await vi.waitFor(() => expect(seen).toEqual([[{ area: 'cases', ids: [record.id] }]]));
    await client.send('cases.list', {});
    unsubscribe();
    await client.send('cases.register', validNow() as never);
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(1);
  });

  it('tells every connected window about a change made by another', async () => {
    const host = await startHost();
    const a = fakePlatform();
    const b = fakePlatform();
    const clientA = newClient(a);
    const clientB = newClient(b);
    connect(host.hub, a, 'ui-a');
    connect(host.hub, b, 'ui-b');
    const seenByB: ChangeEvent[][] = [];
    clientB.subscribe((events) => seenByB.push(events));
    await clientB.send('cases.list', {});
    const record = await clientA.send('cases.register', validNow() as never);
    await vi.waitFor(() => expect(seenByB).toEqual([[{ area: 'cases', ids: [record.id] }]]));
    expect(host.hub.size()).toBe(2);
  });

  it('on a new port, rejects the pending call with store.restarted, signals RECONNECTED and works on the new port', async () => {
    const host = await startHost();
    // The first store host hangs on every call, as a crashed one would.
    const hung: Dispatcher = { dispatch: () => new Promise(() => undefined), flush: async () => undefined };
    const oldHub = createConnectionHub(() => hung);
    const fake = fakePlatform();
    // Not signed in on the hung host (re-attaching would hang too); signed in by the time the new port arrives.
    const client = newClient(fake, null);
    connect(oldHub, fake, 'ui-1');
    const signals: ChangeEvent[][] = [];
    client.subscribe((events) => signals.push(events));

    const pending = client.send('cases.register', validNow() as never).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 20));
    client.setSessionToken('token-agent');
    connect(host.hub, fake, 'ui-1');

    const error = await pending;
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).data.code).toBe('store.restarted');
    // Signalled once the session is re-attached on the new port.
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    expect(signals[0]).toBe(RECONNECTED);

    const record = await client.send('cases.register', validNow() as never);
    expect(record.no).toMatch(/-0001$/);
    expect(await host.db.cases.count()).toBe(1);
    // Change events of the new host reach the same subscribers.
    await vi.waitFor(() => expect(signals.at(-1)).toEqual([{ area: 'cases', ids: [record.id] }]));
  });

  it('refuses a call made just before a new port arrives with store.restarted, not a raw error', async () => {
    const host = await startHost();
    const fake = fakePlatform();
    const client = newClient(fake);
    connect(host.hub, fake, 'ui-1');
    await client.send('cases.list', {});
    const racing = client.send('cases.list', {}).catch((e: unknown) => e);
    connect(host.hub, fake, 'ui-2');
    const error = await racing;
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).data.code).toBe('store.restarted');
    expect((await client.send('cases.list', {})).total).toBe(0);
  });

  it('does not signal RECONNECTED for the first port', async () => {
    const host = await startHost();
    const fake = fakePlatform();
    const client = newClient(fake);
    const signals: ChangeEvent[][] = [];
    client.subscribe((events) => signals.push(events));
    connect(host.hub, fake, 'ui-1');
    await client.send('cases.list', {});
    expect(signals).toEqual([]);
  });

  it('re-attaches the session on every new port, so calls after a store restart are still signed in', async () => {
    const host = await startHost();
    const fake = fakePlatform();
    const client = newClient(fake);
    connect(host.hub, fake, 'ui-1');
    const first = await client.send('cases.register', validNow() as never);
    expect(first.intakeAgent.id).toBe('u-agent');
    connect(host.hub, fake, 'ui-2');
    const second = await client.send('cases.register', validNow() as never);
    expect(second.intakeAgent.id).toBe('u-agent');
  });

  it('reports a session that cannot be re-attached, and the calls are refused as signed out', async () => {
    const host = await startHost();
    await host.db.sessions.delete('token-agent');
    const fake = fakePlatform();
    const client = newClient(fake);
    let lost = 0;
    client.onSessionLost(() => (lost += 1));
    connect(host.hub, fake, 'ui-1');
    const error = await client.send('cases.list', {}).catch((e: unknown) => e);
    expect(lost).toBe(1);
    expect((error as StoreError).data).toEqual({ code: 'auth.signInRequired' });
  });

  it('tells the first listener of a session lost before anybody listened (the resume at start answers before the app mounts)', async () => {
    const host = await startHost();
    await host.db.sessions.delete('token-agent');
    const fake = fakePlatform();
    const client = newClient(fake);
    connect(host.hub, fake, 'ui-1');
    await client.send('auth.status', {});
    let lost = 0;
    client.onSessionLost(() => (lost += 1));
    expect(lost).toBe(1);
    // Told once: a second listener, later, hears nothing of it.
    client.onSessionLost(() => (lost += 1));
    expect(lost).toBe(1);
  });

  it('signs in through the client: the connection carries the session from then on', async () => {
    const host = await startHost();
    const fake = fakePlatform();
    const client = newClient(fake, null);
    connect(host.hub, fake, 'ui-1');
    expect(((await client.send('cases.list', {}).catch((e: unknown) => e)) as StoreError).data.code).toBe('auth.signInRequired');
    const { actor, token } = await client.send('auth.signIn', { username: 'director', password: 'Desk2026ok' });
    expect(actor.role).toBe('director');
    client.setSessionToken(token);
    expect((await client.send('cases.list', {})).total).toBe(0);
    expect(await client.send('auth.status', {})).toEqual({ needsSetup: false, actor });
  });

  it('stops listening for ports when closed', async () => {
    const fake = fakePlatform();
    const client = createStoreClient(fake.platform);
    client.close();
    expect(() => fake.handOver(new MessageChannel().port1)).toThrow(/not listening/);
  });
});

describe('a store host that could not start', () => {
  it('says why on every call, the one waiting and the ones after (it never answers them), then works on a new port', async () => {
    // The database cannot be opened (the disk full as the browser says it).
    const db = new DeskDb(`client-test-${crypto.randomUUID()}`);
    db.open = (() => Promise.reject(Object.assign(new Error('no room'), { name: 'QuotaExceededError' }))) as unknown as DeskDb['open'];
    const error = await startStoreHost(db).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).not.toBeNull();
    const failure = startFailureOf(error);
    expect(failure).toEqual({ code: 'store.diskFull' });

    const fake = fakePlatform();
    const client = newClient(fake, null);
    const waiting = client.send('auth.status', {});
    const channel = new MessageChannel();
    fake.handOver(channel.port1);
    refuseConnection(channel.port2, failure);
    await expect(waiting).rejects.toMatchObject({ data: { code: 'store.diskFull' } });
    await expect(client.send('auth.status', {})).rejects.toBeInstanceOf(StoreError);

    // A host started again hands over a new port: calls are answered.
    const host = await startHost();
    connect(host.hub, fake, 'ui-again');
    await expect(client.send('auth.status', {})).resolves.toMatchObject({ needsSetup: false });
  });

  it('tells a full disk and any other failure apart', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(startFailureOf(quota)).toEqual({ code: 'store.diskFull' });
    expect(startFailureOf(Object.assign(new Error('wrapped'), { name: 'OpenFailedError', inner: quota }))).toEqual({ code: 'store.diskFull' });
    expect(startFailureOf(new TypeError('broken'))).toEqual({ code: 'store.startFailed', params: { detail: 'TypeError: broken' } });
  });
});

describe('connection hub', () => {
  it('counts open connections and forgets closed ones', async () => {
    const host = await startHost();
    const fake = fakePlatform();
    newClient(fake);
    connect(host.hub, fake, 'ui-1');
    expect(host.hub.size()).toBe(1);
    host.hub.close('ui-1');
    host.hub.close('ui-1');
    expect(host.hub.size()).toBe(0);
  });

  it('replaces a connection opened again with the same id', async () => {
    const host = await startHost();
    const fake = fakePlatform();
    const client = newClient(fake);
    connect(host.hub, fake, 'ui-1');
    connect(host.hub, fake, 'ui-1');
    expect(host.hub.size()).toBe(1);
    expect((await client.send('cases.list', {})).total).toBe(0);
  });

  it('keeps answering through the dispatcher registered at start', async () => {
    const host = await startHost();
    const fake = fakePlatform();
    const client = newClient(fake);
    connect(host.hub, fake, 'ui-1');
    const record: CaseRecord = await client.send('cases.register', validNow() as never);
    expect(await host.db.cases.get(record.id)).toEqual(record);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GENESIS_HASH } from '../../../../../src-renderer/domain/audit/chain';
import { DeskError } from '../../../../../src-renderer/domain/common/errors';
import { createHandlers } from '../../../../../src-renderer/store/api';
import { command, query, type ServiceModule, type Session } from '../../../../../src-renderer/store/rpc/define';
import { NOW, ok, openTestStore, refusal, register, registration, type TestStore } from '../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('dispatcher: refusals', () => {
  it('refuses invalid input with validation.failed and field errors, writing nothing', async () => {
    store = await openTestStore();
    await register(store);
    const before = await store.counts();
    const result = await store.send('cases.register', registration({ customerName: ' ', phone: '12345', severity: 'urgent' }));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation.failed',
        fields: [
          { field: 'customerName', code: 'validation.required', params: { min: 1 } },
          { field: 'phone', code: 'validation.phoneFormat' },
          { field: 'severity', code: 'validation.chooseOne' },
        ],
      },
    });
    expect(await store.counts()).toEqual(before);
    expect(store.events).toHaveLength(1);
  });

  it('refuses a missing argument object as invalid input', async () => {
    store = await openTestStore();
    const result = await store.send('cases.register', undefined);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('validation.failed');
    expect(await store.counts()).toEqual({ cases: 0, counters: 0, audit: 0 });
  });

  it('refuses an unknown method with store.unknownMethod and its name', async () => {
    store = await openTestStore();
    expect(await store.send('cases.delete', {}, null)).toEqual({
      ok: false,
      error: { code: 'store.unknownMethod', params: { name: 'cases.delete' } },
    });
  });

  it('does not treat inherited object properties as methods', async () => {
    store = await openTestStore();
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const result = await store.send(name, {});
      expect(!result.ok && result.error.code).toBe('store.unknownMethod');
    }
  });

  it('gives the day’s lowest unused number once its counter is at 9999 (an imported old number kept), leaving the counter', async () => {
    store = await openTestStore();
    await store.db.counters.put({ key: 'case-no:20261123', value: 9999 });
    // Bare rows stand for the cases holding numbers 1 and 9999 (only their numbers are read).
    await store.db.cases.bulkAdd([{ id: 'c-1', no: 'TS-20261123-0001' }, { id: 'c-9999', no: 'TS-20261123-9999' }] as never);
    const record = await store.run('cases.register', registration());
    expect(record.no).toBe('TS-20261123-0002');
    expect((await store.db.counters.get('case-no:20261123'))?.value).toBe(9999);
  });
});

describe('dispatcher: access', () => {
  it('refuses every handler but the public auth ones without a signed-in session, before validating', async () => {
    store = await openTestStore();
    const handlers = createHandlers() as Record<string, { access: string }>;
    const open = Object.keys(handlers).filter((name) => handlers[name]!.access === 'public');
    expect(open.sort()).toEqual(['auth.ended', 'auth.resume', 'auth.setup', 'auth.signIn', 'auth.signOut', 'auth.status']);
    for (const name of Object.keys(handlers).filter((n) => !open.includes(n))) {
      expect(refusal(await store.send(name, { nonsense: true }, null)), name).toEqual({ code: 'auth.signInRequired' });
    }
    expect(await store.counts()).toEqual({ cases: 0, counters: 0, audit: 0 });
  });

  it('refuses a role without the permission with auth.forbidden, naming both', async () => {
    store = await openTestStore();
    expect(refusal(await store.send('cases.register', registration(), 'legal'))).toEqual({
      code: 'auth.forbidden',
      params: { permission: 'cases.register', role: 'legal' },
    });
    expect(refusal(await store.send('settings.update', { key: 'centreName', value: 'x' }, 'supervisor')).code).toBe('auth.forbidden');
    expect(await store.counts()).toEqual({ cases: 0, counters: 0, audit: 0 });
  });

  it('ends a connection whose session was ended elsewhere, and signs it out', async () => {
    store = await openTestStore();
    const session = store.session('agent');
    expect((await store.dispatcher.dispatch('cases.list', {}, session)).ok).toBe(true);
    await store.db.sessions.delete('token-agent');
    expect(refusal(await store.dispatcher.dispatch('cases.list', {}, session))).toEqual({ code: 'auth.sessionExpired' });
    expect(session).toEqual({ actor: null, token: null });
    expect(refusal(await store.dispatcher.dispatch('cases.list', {}, session))).toEqual({ code: 'auth.signInRequired' });
  });

  it('a sign-in on the connection while a call is checked neither signs it out nor lends the call its user', async () => {
    store = await openTestStore();
    const session = store.session('agent');
    const agentId = session.actor!.id;
    const supervisor = store.session('supervisor');
    // The agent's call reads its session row; before that read answers, the connection signs in as the supervisor
    // (切换用户 with a query of the last screen still in flight; a test driving two users through one window).
    const call = store.dispatcher.dispatch('cases.register', registration(), session);
    session.actor = supervisor.actor;
    session.token = supervisor.token;
    const registered = ok<{ intakeAgent: { id: string } }>(await call);
    // Registered by whom the call was made as, and checked as them; the supervisor stays signed in.
    expect(registered.intakeAgent.id).toBe(agentId);
    expect(session).toMatchObject({ actor: supervisor.actor, token: supervisor.token });
    expect((await store.dispatcher.dispatch('cases.list', {}, session)).ok).toBe(true);

    // A call under a session that ended meanwhile is refused — and the session signed in since still stands.
    await store.db.sessions.delete('token-agent');
    const stale: Session = { actor: store.session('agent').actor, token: 'token-agent' };
    const late = store.dispatcher.dispatch('cases.list', {}, stale);
    stale.actor = supervisor.actor;
    stale.token = supervisor.token;
    expect(refusal(await late)).toEqual({ code: 'auth.sessionExpired' });
    expect(stale.token).toBe(supervisor.token);
  });

  it('refuses a session whose token belongs to someone else', async () => {
    store = await openTestStore();
    const forged = { ...store.session('legal'), token: 'token-admin' };
    expect(refusal(await store.dispatcher.dispatch('cases.list', {}, forged))).toEqual({ code: 'auth.sessionExpired' });
  });
});

describe('dispatcher: transactions', () => {
  it('rolls back everything a command wrote when it throws a DeskError', async () => {
    const handlers: ServiceModule = {
      'test.halfDone': command(z.object({}), async ({ db, changed }) =>
        db.transaction('rw', db.cases, db.counters, db.audit, async () => {
          await db.counters.put({ key: 'case-no:20261123', value: 7 });
          await db.audit.add({
            subject: 'x',
            n: 1,
            at: NOW,
            actor: { id: 'u-agent', name: '客服小王', role: 'agent' },
            command: 'test.halfDone',
            changes: {},
            prevHash: GENESIS_HASH,
            hash: GENESIS_HASH,
          });
          changed('cases', 'x');
          throw new DeskError({ code: 'cases.notFound', params: { id: 'x' } });
        }),
      ),
    };
    store = await openTestStore({ handlers });
    expect(await store.send('test.halfDone', {})).toEqual({
      ok: false,
      error: { code: 'cases.notFound', params: { id: 'x' } },
    });
    expect(await store.counts()).toEqual({ cases: 0, counters: 0, audit: 0 });
    expect(store.events).toEqual([]);
  });

  it('rolls back the counter when the case cannot be written, and reports store.conflict', async () => {
    store = await openTestStore();
    const first = await register(store);
    // Someone else's row already holds the next number: the add fails on the unique index.
    await store.db.cases.add({ ...first, id: 'intruder', no: 'TS-20261123-0002' });
    const before = await store.counts();
    const result = await store.send('cases.register', registration());
    expect(!result.ok && result.error.code).toBe('store.conflict');
    expect(await store.counts()).toEqual(before);
    expect((await store.db.counters.get('case-no:20261123'))?.value).toBe(1);
    expect(store.events).toHaveLength(1);
  });

  it('reports an unexpected failure as store.internal with its message', async () => {
    const handlers: ServiceModule = {
      'test.broken': query(z.object({}), async () => {
        throw new TypeError('cannot read x of undefined');
      }),
    };
    store = await openTestStore({ handlers });
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(await store.send('test.broken', {})).toEqual({
        ok: false,
        error: { code: 'store.internal', params: { detail: 'cannot read x of undefined' } },
      });
    } finally {
      console.error = original;
    }
  });
});

describe('dispatcher: change events', () => {
  it('publishes the changed case after a successful register, once', async () => {
    store = await openTestStore();
    const record = await register(store);
    expect(store.events).toEqual([[{ area: 'cases', ids: [record.id] }]]);
  });

  it('publishes nothing for queries, refusals or failures', async () => {
    store = await openTestStore();
    await store.send('cases.list', {});
    await store.send('dashboard.figures', { period: { from: 0, to: 86_400_000, granularity: 'day' } });
    await store.send('cases.get', { id: 'missing' });
    await store.send('cases.register', registration({ phone: '', email: '' }));
    await store.send('cases.nothing', {});
    expect(store.events).toEqual([]);
  });

  it('publishes nothing for a query even if it reports a change', async () => {
    const handlers: ServiceModule = {
      'test.sneaky': query(z.object({}), async ({ changed }) => {
        changed('cases', 'x');
        return 1;
      }),
    };
    store = await openTestStore({ handlers });
    expect(ok(await store.send('test.sneaky', {}))).toBe(1);
    expect(store.events).toEqual([]);
  });
});

describe('dispatcher: flush', () => {
  it('waits for a running command, then closes the database and refuses later calls', async () => {
    const gate = deferred();
    const handlers: ServiceModule = {
      'test.slow': command(z.object({}), async ({ db, changed }) => {
        await gate.promise;
        await db.counters.put({ key: 'slow', value: 1 });
        changed('cases', 'slow');
        return 'done';
      }),
    };
    store = await openTestStore({ handlers });
    const order: string[] = [];
    const running = store.send('test.slow', {}).then((r) => (order.push('command'), r));
    await Promise.resolve();
    const flushed = store.dispatcher.flush().then(() => order.push('flush'));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    expect(store.db.isOpen()).toBe(true);
    gate.release();
    expect(await running).toEqual({ ok: true, value: 'done' });
    await flushed;
    expect(order).toEqual(['command', 'flush']);
    expect(store.db.isOpen()).toBe(false);
    expect(await store.send('test.slow', {})).toEqual({ ok: false, error: { code: 'store.closing' } });
  });

  it('refuses calls that arrive while it waits', async () => {
    const gate = deferred();
    const handlers: ServiceModule = { 'test.slow': query(z.object({}), async () => gate.promise) };
    store = await openTestStore({ handlers });
    const running = store.send('test.slow', {});
    const flushed = store.dispatcher.flush();
    expect(await store.send('test.slow', {})).toEqual({ ok: false, error: { code: 'store.closing' } });
    gate.release();
    expect((await running).ok).toBe(true);
    await flushed;
  });

  it('closes at once when nothing is running', async () => {
    store = await openTestStore();
    await register(store);
    await store.dispatcher.flush();
    expect(store.db.isOpen()).toBe(false);
    const result = await store.send('cases.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'store.closing' } });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DeskError } from '../../../../../src-renderer/domain/common/errors';
import { command, query, type ServiceModule } from '../../../../../src-renderer/store/rpc/define';
import { NOW, ok, openTestStore, register, registration, type TestStore } from '../fixtures';

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
    const result = await store.dispatcher.dispatch('cases.register', registration({ customerName: ' ', phone: '12345', severity: 'urgent' }));
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
    const result = await store.dispatcher.dispatch('cases.register', undefined);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('validation.failed');
    expect(await store.counts()).toEqual({ cases: 0, counters: 0, audit: 0 });
  });

  it('refuses an unknown method with store.unknownMethod and its name', async () => {
    store = await openTestStore();
    expect(await store.dispatcher.dispatch('cases.delete', {})).toEqual({
      ok: false,
      error: { code: 'store.unknownMethod', params: { name: 'cases.delete' } },
    });
  });

  it('does not treat inherited object properties as methods', async () => {
    store = await openTestStore();
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const result = await store.dispatcher.dispatch(name, {});
      expect(!result.ok && result.error.code).toBe('store.unknownMethod');
    }
  });

  it('refuses a registration over the daily limit with cases.dailyLimit, writing nothing', async () => {
    store = await openTestStore();
    await store.db.counters.put({ key: 'case-no:20261123', value: 9999 });
    const result = await store.dispatcher.dispatch('cases.register', registration());
    expect(result).toEqual({ ok: false, error: { code: 'cases.dailyLimit', params: { max: 9999 } } });
    expect(await store.counts()).toEqual({ cases: 0, counters: 1, audit: 0 });
    expect((await store.db.counters.get('case-no:20261123'))?.value).toBe(9999);
  });
});

describe('dispatcher: transactions', () => {
  it('rolls back everything a command wrote when it throws a DeskError', async () => {
    const handlers: ServiceModule = {
      'test.halfDone': command(z.object({}), async ({ db, changed }) =>
        db.transaction('rw', db.cases, db.counters, db.audit, async () => {
          await db.counters.put({ key: 'case-no:20261123', value: 7 });
          await db.audit.add({ caseId: 'x', at: NOW, command: 'test.halfDone', actor: 'local', after: null });
          changed('cases', 'x');
          throw new DeskError({ code: 'cases.notFound', params: { id: 'x' } });
        }),
      ),
    };
    store = await openTestStore({ handlers });
    expect(await store.dispatcher.dispatch('test.halfDone', {})).toEqual({
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
    const result = await store.dispatcher.dispatch('cases.register', registration());
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
      expect(await store.dispatcher.dispatch('test.broken', {})).toEqual({
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
    await store.dispatcher.dispatch('cases.list', {});
    await store.dispatcher.dispatch('dashboard.overview', {});
    await store.dispatcher.dispatch('cases.get', { id: 'missing' });
    await store.dispatcher.dispatch('cases.register', registration({ phone: '', email: '' }));
    await store.dispatcher.dispatch('cases.nothing', {});
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
    expect(ok(await store.dispatcher.dispatch('test.sneaky', {}))).toBe(1);
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
    const running = store.dispatcher.dispatch('test.slow', {}).then((r) => (order.push('command'), r));
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
    expect(await store.dispatcher.dispatch('test.slow', {})).toEqual({ ok: false, error: { code: 'store.closing' } });
  });

  it('refuses calls that arrive while it waits', async () => {
    const gate = deferred();
    const handlers: ServiceModule = { 'test.slow': query(z.object({}), async () => gate.promise) };
    store = await openTestStore({ handlers });
    const running = store.dispatcher.dispatch('test.slow', {});
    const flushed = store.dispatcher.flush();
    expect(await store.dispatcher.dispatch('test.slow', {})).toEqual({ ok: false, error: { code: 'store.closing' } });
    gate.release();
    expect((await running).ok).toBe(true);
    await flushed;
  });

  it('closes at once when nothing is running', async () => {
    store = await openTestStore();
    await register(store);
    await store.dispatcher.flush();
    expect(store.db.isOpen()).toBe(false);
    const result = await store.dispatcher.dispatch('cases.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'store.closing' } });
  });
});

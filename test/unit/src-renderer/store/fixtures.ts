import { Dexie } from 'dexie';
import type { CaseRecord } from '../../../../src-renderer/domain/cases/case';
import type { Result } from '../../../../src-renderer/domain/common/errors';
import { DeskDb } from '../../../../src-renderer/store/db';
import type { ChangeEvent, ServiceModule } from '../../../../src-renderer/store/rpc/define';
import { createDispatcher, type Dispatcher } from '../../../../src-renderer/store/rpc/dispatcher';

/** 2026-11-23 10:00 local time: the host's clock in most store tests. */
export const NOW = new Date(2026, 10, 23, 10, 0).getTime();

/** A registration an agent could submit; `receivedAt` defaults to an hour before `now`. */
export function registration(overrides: Record<string, unknown> = {}, now = NOW): Record<string, unknown> {
  return {
    receivedAt: now - 3600_000,
    channel: 'phone',
    customerName: '张三',
    phone: '13812345678',
    email: '',
    description: '快递三天未送达。',
    severity: 'general',
    ...overrides,
  };
}

export interface TestStore {
  db: DeskDb;
  dispatcher: Dispatcher;
  /** Every change batch the dispatcher published, in order. */
  events: ChangeEvent[][];
  /** Rows in each table, to prove what was (not) written. */
  counts(): Promise<{ cases: number; counters: number; audit: number }>;
  close(): Promise<void>;
}

/** A real Dexie database on fake-indexeddb, unique per test, behind a real dispatcher. */
export async function openTestStore(options: { now?: () => number; handlers?: ServiceModule } = {}): Promise<TestStore> {
  const name = `desk-test-${crypto.randomUUID()}`;
  const db = new DeskDb(name);
  await db.open();
  const events: ChangeEvent[][] = [];
  const dispatcher = createDispatcher({ db, now: options.now ?? (() => NOW), onChange: (e) => events.push(e), handlers: options.handlers });
  return {
    db,
    dispatcher,
    events,
    counts: async () => ({ cases: await db.cases.count(), counters: await db.counters.count(), audit: await db.audit.count() }),
    async close() {
      db.close();
      await Dexie.delete(name);
    },
  };
}

/** The value of a successful call; fails the test with the refusal otherwise. */
export function ok<T = unknown>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export async function register(store: TestStore, overrides: Record<string, unknown> = {}): Promise<CaseRecord> {
  return ok<CaseRecord>(await store.dispatcher.dispatch('cases.register', registration(overrides)));
}

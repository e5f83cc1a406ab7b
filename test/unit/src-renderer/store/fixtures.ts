import { Dexie } from 'dexie';
import type { CaseRecord } from '../../../../src-renderer/domain/cases/case';
import type { Result } from '../../../../src-renderer/domain/common/errors';
import { hashPassword, type PasswordHash } from '../../../../src-renderer/domain/users/password';
import type { Role } from '../../../../src-renderer/domain/users/roles';
import { toActor, type UserRecord } from '../../../../src-renderer/domain/users/user';
import { DeskDb } from '../../../../src-renderer/store/db';
import type { ChangeEvent, ServiceModule, Session } from '../../../../src-renderer/store/rpc/define';
import { createDispatcher, type Dispatcher } from '../../../../src-renderer/store/rpc/dispatcher';

/** 2026-11-23 (a Monday) 10:00 local time: the host's clock in most store tests. */
export const NOW = new Date(2026, 10, 23, 10, 0).getTime();
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** The password of every fixture user. */
export const PASSWORD = 'Desk2026ok';

/** One signed-in colleague per role (two agents, for "someone else's" checks). */
export const TEST_USERS = {
  admin: { role: 'admin', name: '管理员', department: '运营部' },
  agent: { role: 'agent', name: '客服小王', department: '客服中心' },
  agent2: { role: 'agent', name: '客服小李', department: '客服中心' },
  supervisor: { role: 'supervisor', name: '主管老陈', department: '客服中心' },
  director: { role: 'director', name: '总监周', department: '质量管理部' },
  ops: { role: 'ops_director', name: '运营总监吴', department: '运营部' },
  legal: { role: 'legal', name: '法务郑', department: '法务部' },
} as const satisfies Record<string, { role: Role; name: string; department: string }>;
export type Who = keyof typeof TEST_USERS;

/** The fixture user holding a role (the first agent for `agent`). */
export const WHO_OF: Record<Role, Who> = {
  admin: 'admin',
  agent: 'agent',
  supervisor: 'supervisor',
  director: 'director',
  ops_director: 'ops',
  legal: 'legal',
};

// A cheap hash: the fixture users are created directly in the database, without the slow KDF.
let cheapHash: Promise<PasswordHash> | null = null;
const fixtureHash = () => (cheapHash ??= hashPassword(PASSWORD, 1000));

/**
 * Creates one user per role directly in `db`, each with an open session whose
 * token is `token-<who>` (e.g. `token-agent`), as after a real sign-in.
 */
export async function seedUsers(db: DeskDb, now = NOW): Promise<Record<Who, UserRecord>> {
  const password = await fixtureHash();
  const users = {} as Record<Who, UserRecord>;
  for (const [who, user] of Object.entries(TEST_USERS) as Array<[Who, (typeof TEST_USERS)[Who]]>) {
    users[who] = { id: `u-${who}`, username: who, ...user, active: 1, password, createdAt: NOW - DAY, failedSignIns: 0, lockedUntil: 0 };
    await db.users.add(users[who]);
    await db.sessions.add({ token: `token-${who}`, userId: users[who].id, createdAt: now, lastSeenAt: now });
  }
  return users;
}

let workOrders = 0;

/** A 12315 referral's work order number (来源单号), one of its own, unless the registration gives one. */
export function referralNoFor(overrides: Record<string, unknown>): { referralNo?: string } {
  return overrides.channel === 'regulator_12315' && !('referralNo' in overrides) ? { referralNo: `GS-FX-${(workOrders += 1)}` } : {};
}

/**
 * A registration an agent could submit; `receivedAt` defaults to an hour before `now`. A 12315
 * referral gets a work order number of its own unless one is given.
 */
export function registration(overrides: Record<string, unknown> = {}, now = NOW): Record<string, unknown> {
  const referral = referralNoFor(overrides);
  return {
    receivedAt: now - HOUR,
    channel: 'phone',
    customerName: '张三',
    phone: '13812345678',
    email: '',
    description: '快递三天未送达。',
    severity: 'general',
    ...referral,
    ...overrides,
  };
}

export interface Snapshot {
  [table: string]: unknown[];
}

export interface TestStore {
  db: DeskDb;
  dispatcher: Dispatcher;
  /** Every change batch the dispatcher published, in order. */
  events: ChangeEvent[][];
  users: Record<Who, UserRecord>;
  /** The host's clock when no `now` option was given: set `clock.now` to move time. */
  clock: { now: number };
  /** The host's clock as the dispatcher reads it. */
  now(): number;
  /** A signed-in connection of a fixture user (a fresh object per call, as the hub keeps one per window). */
  session(who: Who): Session;
  /** Dispatches as a fixture user; `null` calls without signing in. */
  send(name: string, args: unknown, who?: Who | null): Promise<Result<unknown>>;
  /** Like `send`, failing the test on a refusal. */
  run<T = CaseRecord>(name: string, args: unknown, who?: Who): Promise<T>;
  /** Rows in each table, to prove what was (not) written. */
  counts(): Promise<{ cases: number; counters: number; audit: number }>;
  /** Every row of every table (attachments without their bytes). */
  snapshot(): Promise<Snapshot>;
  close(): Promise<void>;
}

/**
 * A real Dexie database on fake-indexeddb, unique per test, behind a real
 * dispatcher, with one user per role already created and signed in (their
 * sessions are rows in the database, as after a real sign-in).
 */
export async function openTestStore(options: { now?: () => number; handlers?: ServiceModule; users?: boolean } = {}): Promise<TestStore> {
  const name = `desk-test-${crypto.randomUUID()}`;
  const db = new DeskDb(name);
  await db.open();
  const clock = { now: NOW };
  const now = options.now ?? (() => clock.now);
  // `users: false` leaves the database empty, as on first run.
  const users = options.users === false ? ({} as Record<Who, UserRecord>) : await seedUsers(db, now());
  const events: ChangeEvent[][] = [];
  const dispatcher = createDispatcher({ db, now, onChange: (e) => events.push(e), handlers: options.handlers });
  const session = (who: Who): Session => ({ actor: toActor(users[who]), token: `token-${who}` });
  const send = (method: string, args: unknown, who: Who | null = 'agent') =>
    dispatcher.dispatch(method, args, who ? session(who) : { actor: null, token: null });
  return {
    db,
    dispatcher,
    events,
    users,
    clock,
    now,
    session,
    send,
    run: async <T>(method: string, args: unknown, who: Who = 'agent') => ok<T>(await send(method, args, who)),
    counts: async () => ({ cases: await db.cases.count(), counters: await db.counters.count(), audit: await db.audit.count() }),
    async snapshot() {
      const out: Snapshot = {};
      for (const table of db.tables) {
        // Using a session records when it was last used, refused call or not; that is not data a command changed.
        if (table.name === 'sessions') continue;
        const rows = await table.toArray();
        // A withdrawn file's row has no bytes left.
        out[table.name] = table.name === 'attachments' ? rows.map(({ data, ...meta }) => (data === undefined ? meta : { ...meta, size: (data as Blob).size })) : rows;
      }
      return out;
    },
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

/** The refusal of a call; fails the test if it succeeded. */
export function refusal(result: Result<unknown>) {
  if (result.ok) throw new Error('expected a refusal, the call succeeded');
  return result.error;
}

export async function register(store: TestStore, overrides: Record<string, unknown> = {}, who: Who = 'agent'): Promise<CaseRecord> {
  return store.run('cases.register', registration(overrides, store.now()), who);
}

/**
 * Every store handler against thousands of random and malformed inputs, as a
 * hand-crafted call from a compromised or buggy window could send them: the
 * dispatcher always answers with a Result (never throws, never fails inside a
 * handler), every refusal is explained in Chinese and English, and a refusal
 * writes nothing. Handlers are taken from `createHandlers()`, so commands added
 * later are covered without touching this file.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Result } from '../../../../../src-renderer/domain/common/errors';
import { toActor } from '../../../../../src-renderer/domain/users/user';
import { createHandlers } from '../../../../../src-renderer/store/api';
import type { Session, StoreContext } from '../../../../../src-renderer/store/rpc/define';
import { resources } from '../../../../../src-renderer/ui/i18n/resources';
import { NOW, openTestStore, type TestStore } from '../fixtures';

const handlers = createHandlers();
const NAMES = Object.keys(handlers).sort();
const CALLERS = ['admin', 'agent'] as const;
type Caller = (typeof CALLERS)[number];

/** Runs per handler: ~70 handlers × this stays well under a minute on two cores. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 30);

/**
 * Refusals that write by design, each with its reason. Anything else written
 * by a refused call fails the test.
 */
const WRITES_ON_REFUSAL: Record<string, { codes: string[]; tables: string[]; reason: string }> = {
  'auth.signIn': {
    codes: ['auth.badCredentials', 'auth.badCredentialsLeft', 'auth.locked', 'auth.accountDisabled'],
    tables: ['users', 'audit', 'auditHeads'],
    reason: 'a wrong password for an existing user is counted (that count is the lock-out) and, like a refused deactivated account, recorded in its audit chain',
  },
  'auth.unlock': {
    codes: ['validation.failed', 'auth.locked'],
    tables: ['users', 'audit', 'auditHeads'],
    reason: 'a wrong password on the lock screen counts toward the lock-out, and is recorded, as at sign-in',
  },
  'auth.confirm': {
    codes: ['validation.failed', 'auth.locked'],
    tables: ['users', 'audit', 'auditHeads', 'sessions'],
    reason: 'a wrong password typed again counts toward the lock-out and is recorded; the try that locks the account out locks the screen',
  },
  'auth.changePassword': {
    codes: ['validation.failed', 'auth.locked'],
    tables: ['users', 'audit', 'auditHeads', 'sessions'],
    reason: 'a wrong current password counts as one typed again (auth.confirm)',
  },
};

// ---------- inputs ----------

const special = fc.constantFrom<unknown>(null, undefined, NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, '', ' ', '\u0000', '\u202e', '<script>', '__proto__', 'constructor', true, false, 10n ** 30n);
const hugeString = fc.integer({ min: 10_000, max: 200_000 }).map((n) => '投诉'.repeat(n / 2));
const deepObject = fc.integer({ min: 50, max: 600 }).map((depth) => {
  let value: unknown = { leaf: 1 };
  for (let i = 0; i < depth; i += 1) value = i % 2 ? { nested: value } : [value];
  return value;
});
const anyValue = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true, maxDepth: 3 }) },
  { weight: 3, arbitrary: special },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepObject },
  { weight: 1, arbitrary: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3_000 }) },
);

/** The top-level keys of a handler's input schema, so inputs get the right keys with wrong values too. */
function schemaKeys(name: string): string[] {
  const ctx = { db: null, now: () => NOW, actor: null, session: { actor: null, token: null }, changed: () => undefined } as unknown as StoreContext;
  const schema: unknown = handlers[name as keyof typeof handlers]!.input(ctx);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as Record<string, unknown>) : [];
}

function argsFor(name: string): fc.Arbitrary<unknown> {
  const keys = schemaKeys(name);
  const withKeys = keys.length
    ? fc.record(Object.fromEntries(keys.map((key) => [key, anyValue])), { requiredKeys: [] }).chain((known) =>
        fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 3 }).map((extra) => ({ ...extra, ...known })),
      )
    : fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 5 });
  return fc.oneof({ weight: 3, arbitrary: withKeys }, { weight: 2, arbitrary: anyValue });
}

// ---------- checks ----------

function hasMessage(language: 'zh-CN' | 'en', code: string): boolean {
  let node: unknown = (resources[language].translation as Record<string, unknown>).errors;
  for (const part of code.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && node.trim().length > 0;
}

function unexplained(result: Result<unknown>): string[] {
  if (result.ok) return [];
  const codes = [result.error.code, ...(result.error.fields ?? []).map((f) => f.code)];
  return codes.flatMap((code) => (['zh-CN', 'en'] as const).filter((lang) => !hasMessage(lang, code)).map((lang) => `${lang}: errors.${code}`));
}

/** A cheap fingerprint of every table (sessions aside: using one records its last use). */
async function fingerprint(store: TestStore): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const table of store.db.tables) {
    if (table.name === 'sessions') continue;
    const count = await table.count();
    // Test stores are small: every table is hashed whole (row order is primary-key order, stable).
    const rows = count <= 2_000 ? await table.toArray() : [];
    out.set(table.name, `${count}:${hash(rows)}`);
  }
  return out;
}

function hash(rows: unknown[]): string {
  const text = JSON.stringify(rows, (_key, value: unknown) => (value instanceof Blob ? `blob:${value.size}` : typeof value === 'bigint' ? `${value}n` : value));
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `${text.length}/${(h >>> 0).toString(16)}`;
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((name) => before.get(name) !== after.get(name));
}

const show = (value: unknown) => {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return text === undefined ? String(value) : text.slice(0, 300);
  } catch {
    return String(value).slice(0, 300);
  }
};

// ---------- the property, per handler ----------

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => store?.close());

/** A fresh, signed-in, unlocked connection whose password was just confirmed, so `confirm` handlers parse their input too. */
async function connection(who: Caller): Promise<Session> {
  const now = store.now();
  await store.db.sessions.put({ token: `token-${who}`, userId: store.users[who].id, createdAt: now, lastSeenAt: now });
  return { actor: toActor(store.users[who]), token: `token-${who}`, confirmedUntil: now + 5 * 60_000 };
}

describe('every store handler, random and malformed input', () => {
  it('finds the handlers to test', () => {
    expect(NAMES.length).toBeGreaterThan(50);
    for (const name of ['cases.register', 'progress.add', 'auth.signIn', 'users.save', 'settings.update']) expect(NAMES).toContain(name);
  });

  it.each(NAMES)('%s: always a Result, refusals explained in zh-CN and en, nothing written on refusal', async (name) => {
    let before = await fingerprint(store);
    await fc.assert(
      fc.asyncProperty(argsFor(name), fc.constantFrom(...CALLERS), async (args, who) => {
        const session = await connection(who);
        let result: Result<unknown>;
        try {
          result = await store.dispatcher.dispatch(name, args, session);
        } catch (error) {
          throw new Error(`${name} threw instead of answering: ${String(error)}\ninput: ${show(args)}`, { cause: error });
        }
        expect(typeof result.ok, `${name} answered ${show(result)}`).toBe('boolean');
        if (result.ok) {
          // A call that succeeded may write; the next comparison starts from here.
          before = await fingerprint(store);
          return;
        }
        expect(result.error.code, `${name} failed inside the handler for ${show(args)}: ${show(result.error)}`).not.toBe('store.internal');
        expect(unexplained(result), `${name} refused with codes that have no message; input ${show(args)}`).toEqual([]);
        const after = await fingerprint(store);
        const allowed = WRITES_ON_REFUSAL[name];
        const written = changedTables(before, after).filter((table) => !(allowed?.codes.includes(result.error.code) && allowed.tables.includes(table)));
        expect(written, `${name} refused with ${result.error.code} but wrote; input ${show(args)}`).toEqual([]);
        before = after;
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 60_000);
});

import type { z } from 'zod';
import type { Actor } from '../../domain/users/user';
import type { Permission } from '../../domain/users/roles';
import type { DeskDb } from '../db';

/**
 * `sessions`: someone signed in or out (ids: user ids), which may change who receives this desktop's alerts;
 * `alerts`: the alert log or a user's alert state (ids: deadline keys `<caseId>:<clockKind>`).
 */
export type ChangeArea = 'cases' | 'users' | 'settings' | 'improvements' | 'prefs' | 'sessions' | 'alerts' | 'reports' | 'imports' | 'backups';

export interface ChangeEvent {
  area: ChangeArea;
  ids: string[];
}

/** The sign-in state of one UI connection; auth handlers change it. */
export interface Session {
  actor: Actor | null;
  token: string | null;
  /** Until when the user's password, entered again (`auth.confirm`), covers commands marked `confirm`. */
  confirmedUntil?: number;
  /** Set while the screen is locked (idle lock): only `whileLocked` handlers run until `auth.unlock`. */
  lockedAt?: number;
}

/** What every handler receives: the database, the host's clock, the caller and a change log. */
export interface StoreContext {
  db: DeskDb;
  now(): number;
  /** The signed-in user of the calling connection (always set unless the handler is public). */
  actor: Actor | null;
  session: Session;
  /** Records that rows of an area changed; published after the command commits. */
  changed(area: ChangeArea, id: string): void;
}

/** Who may call a handler: anyone, any signed-in user, or the roles holding a permission. */
export type Access = 'public' | 'signedIn' | Permission;

export interface Handler<S extends z.ZodType, R> {
  kind: 'command' | 'query';
  access: Access;
  /** Destructive commands (restore, erasure, role change…) need the password entered again shortly before. */
  confirm?: boolean;
  /** Runs on a locked screen too (status, unlock, sign-out); every other call is refused with `auth.screenLocked`. */
  whileLocked?: boolean;
  /** Built per call so schemas can depend on the host's clock. */
  input: (ctx: StoreContext) => S;
  run: (ctx: StoreContext, args: z.output<S>) => Promise<R>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the map holds handlers of every shape
export type AnyHandler = Handler<any, any>;
export type ServiceModule = Record<string, AnyHandler>;

const constant =
  <S extends z.ZodType>(schema: S | ((ctx: StoreContext) => S)) =>
  (ctx: StoreContext): S =>
    typeof schema === 'function' ? schema(ctx) : schema;

/** A command changes data: one transaction, validated input, change events after commit. */
export function command<S extends z.ZodType, R>(
  schema: S | ((ctx: StoreContext) => S),
  run: (ctx: StoreContext, args: z.output<S>) => Promise<R>,
  { access = 'signedIn', confirm = false, whileLocked = false }: { access?: Access; confirm?: boolean; whileLocked?: boolean } = {},
): Handler<S, R> {
  return { kind: 'command', access, confirm, whileLocked, input: constant(schema), run };
}

/** A query only reads. */
export function query<S extends z.ZodType, R>(
  schema: S | ((ctx: StoreContext) => S),
  run: (ctx: StoreContext, args: z.output<S>) => Promise<R>,
  { access = 'signedIn', whileLocked = false }: { access?: Access; whileLocked?: boolean } = {},
): Handler<S, R> {
  return { kind: 'query', access, whileLocked, input: constant(schema), run };
}

/** Merges area modules into one handler map; a name defined twice is a programming error. */
export function mergeServices<T extends ServiceModule[]>(...modules: T): UnionToIntersection<T[number]> {
  const merged: ServiceModule = {};
  for (const module of modules) {
    for (const [name, handler] of Object.entries(module)) {
      if (name in merged) throw new Error(`store handler defined twice: ${name}`);
      merged[name] = handler;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export type ArgsOf<H> = H extends Handler<infer S, unknown> ? z.input<S> : never;
export type ResultOf<H> = H extends Handler<z.ZodType, infer R> ? R : never;

import { Dexie } from 'dexie';
import { DeskError, type DeskErrorData, type Result } from '../../domain/common/errors';
import { toFieldErrors } from '../../domain/common/validation';
import { createHandlers } from '../api';
import { noteChanges } from '../search/changes';
import { callStarted } from '../core/pacing';
import { sessionRow, userRow } from '../core/session-rows';
import type { DeskDb } from '../db';
import { may } from '../../domain/users/roles';
import { currentActor } from '../../domain/users/user';
import type { AnyHandler, ChangeArea, ChangeEvent, ServiceModule, Session, StoreContext } from './define';

export interface Dispatcher {
  /** `session` is the calling connection's sign-in state; auth handlers update it in place. */
  dispatch(name: string, args: unknown, session?: Session): Promise<Result<unknown>>;
  /** Refuses new calls, waits for the running ones, then closes the database. */
  flush(): Promise<void>;
}

export interface DispatcherOptions {
  db: DeskDb;
  now?: () => number;
  onChange?: (events: ChangeEvent[]) => void;
  handlers?: ServiceModule;
}

const refuse = (error: DeskErrorData): Result<never> => ({ ok: false, error });

/**
 * The single entry point of every store call: input validation, the handler,
 * translation of failures into i18n error codes, and change publication after
 * a successful command.
 */
export function createDispatcher({ db, now = Date.now, onChange, handlers }: DispatcherOptions): Dispatcher {
  const table: ServiceModule = handlers ?? createHandlers();
  let running = 0;
  let closing = false;
  let idle: (() => void) | null = null;

  async function dispatch(name: string, args: unknown, session: Session = { actor: null, token: null }): Promise<Result<unknown>> {
    if (closing) return refuse({ code: 'store.closing' });
    const handler = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!handler) return refuse({ code: 'store.unknownMethod', params: { name: String(name).slice(0, 100) } });
    // Counted as running from the access check on: that check reads the database too.
    running += 1;
    const served = callStarted();
    // Whom the call acts for, as it found the connection: a sign-in on the same connection while it waits
    // (切换用户, or another user's call in the same window) does not change that.
    const { actor: asFound, token: calledWith } = session;
    try {
      const denied = await checkAccess(handler, session, db, now());
      if (denied) return refuse(denied);
      // The same sign-in, its actor now as the user's row has it (a name or department changed since).
      const caller = session.token === calledWith && session.actor?.id === asFound?.id ? session.actor : asFound;
      // Checked before the input: a refused confirmation must not reveal anything about the arguments.
      if (handler.confirm && !((session.confirmedUntil ?? 0) > now())) return refuse({ code: 'auth.confirmRequired' });

      const changes = new Map<ChangeArea, Set<string>>();
      const ctx: StoreContext = {
        db,
        now,
        actor: caller,
        session,
        changed: (area, id) => {
          const ids = changes.get(area) ?? new Set<string>();
          ids.add(id);
          changes.set(area, ids);
        },
      };
      const parsed = handler.input(ctx).safeParse(args ?? {});
      if (!parsed.success) return refuse({ code: 'validation.failed', fields: toFieldErrors(parsed.error) });

      const value: unknown = await handler.run(ctx, parsed.data);
      if (handler.kind === 'command' && changes.size > 0) {
        const events = [...changes].map(([area, ids]) => ({ area, ids: [...ids] }));
        noteChanges(db, events);
        onChange?.(events);
      }
      return { ok: true, value };
    } catch (error) {
      return refuse(describeFailure(error));
    } finally {
      served();
      running -= 1;
      if (running === 0) idle?.();
    }
  }

  async function flush(): Promise<void> {
    closing = true;
    if (running > 0) await new Promise<void>((resolve) => (idle = resolve));
    db.close();
  }

  return { dispatch, flush };
}

/** Permissions and the screen lock are checked here, for every call, before the input is even parsed. */
async function checkAccess({ access, whileLocked }: AnyHandler, session: Session, db: DeskDb, now: number): Promise<DeskErrorData | null> {
  // A locked screen (idle lock) refuses everything but status, unlock and sign-out, before saying anything else.
  const locked = () => (session.lockedAt !== undefined && !whileLocked ? { code: 'auth.screenLocked' } : null);
  if (access === 'public') return locked();
  // Read once: the session may change while the row is read (a sign-in on the same connection).
  const { actor, token } = session;
  if (!actor) return { code: 'auth.signInRequired' };
  // Deactivating a user, changing their role or resetting their password deletes their sessions;
  // a window that is still connected must lose its sign-in at once, not at its next reload.
  const row = token ? await sessionRow(db, token) : undefined;
  if (!row || row.userId !== actor.id) {
    // Only the session this call was made under ends: one signed in on the connection since stands.
    if (session.token === token) {
      session.actor = null;
      session.token = null;
      delete session.lockedAt;
    }
    return { code: 'auth.sessionExpired' };
  }
  // The lock lives in the session row, so another window (or a reload) of the same session is locked too,
  // and unlocking in one window unlocks them all. (Kept on the connection while it still holds that session.)
  if (session.token === token) {
    if (row.lockedAt !== undefined) session.lockedAt = row.lockedAt;
    else delete session.lockedAt;
  }
  if (row.lockedAt !== undefined && !whileLocked) return { code: 'auth.screenLocked' };
  // An administrator renamed the user or their department: what this call records names them as they are now.
  const user = await userRow(db, actor.id);
  if (session.token === token && session.actor === actor && user) session.actor = currentActor(actor, user);
  // Working keeps a session alive: its last use is recorded, at most every few minutes.
  if (now - row.lastSeenAt > SESSION_TOUCH_MS) void db.sessions.update(row.token, { lastSeenAt: now }).catch(() => undefined);
  if (access === 'signedIn' || may(actor.role, access)) return null;
  return { code: 'auth.forbidden', params: { permission: access, role: actor.role } };
}

const SESSION_TOUCH_MS = 5 * 60_000;

function describeFailure(error: unknown): DeskErrorData {
  if (error instanceof DeskError) return error.data;
  if (error instanceof Dexie.QuotaExceededError) return { code: 'store.diskFull' };
  if (error instanceof Dexie.ConstraintError) return { code: 'store.conflict' };
  console.error('store handler failed', error);
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'store.internal', params: { detail: detail.slice(0, 300) } };
}

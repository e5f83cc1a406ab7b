/**
 * Sign-in attempts with a user name no account has, answered as an account's wrong password is:
 * counted the same way, warned of the same tries left, locked out for as long — otherwise the
 * answers told which names exist (an existing one soon said "还可尝试 3 次", an unknown one never
 * did). Kept in the store host's memory only, per database: recorded nowhere (what people type as a
 * name is sometimes their password) and forgotten at a restart, which costs an attacker a restart.
 */
import { LOCKOUT_MS, MAX_FAILED_SIGN_INS } from '../../../domain/users/password';
import type { DeskDb } from '../../db';

interface Tries {
  failedSignIns: number;
  lockedUntil: number;
}

/** Names remembered at most: a script trying endless names cannot grow the host's memory without bound. */
const MAX_NAMES = 1_000;
const byDatabase = new WeakMap<DeskDb, Map<string, Tries>>();

function triesOf(db: DeskDb): Map<string, Tries> {
  let names = byDatabase.get(db);
  if (!names) byDatabase.set(db, (names = new Map()));
  return names;
}

/** The name's tries so far, as an account's `failedSignIns` and `lockedUntil` read. */
export function unknownNameTries(db: DeskDb, username: string): Tries {
  return triesOf(db).get(username) ?? { failedSignIns: 0, lockedUntil: 0 };
}

/** One more refused try of an unknown name: what `countFailure` answers for an account. */
export function countUnknownName(db: DeskDb, username: string, now: number): { left: number; lockedOut: boolean } {
  const names = triesOf(db);
  const before = unknownNameTries(db, username);
  const failed = before.failedSignIns + 1;
  const lockedOut = failed >= MAX_FAILED_SIGN_INS;
  const running = before.lockedUntil > now ? before.lockedUntil : 0;
  names.delete(username);
  names.set(username, { failedSignIns: lockedOut ? 0 : failed, lockedUntil: Math.max(running, lockedOut ? now + LOCKOUT_MS : 0) });
  // The oldest name not locked out goes first (a Map keeps insertion order; a name tried again moved to the end
  // above). A locked one stays: forgotten, its next try would answer as a name nobody has.
  if (names.size > MAX_NAMES) {
    for (const [name, tries] of names) {
      if (tries.lockedUntil > now) continue;
      names.delete(name);
      break;
    }
  }
  return { left: MAX_FAILED_SIGN_INS - failed, lockedOut };
}

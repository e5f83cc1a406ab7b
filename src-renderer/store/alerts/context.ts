/**
 * Who receives the alerts at this desktop (the desk user), what they follow,
 * and the centre's alert policy: the context the deadline feed sends with
 * every full feed. Read from the database, so alerts work right after an app
 * start in the tray, before any window has resumed its session.
 */
import { z } from 'zod';
import type { AlertContext, AlertRecipient } from '../../../src-main/core/alert-feed';
import { AlertPolicySettings, DEFAULT_ALERT_POLICY } from '../../../src-main/core/alert-settings';
import { SEVERITIES } from '../../domain/cases/vocabulary';
import type { UserRecord } from '../../domain/users/user';
import type { DeskDb } from '../db';
import { SESSION_IDLE_MS } from '../services/auth';

/** Settings key of the alert policy. */
export const POLICY_KEY = 'alerts';
/** Name of the `prefs` row holding a user's follow choices. */
export const FOLLOW_PREF = 'alerts.follow';

export const FollowPrefs = z.object({
  severities: z
    .array(z.enum(SEVERITIES, { error: 'validation.chooseOne' }))
    .min(1, { error: 'validation.required' })
    .max(SEVERITIES.length)
    .refine((list) => new Set(list).size === list.length, { error: 'validation.duplicate' }),
  /** Empty: the user's own department (an ops director: every department). */
  departments: z
    .array(z.string().trim().min(1, { error: 'validation.required' }).max(60, { error: 'validation.tooLong' }))
    .max(100)
    .refine((list) => new Set(list).size === list.length, { error: 'validation.duplicate' }),
});
export type FollowPrefs = z.infer<typeof FollowPrefs>;

export const DEFAULT_FOLLOW: FollowPrefs = { severities: [...SEVERITIES], departments: [] };

/** The centre's alert policy; a stored value no longer valid (older version) reads as the defaults. */
export async function readPolicy(db: DeskDb): Promise<AlertPolicySettings> {
  const row = await db.settings.get(POLICY_KEY);
  const parsed = AlertPolicySettings.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_ALERT_POLICY;
}

export async function readFollow(db: DeskDb, userId: string): Promise<FollowPrefs> {
  const row = await db.prefs.get([userId, FOLLOW_PREF]);
  const parsed = FollowPrefs.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_FOLLOW;
}

export interface DeskUser {
  user: UserRecord;
  /** When the session that makes them the desk user goes idle, unless it is used again. */
  expiresAt: number;
}

/**
 * The user of the most recently used live session; null when nobody is signed
 * in. Sessions are few (one per window signed in), so all are read.
 */
export async function readDeskUser(db: DeskDb, now: number): Promise<DeskUser | null> {
  const live = (await db.sessions.toArray())
    .filter((session) => now - session.lastSeenAt <= SESSION_IDLE_MS)
    // Newest use first; ties (windows signed in together) by the newest sign-in, then by token, so the choice is stable.
    .sort((a, b) => b.lastSeenAt - a.lastSeenAt || b.createdAt - a.createdAt || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
  for (const session of live) {
    const user = await db.users.get(session.userId);
    if (user && user.active === 1) return { user, expiresAt: session.lastSeenAt + SESSION_IDLE_MS };
  }
  return null;
}

export interface ContextReading {
  context: AlertContext;
  /** When the context may change without any command (the desk user's session going idle); null: never. */
  expiresAt: number | null;
}

export async function readAlertContext(db: DeskDb, now: number): Promise<ContextReading> {
  const [desk, policy] = await Promise.all([readDeskUser(db, now), readPolicy(db)]);
  if (!desk) return { context: { recipient: null, policy }, expiresAt: null };
  const { user } = desk;
  const recipient: AlertRecipient = {
    id: user.id,
    name: user.name.slice(0, 60),
    role: user.role,
    department: user.department.slice(0, 60),
    follow: await readFollow(db, user.id),
  };
  return { context: { recipient, policy }, expiresAt: desk.expiresAt };
}

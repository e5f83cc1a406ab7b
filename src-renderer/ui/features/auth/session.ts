/** Where this window remembers its session: it survives a reload, not an app restart. */
const SESSION_KEY = 'complaint-desk:session';

/**
 * The session token to start with: one handed to a print view in its route
 * (`?session=…`, print windows have no storage of their own), else this window's.
 */
export function initialSessionToken(): string | null {
  const query = window.location.hash.split('?')[1];
  const fromRoute = query ? new URLSearchParams(query).get('session') : null;
  return fromRoute ?? globalThis.sessionStorage?.getItem(SESSION_KEY) ?? null;
}

/** This window's session, to hand to a print window (which has no storage of its own). */
export function currentSessionToken(): string | null {
  return globalThis.sessionStorage?.getItem(SESSION_KEY) ?? null;
}

export function rememberSession(token: string | null): void {
  if (token) sessionStorage.setItem(SESSION_KEY, token);
  else sessionStorage.removeItem(SESSION_KEY);
}

/** Whose page this window shows: the last user signed in here (survives a reload, as the session does). */
const PAGE_OWNER_KEY = 'complaint-desk:page-of';

/**
 * Called as `userId` signs in: true when the page this window shows was left by somebody else (who
 * signed out, or whose session ended): the newcomer does not start on, say, the administrator's
 * audit log.
 */
export function pageLeftByOther(userId: string): boolean {
  const owner = globalThis.sessionStorage?.getItem(PAGE_OWNER_KEY) ?? null;
  globalThis.sessionStorage?.setItem(PAGE_OWNER_KEY, userId);
  return owner !== null && owner !== userId;
}

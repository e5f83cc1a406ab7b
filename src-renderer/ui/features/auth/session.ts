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

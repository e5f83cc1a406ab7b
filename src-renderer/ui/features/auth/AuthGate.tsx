import { Box, getDefaultZIndex } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { Actor } from '../../../domain/users/user';
import type { SessionEnd } from '../../../store/services/auth/ended';
import { may, type Permission } from '../../../domain/users/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UnsavedChangesGuard } from '../../components/unsaved';
import { useInertOutside } from '../../components/cover';
import { StoreContext, useStore } from '../../data/hooks';
import { StoreError } from '../../data/store-client';
import { IdleLock } from './lock/IdleLock';
import { lockAware } from './lock/lockAware';
import { LockScreen } from './lock/LockScreen';
import { pageLeftByOther, rememberSession } from './session';
import { SessionEndedNotice } from './SessionEndedNotice';
import { SetupPage } from './SetupPage';
import { SignInPage } from './SignInPage';
import { StartingUp } from './StartingUp';

export interface Auth {
  actor: Actor;
  /** The UI offers an action only when this is true; the store host checks again. */
  can(permission: Permission): boolean;
  signOut(): Promise<void>;
  /** Locks the screen now: `byHand` from the user menu (the idle lock does it by itself). */
  lock(byHand?: boolean): void;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthGate');
  return auth;
}

type Gate =
  | { state: 'loading' }
  | { state: 'setup' }
  | { state: 'signIn' }
  | { state: 'in'; actor: Actor; locked: boolean; ended?: Ended }
  | { state: 'failed'; error: StoreError };

/** Where someone new at the desk starts instead of the previous user's settings: the app's first page (the shell sends it on). */
const START_PAGE = '/';

/**
 * Pages of the previous user's own work at the desk (settings and administration: the audit log, the
 * users, their alert follows), not left open for the next person. The shared work (a case, the
 * tracking table, the intake form) stays: a supervisor signs in at the agent's desk to approve the
 * case on screen.
 */
const isOwnPage = (route: string) => route === '/settings' || route.startsWith('/settings/');

/** The store host ended the session under the app (the administrator changed the account); `why` once it said. */
interface Ended {
  why?: SessionEnd;
}

/**
 * Shows the first-run setup or the sign-in page until a user is signed in, then the app — or, while
 * the screen is locked (idle time, or locked in another window of the session), the lock screen
 * instead of the app; or, when the session ended under it, the sign-in page with the reason.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const store = useStore();
  const [gate, setGate] = useState<Gate>({ state: 'loading' });

  const refresh = useCallback(() => {
    store.send('auth.status', {}).then(
      (status) => {
        // A reload keeps the session, and the page with it: it is this user's.
        if (status.actor) pageLeftByOther(status.actor.id);
        setGate(
          status.actor ? { state: 'in', actor: status.actor, locked: status.locked === true } : status.needsSetup ? { state: 'setup' } : { state: 'signIn' },
        );
      },
      (error: unknown) => setGate({ state: 'failed', error: error instanceof StoreError ? error : new StoreError({ code: 'store.internal' }) }),
    );
  }, [store]);

  // The gate as last rendered, for callbacks that must know who was signed in.
  const current = useRef(gate);
  useEffect(() => {
    current.current = gate;
  }, [gate]);

  useEffect(() => {
    refresh();
    return store.onSessionLost(() => {
      rememberSession(null);
      // Signed in, the app stays (hidden, inert) under the sign-in page: what the user was typing must
      // not be lost because the administrator changed their account. Otherwise plain sign-in.
      setGate((g) => (g.state === 'in' ? { ...g, ended: {} } : { state: 'signIn' }));
      const explain = (why: SessionEnd) => setGate((g) => (g.state === 'in' && g.ended ? { ...g, ended: { why } } : g));
      store.send('auth.ended', {}).then(explain, () => explain({ cause: 'unknown' }));
    });
  }, [store, refresh]);

  // An administrator renamed the signed-in user or their department: the app shows them as they are now.
  const signedInId = gate.state === 'in' ? gate.actor.id : null;
  useEffect(() => {
    if (!signedInId) return undefined;
    return store.subscribe((events) => {
      if (!events.some((event) => event.area === 'users' && event.ids.includes(signedInId))) return;
      store.send('auth.status', {}).then(
        ({ actor }) => setGate((g) => (actor && g.state === 'in' && !g.ended && g.actor.id === actor.id ? { ...g, actor } : g)),
        () => undefined,
      );
    });
  }, [store, signedInId]);

  // The screen shows locked at once; the store host, told right after, refuses this session's calls until unlocked.
  const showLocked = useCallback(() => setGate((g) => (g.state === 'in' && !g.locked ? { ...g, locked: true } : g)), []);
  const guarded = useMemo(() => lockAware(store, showLocked), [store, showLocked]);

  const [location, navigate] = useLocation();
  const route = useRef(location);
  useEffect(() => {
    route.current = location;
  }, [location]);
  const signedIn = useCallback(
    (actor: Actor, token: string) => {
      store.setSessionToken(token);
      rememberSession(token);
      // Somebody else's settings (the audit log, the users) are not where the next person at the desk starts.
      if (pageLeftByOther(actor.id) && isOwnPage(route.current)) navigate(START_PAGE, { replace: true });
      const before = current.current;
      setGate({ state: 'in', actor, locked: false });
      // The same person again (after a new role or password): the app kept for them asks the store again,
      // now with their new permissions. Anyone else gets a fresh app (keyed by the user, below).
      if (before.state === 'in' && before.actor.id === actor.id) guarded.askAgain();
    },
    [store, guarded, navigate],
  );

  const lock = useCallback(
    (byHand = false) => {
      showLocked();
      store.send('auth.lock', byHand ? { byHand: true } : {}).catch(() => undefined);
    },
    [store, showLocked],
  );
  const unlocked = useCallback(() => {
    setGate((g) => (g.state === 'in' ? { ...g, locked: false } : g));
    // What the app asked while it was locked was refused: it asks again.
    guarded.askAgain();
  }, [guarded]);

  const signOut = useCallback(async () => {
    await store.send('auth.signOut', {}).catch(() => undefined);
    store.setSessionToken(null);
    rememberSession(null);
    // The next person at the desk sees none of this one's notices (已确认…, 已保存…).
    notifications.clean();
    setGate({ state: 'signIn' });
  }, [store]);

  const actor = gate.state === 'in' ? gate.actor : null;
  const auth = useMemo<Auth | null>(() => {
    if (!actor) return null;
    return { actor, can: (permission) => may(actor.role, permission), signOut, lock };
  }, [actor, signOut, lock]);

  // The app out of sight and out of reach, kept as it was: under the lock screen, or under the sign-in of an ended session.
  const covered = gate.state === 'in' && (gate.locked || gate.ended !== undefined);
  // Nobody signed in here (the sign-in or set-up page): the alert notices of whoever is still the desk user elsewhere
  // (a tab closed without signing out) name customers; they stay under the page, out of sight and reach, too.
  const outside = gate.state === 'signIn' || gate.state === 'setup' || (gate.state === 'in' && !auth);
  useInertOutside(covered || outside, '[data-auth-cover]');

  if (gate.state === 'loading') {
    return <StartingUp />;
  }
  if (gate.state === 'failed') return <ErrorAlert error={gate.error} />;
  if (gate.state === 'setup') {
    return (
      <AuthCover>
        <SetupPage onDone={signedIn} />
      </AuthCover>
    );
  }
  if (gate.state === 'signIn' || !auth) {
    return (
      <AuthCover>
        <SignInPage onDone={signedIn} />
      </AuthCover>
    );
  }
  return (
    <AuthContext.Provider value={auth}>
      <StoreContext.Provider value={guarded.client}>
        {!covered && <IdleLock onIdle={lock} />}
        {/*
          Covered, the app stays mounted out of sight (hidden, inert): a complaint half typed when the
          agent was called away is there again after unlocking, as after an operating system's lock,
          or after signing in again once the administrator changed the account. Keyed by the user:
          someone else signing in gets a fresh app, never what the previous user left unsaved. The
          guard holds the session's unsaved work: the user menu and the lock screen ask before ending it.
        */}
        <UnsavedChangesGuard key={gate.actor.id}>
          <div style={{ display: covered ? 'none' : 'contents' }} inert={covered} data-app-content>
            {children}
          </div>
          {covered && (
            <AuthCover>
              {gate.ended ? (
                <SignInPage
                  onDone={signedIn}
                  username={gate.actor.username}
                  notice={gate.ended.why && <SessionEndedNotice end={gate.ended.why} />}
                />
              ) : (
                <LockScreen actor={auth.actor} onUnlocked={unlocked} onSwitchUser={() => void signOut()} />
              )}
            </AuthCover>
          )}
        </UnsavedChangesGuard>
      </StoreContext.Provider>
    </AuthContext.Provider>
  );
}

/** Above everything, the app's portals and the alert notices too (see useInertOutside): the lock screen and the sign-in. */
function AuthCover({ children }: { children: React.ReactNode }) {
  return (
    <Box pos="fixed" inset={0} bg="gray.0" style={{ zIndex: getDefaultZIndex('max'), overflow: 'auto' }} data-auth-cover>
      {children}
    </Box>
  );
}

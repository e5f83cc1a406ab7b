import { Center, Loader } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Actor } from '../../../domain/users/user';
import { may, type Permission } from '../../../domain/users/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStore } from '../../data/hooks';
import { StoreError } from '../../data/store-client';
import { rememberSession } from './session';
import { SetupPage } from './SetupPage';
import { SignInPage } from './SignInPage';

export interface Auth {
  actor: Actor;
  /** The UI offers an action only when this is true; the store host checks again. */
  can(permission: Permission): boolean;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthGate');
  return auth;
}

type Gate = { state: 'loading' } | { state: 'setup' } | { state: 'signIn' } | { state: 'in'; actor: Actor } | { state: 'failed'; error: StoreError };

/** Shows the first-run setup or the sign-in page until a user is signed in, then the app. */
export function AuthGate({ children }: { children: ReactNode }) {
  const store = useStore();
  const [gate, setGate] = useState<Gate>({ state: 'loading' });

  const refresh = useCallback(() => {
    store.send('auth.status', {}).then(
      (status) => setGate(status.actor ? { state: 'in', actor: status.actor } : status.needsSetup ? { state: 'setup' } : { state: 'signIn' }),
      (error: unknown) => setGate({ state: 'failed', error: error instanceof StoreError ? error : new StoreError({ code: 'store.internal' }) }),
    );
  }, [store]);

  useEffect(() => {
    refresh();
    return store.onSessionLost(() => {
      rememberSession(null);
      setGate({ state: 'signIn' });
    });
  }, [store, refresh]);

  const signedIn = useCallback(
    (actor: Actor, token: string) => {
      store.setSessionToken(token);
      rememberSession(token);
      setGate({ state: 'in', actor });
    },
    [store],
  );

  const auth = useMemo<Auth | null>(() => {
    if (gate.state !== 'in') return null;
    return {
      actor: gate.actor,
      can: (permission) => may(gate.actor.role, permission),
      signOut: async () => {
        await store.send('auth.signOut', {}).catch(() => undefined);
        store.setSessionToken(null);
        rememberSession(null);
        setGate({ state: 'signIn' });
      },
    };
  }, [gate, store]);

  if (gate.state === 'loading') {
    return (
      <Center h="100vh">
        <Loader aria-label="loading" />
      </Center>
    );
  }
  if (gate.state === 'failed') return <ErrorAlert error={gate.error} />;
  if (gate.state === 'setup') return <SetupPage onDone={signedIn} />;
  if (gate.state === 'signIn' || !auth) return <SignInPage onDone={signedIn} />;
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

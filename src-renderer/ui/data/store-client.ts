import * as Comlink from 'comlink';
import { DeskError, isStoreFailedMessage, type DeskErrorData } from '../../domain/common/errors';
import type { Platform } from '../../platform';
import type { ChangeEvent, StoreArgs, StoreMethod, StoreResult } from '../../store/api';
import type { StoreEndpoint } from '../../store/rpc/server';

/** A refusal or failure from the store host, with an i18n code the UI translates. */
export class StoreError extends Error {
  readonly data: DeskErrorData;
  constructor(data: DeskErrorData) {
    super(data.code);
    this.name = 'StoreError';
    this.data = data;
  }
}

/**
 * Any failure as the UI shows it: a refusal of the store host as it is; one of the platform's (a
 * file it could not write: a DeskError) with its code; anything else as `store.internal` with its text.
 */
export function asStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof DeskError) return new StoreError(error.data);
  return new StoreError({ code: 'store.internal', params: { detail: String(error) } });
}

/** Pseudo change sent to listeners when the connection was replaced: re-query everything. */
export const RECONNECTED: ChangeEvent[] = [];

export interface StoreClient {
  send<K extends StoreMethod>(name: K, args: StoreArgs<K>): Promise<StoreResult<K>>;
  /**
   * The session to re-attach on every new connection (reload, store restart).
   * Set after signing in, cleared after signing out.
   */
  setSessionToken(token: string | null): void;
  /** Called when a remembered session could not be resumed (expired, user deactivated). */
  onSessionLost(listener: () => void): () => void;
  /** Called after every committed change, and with RECONNECTED after a store restart. */
  subscribe(listener: (events: ChangeEvent[]) => void): () => void;
  close(): void;
}

interface Pending {
  reject(error: StoreError): void;
}

/**
 * Typed client over the store port. When the store host is restarted the
 * platform hands over a new port: calls still waiting on the old one fail with
 * `store.restarted` (a command may or may not have committed, so it is never
 * silently repeated) and every subscriber is told to re-query.
 */
export function createStoreClient(platform: Platform, options: { sessionToken?: string | null } = {}): StoreClient {
  const listeners = new Set<(events: ChangeEvent[]) => void>();
  const lostListeners = new Set<() => void>();
  // A session lost before anybody listened (the resume at start can answer before the app has mounted) is told to the first listener.
  let lostUnheard = false;
  const sessionLost = () => {
    token = null;
    if (lostListeners.size === 0) lostUnheard = true;
    for (const listener of lostListeners) listener();
  };
  let token = options.sessionToken ?? null;
  let remote: Comlink.Remote<StoreEndpoint> | null = null;
  let current: Comlink.Remote<StoreEndpoint> | null = null;
  let pending = new Set<Pending>();
  let waiting: Array<{ resolve(remote: Comlink.Remote<StoreEndpoint>): void; reject(error: StoreError): void }> = [];
  /** The store host on the current port could not start: every call fails with why, until a new port comes. */
  let failure: StoreError | null = null;
  const publish = (events: ChangeEvent[]) => {
    for (const listener of listeners) listener(events);
  };

  const stop = platform.connectStore((port) => {
    const replaced = current !== null;
    current?.[Comlink.releaseProxy]();
    for (const call of pending) call.reject(new StoreError({ code: 'store.restarted' }));
    pending = new Set();
    failure = null;
    // A store host that could not start says so instead of answering (and closes the port).
    port.addEventListener('message', (event: MessageEvent) => {
      if (current !== next || !isStoreFailedMessage(event.data)) return;
      failure = new StoreError(event.data.error);
      remote = null;
      for (const call of pending) call.reject(failure);
      pending = new Set();
      for (const { reject } of waiting) reject(failure);
      waiting = [];
    });
    const next = Comlink.wrap<StoreEndpoint>(port);
    void next.subscribe(Comlink.proxy(publish));
    void resumeSession(next).then(() => {
      // A newer port may have arrived meanwhile; only the current one is handed out.
      if (remote !== null || current !== next || failure) return;
      remote = next;
      for (const { resolve } of waiting) resolve(next);
      waiting = [];
      if (replaced) publish(RECONNECTED);
    });
    current = next;
    remote = null;
  });

  /** Re-attaches the remembered session before any other call goes out on a new port. */
  async function resumeSession(endpoint: Comlink.Remote<StoreEndpoint>): Promise<void> {
    if (!token) return;
    const result = await endpoint.call('auth.resume', { token }).catch(() => null);
    if (result && !result.ok) sessionLost();
  }

  const connected = (): Promise<Comlink.Remote<StoreEndpoint>> =>
    failure ? Promise.reject(failure) : remote ? Promise.resolve(remote) : new Promise((resolve, reject) => waiting.push({ resolve, reject }));

  return {
    async send(name, args) {
      // Take the current port synchronously: after an `await` it may already have been replaced and released.
      const endpoint = remote ?? (await connected());
      return new Promise((resolve, reject) => {
        const call: Pending = { reject };
        pending.add(call);
        endpoint.call(name, args).then(
          (result) => {
            pending.delete(call);
            if (result.ok) {
              resolve(result.value as StoreResult<typeof name>);
              return;
            }
            // The store ended this window's session (user deactivated, password reset): back to sign-in.
            if (result.error.code === 'auth.sessionExpired' && token) sessionLost();
            reject(new StoreError(result.error));
          },
          (error: unknown) => {
            pending.delete(call);
            reject(new StoreError({ code: 'store.internal', params: { detail: String(error) } }));
          },
        );
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setSessionToken(next) {
      token = next;
      // A new session (signed in since): the old one's loss is no news any more.
      if (next) lostUnheard = false;
    },
    onSessionLost(listener) {
      lostListeners.add(listener);
      if (lostUnheard) {
        lostUnheard = false;
        listener();
      }
      return () => lostListeners.delete(listener);
    },
    close() {
      stop();
      current?.[Comlink.releaseProxy]();
      current = null;
      remote = null;
    },
  };
}

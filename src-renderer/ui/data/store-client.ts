import * as Comlink from 'comlink';
import type { DeskErrorData } from '../../domain/common/errors';
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

/** Pseudo change sent to listeners when the connection was replaced: re-query everything. */
export const RECONNECTED: ChangeEvent[] = [];

export interface StoreClient {
  send<K extends StoreMethod>(name: K, args: StoreArgs<K>): Promise<StoreResult<K>>;
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
export function createStoreClient(platform: Platform): StoreClient {
  const listeners = new Set<(events: ChangeEvent[]) => void>();
  let remote: Comlink.Remote<StoreEndpoint> | null = null;
  let pending = new Set<Pending>();
  let waiting: Array<(remote: Comlink.Remote<StoreEndpoint>) => void> = [];
  const publish = (events: ChangeEvent[]) => {
    for (const listener of listeners) listener(events);
  };

  const stop = platform.connectStore((port) => {
    const replaced = remote !== null;
    remote?.[Comlink.releaseProxy]();
    for (const call of pending) call.reject(new StoreError({ code: 'store.restarted' }));
    pending = new Set();
    remote = Comlink.wrap<StoreEndpoint>(port);
    void remote.subscribe(Comlink.proxy(publish));
    for (const resolve of waiting) resolve(remote);
    waiting = [];
    if (replaced) publish(RECONNECTED);
  });

  const connected = (): Promise<Comlink.Remote<StoreEndpoint>> =>
    remote ? Promise.resolve(remote) : new Promise((resolve) => waiting.push(resolve));

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
            if (result.ok) resolve(result.value as StoreResult<typeof name>);
            else reject(new StoreError(result.error));
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
    close() {
      stop();
      remote?.[Comlink.releaseProxy]();
      remote = null;
    },
  };
}

import * as Comlink from 'comlink';
import type { Result } from '../../domain/common/errors';
import type { ChangeEvent, Session } from './define';
import type { Dispatcher } from './dispatcher';

/** What one UI connection sees of the store host, over comlink. */
export interface StoreEndpoint {
  call(name: string, args: unknown): Promise<Result<unknown>>;
  /** The listener is a comlink proxy; it is called with every change after commit. */
  subscribe(listener: (events: ChangeEvent[]) => void): void;
  ping(): string;
}

export interface ConnectionHub {
  /** Serves one UI connection on its port until `close` is called with the same id. */
  open(id: string, port: MessagePort): void;
  close(id: string): void;
  publish(events: ChangeEvent[]): void;
  size(): number;
}

export function createConnectionHub(getDispatcher: () => Dispatcher): ConnectionHub {
  const connections = new Map<string, { port: MessagePort; listeners: Set<(events: ChangeEvent[]) => void>; session: Session }>();

  function close(id: string): void {
    const connection = connections.get(id);
    if (!connection) return;
    connections.delete(id);
    for (const listener of connection.listeners) (listener as unknown as Comlink.Remote<unknown>)[Comlink.releaseProxy]?.();
    connection.port.close();
  }

  return {
    open(id, port) {
      close(id);
      const listeners = new Set<(events: ChangeEvent[]) => void>();
      // Each UI connection is signed in (or not) on its own.
      const session: Session = { actor: null, token: null };
      const endpoint: StoreEndpoint = {
        call: (name, args) => getDispatcher().dispatch(name, args, session),
        subscribe: (listener) => void listeners.add(listener),
        ping: () => 'pong',
      };
      connections.set(id, { port, listeners, session });
      Comlink.expose(endpoint, port);
    },
    close,
    publish(events) {
      for (const { listeners } of connections.values()) {
        for (const listener of listeners) {
          // A listener whose window is gone never answers; nothing waits on it.
          Promise.resolve(listener(events)).catch(() => listeners.delete(listener));
        }
      }
    },
    size: () => connections.size,
  };
}

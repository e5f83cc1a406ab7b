import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import type { ErasureView } from '../../../../../../src-renderer/store/services/privacy/erasure-views';
import { HOUR, ok, PASSWORD, type TestStore, type Who } from '../../fixtures';

/** How a request comes in: received an hour ago by phone, identity checked on a callback. */
export const requestArgs = (store: TestStore, key: Record<string, string>, caseIds: string[], overrides: Record<string, unknown> = {}) => ({
  key,
  caseIds,
  requester: '张伟',
  receivedAt: store.now() - HOUR,
  channel: 'phone',
  verification: 'registered_phone',
  grounds: 'consent_withdrawn',
  ...overrides,
});

/** A connection of `who` that entered the password again (for `erasure.execute` and `erasure.refuse`). */
export async function confirmed(store: TestStore, who: Who = 'legal'): Promise<Session> {
  const session = store.session(who);
  ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
  return session;
}

export const executeAs = async (store: TestStore, no: string, who: Who = 'legal') =>
  ok<ErasureView>(await store.dispatcher.dispatch('erasure.execute', { no }, await confirmed(store, who)));

export const refuseAs = async (store: TestStore, no: string, reason: string, who: Who = 'legal') =>
  ok<ErasureView>(await store.dispatcher.dispatch('erasure.refuse', { no, reason }, await confirmed(store, who)));

export const line = (view: ErasureView, id: string) => view.cases.find((c) => c.id === id)!;

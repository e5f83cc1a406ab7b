import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import { ok, PASSWORD, type TestStore } from '../../fixtures';

/** A connection nobody has signed in on yet (a new window). */
export const anonymous = (): Session => ({ actor: null, token: null });

/** Signs in on `session` as the fixture user `username`, as the sign-in page does. */
export const signInOn = (store: TestStore, session: Session, username: string, password = PASSWORD) =>
  store.dispatcher.dispatch('auth.signIn', { username, password }, session);

/** The administrator's connection after entering the password again (role changes and deactivation need it). */
export async function confirmedAdmin(store: TestStore): Promise<Session> {
  const admin = store.session('admin');
  ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, admin));
  return admin;
}

import { act, fireEvent, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { useAuth } from '../../../../../../src-renderer/ui/features/auth/AuthGate';
import { renderWithStore, type Rendered } from '../../render';

/** A way out for the test: the shell's sign-out, without the shell. */
export function SignOut() {
  const { signOut } = useAuth();
  return (
    <button type="button" onClick={() => void signOut()}>
      test:sign-out
    </button>
  );
}

/**
 * Renders `ui` behind the real sign-in gate, then signs the agent out and someone else in through
 * the sign-in page, so the gate (and `useAuth().can`) holds that user. `seed` runs before the first render.
 */
export async function renderSignedInAs(
  ui: ReactElement,
  user: { username: string; password: string },
  options: Parameters<typeof renderWithStore>[1] = {},
): Promise<Rendered> {
  const rendered = await renderWithStore(
    <>
      <SignOut />
      {ui}
    </>,
    options,
  );
  // The page the test opened is for the user it signs in: somebody else signing in would start on the first page.
  const opened = window.location.hash;
  await handTheDeskTo(user);
  if (window.location.hash !== opened) act(() => void (window.location.hash = opened));
  return rendered;
}

/** Signs out through `SignOut`, then `user` in through the sign-in page, as the next person at the desk. */
export async function handTheDeskTo(user: { username: string; password: string }): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'test:sign-out' }));
  const form = await screen.findByRole('form', { name: '登录' });
  fireEvent.change(within(form).getByLabelText('用户名'), { target: { value: user.username } });
  fireEvent.change(within(form).getByLabelText('密码'), { target: { value: user.password } });
  fireEvent.click(within(form).getByRole('button', { name: '登录' }));
  await screen.findByRole('button', { name: 'test:sign-out' });
}

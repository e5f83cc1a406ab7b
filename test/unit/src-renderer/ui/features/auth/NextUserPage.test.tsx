import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, AGENT, renderWithStore, teardown } from '../../render';
import { SignOut } from './signInAs';

afterEach(teardown);

/** Signs out through the gate, then `user` in through the sign-in page. */
async function handTheDeskTo(user: { username: string; password: string }) {
  fireEvent.click(await screen.findByRole('button', { name: 'test:sign-out' }));
  const form = await screen.findByRole('form', { name: '登录' });
  fireEvent.change(within(form).getByLabelText('用户名'), { target: { value: user.username } });
  fireEvent.change(within(form).getByLabelText('密码'), { target: { value: user.password } });
  fireEvent.click(within(form).getByRole('button', { name: '登录' }));
  await screen.findByRole('button', { name: 'test:sign-out' });
}

// Without a router of its own the gate routes on the path (wouter's default), as the app does on the hash.
describe('the page the next person at the desk starts on', { timeout: 60_000 }, () => {
  it('is the first page for somebody else, not the page the previous user left (the audit log, a case)', async () => {
    await renderWithStore(<SignOut />);
    window.history.replaceState(null, '', '/settings/audit-log');
    await handTheDeskTo(ADMIN);
    expect(window.location.pathname).toBe('/');
  });

  it('is where they were for the same user signing in again', async () => {
    await renderWithStore(<SignOut />);
    window.history.replaceState(null, '', '/cases/c-1');
    await handTheDeskTo(AGENT);
    expect(window.location.pathname).toBe('/cases/c-1');
  });
});

import { notifications } from '@mantine/notifications';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAuth } from '../../../../../../src-renderer/ui/features/auth/AuthGate';
import { AGENT, renderWithStore, teardown } from '../../render';

afterEach(teardown);

function SignOut() {
  const { signOut } = useAuth();
  return (
    <button type="button" onClick={() => void signOut()}>
      退出登录
    </button>
  );
}

/** An alert notice as the platform shows one in the page: a customer named, with 确认. */
function showNotice(id: string) {
  act(() => {
    notifications.show({ id, title: '投诉已超时', message: <button type="button">确认 {id}</button>, autoClose: false });
  });
}

describe('the sign-in page and the alert notices of whoever is still the desk user', () => {
  it('keeps a notice arriving at the sign-in page under it, out of reach; signed in, notices are reachable again', async () => {
    await renderWithStore(<SignOut />);
    showNotice('while-in');
    const before = await screen.findByRole('button', { name: '确认 while-in' });
    expect(before.closest('[inert]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '退出登录' }));
    await screen.findByRole('button', { name: '登录' });
    // A tab closed without signing out leaves its user the desk user: their alerts still come, and name customers.
    showNotice('at-sign-in');
    const notice = await screen.findByText('确认 at-sign-in');
    expect(notice.closest('[inert]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: '确认 at-sign-in' })).toBeNull();
    // Under the cover: the sign-in page is drawn above everything, notices included.
    expect(screen.getByRole('button', { name: '登录' }).closest('[data-auth-cover]')).not.toBeNull();
    // Signed in again, the notices are there and reachable.
    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: AGENT.username } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: AGENT.password } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('button', { name: '确认 at-sign-in' })).toBeTruthy();
    expect(notice.closest('[inert]')).toBeNull();
  });
});

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENT, renderWithStore, teardown } from '../../render';
import { SignOut } from './signInAs';

afterEach(teardown);

/** The sign-in page, after the agent the tests start with signed out. */
async function signInPage(): Promise<HTMLElement> {
  await renderWithStore(<SignOut />);
  fireEvent.click(await screen.findByRole('button', { name: 'test:sign-out' }));
  return screen.findByRole('form', { name: '登录' });
}

/** Types and submits as a person does (focus on the button when it is clicked), and returns the refusal shown. */
async function attempt(form: HTMLElement, username: string, password: string): Promise<string> {
  fireEvent.change(within(form).getByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(within(form).getByLabelText('密码'), { target: { value: password } });
  const button = within(form).getByRole('button', { name: '登录' });
  button.focus();
  fireEvent.click(button);
  // The refusal of this attempt: the password field is emptied once it arrived.
  await waitFor(() => expect((within(form).getByLabelText('密码') as HTMLInputElement).value).toBe(''));
  return within(form).getByRole('alert').textContent ?? '';
}

describe('sign-in page (登录)', { timeout: 60_000 }, () => {
  it('is a page of its own for assistive technology: a main landmark holding the form, the app’s name as its first heading', async () => {
    const form = await signInPage();
    expect(screen.getByRole('main').contains(form)).toBe(true);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('投诉处理台');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('登录');
  });

  it('takes the previous user’s notices off the screen when they sign out', async () => {
    await renderWithStore(<SignOut />);
    act(() => notifications.show({ message: '已确认，不再重复提醒。' }));
    expect(await screen.findByText('已确认，不再重复提醒。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'test:sign-out' }));
    await screen.findByRole('form', { name: '登录' });
    await waitFor(() => expect(screen.queryByText('已确认，不再重复提醒。')).toBeNull());
  });

  it('puts the focus back in the emptied password field after a refusal', async () => {
    const form = await signInPage();
    await attempt(form, AGENT.username, 'Wrong2026no');
    const password = within(form).getByLabelText('密码');
    await waitFor(() => expect(document.activeElement).toBe(password));
    // And it stays there: the refusal's message takes only focus that was lost (for ten frames after it).
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(document.activeElement).toBe(password);
  });

  it('warns how many tries are left once few are, then says how the locked account is unlocked', async () => {
    const form = await signInPage();
    expect(await attempt(form, AGENT.username, 'Wrong2026no')).toBe('用户名或密码不正确。');
    expect(await attempt(form, AGENT.username, 'Wrong2026no')).toBe('用户名或密码不正确。还可尝试 3 次，之后账户将锁定 15 分钟。');
    expect(await attempt(form, AGENT.username, 'Wrong2026no')).toContain('还可尝试 2 次');
    expect(await attempt(form, AGENT.username, 'Wrong2026no')).toContain('还可尝试 1 次');
    const locked = await attempt(form, AGENT.username, 'Wrong2026no');
    expect(locked).toContain('账户已锁定，请 15 分钟后再试');
    expect(locked).toContain('管理员可通过重置密码立即解锁');
  });

  it('answers an unknown user name as it answers an account’s wrong password, so it tells nobody which names exist', async () => {
    const form = await signInPage();
    const answers = async (username: string) => {
      const said: string[] = [];
      for (let i = 0; i < 5; i += 1) said.push(await attempt(form, username, 'Wrong2026no'));
      return said;
    };
    const known = await answers(AGENT.username);
    expect(known[1]).toBe('用户名或密码不正确。还可尝试 3 次，之后账户将锁定 15 分钟。');
    expect(await answers('nobody')).toEqual(known);
  });
});

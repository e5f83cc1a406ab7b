import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { USERS_REREAD_MS, UsersTab } from '../../../../../../../src-renderer/ui/features/settings/users/UsersTab';
import { ADMIN, AGENT, registerCase, renderWithStore, teardown, type Rendered } from '../../../render';

afterEach(teardown);

async function asAdmin(): Promise<Rendered> {
  const rendered = await renderWithStore(<UsersTab />);
  await rendered.store.send('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  // Signing in is no change the open views hear of; a saved setting is, so the tab reads the accounts again, as the admin.
  await rendered.store.send('settings.update', { key: 'centreName', value: '华东客服中心' });
  return rendered;
}

const agentRow = () => screen.findByText(AGENT.username).then((cell) => cell.closest('tr')!);
const stored = (rendered: Rendered) => rendered.host.db.users.get(rendered.actor.id);

async function editAgent(): Promise<HTMLElement> {
  fireEvent.click(within(await agentRow()).getByRole('button', { name: '编辑' }));
  return screen.findByRole('form', { name: `编辑用户 ${AGENT.username}` });
}

async function chooseRole(form: HTMLElement, role: string): Promise<void> {
  fireEvent.click(within(form).getByRole('combobox', { name: /角色/ }));
  fireEvent.click(await screen.findByRole('option', { name: role, hidden: true }));
}

describe('users dialogs ask for the admin’s password before destructive changes', { timeout: 60_000 }, () => {
  it('confirms a role change with the password; a wrong one changes nothing and loses nothing typed', async () => {
    const rendered = await asAdmin();
    const form = await editAgent();
    fireEvent.change(within(form).getByLabelText(/姓名/), { target: { value: '王晓明' } });
    await chooseRole(form, '客服主管');
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));

    const confirm = await screen.findByRole('form', { name: `确认修改 ${AGENT.name} 的角色` });
    expect(confirm.textContent).toContain(`${AGENT.name} 的角色将由“客服专员”改为“客服主管”`);
    const password = within(confirm).getByLabelText(/您的登录密码/);
    fireEvent.change(password, { target: { value: 'Wrong2026no' } });
    fireEvent.click(within(confirm).getByRole('button', { name: '确认修改' }));
    await within(confirm).findByText(/^当前密码不正确。还可尝试 4 次/);
    expect(await stored(rendered)).toMatchObject({ role: 'agent', name: AGENT.name });

    fireEvent.change(password, { target: { value: ADMIN.password } });
    fireEvent.click(within(confirm).getByRole('button', { name: '确认修改' }));
    await screen.findByText(`已保存用户 ${AGENT.username}`);
    expect(await stored(rendered)).toMatchObject({ role: 'supervisor', name: '王晓明' });
    await waitFor(() => expect(screen.queryByRole('form', { name: `编辑用户 ${AGENT.username}` })).toBeNull());
    // The agent's sessions ended with the new role.
    expect(await rendered.host.db.sessions.where('userId').equals(rendered.actor.id).count()).toBe(0);
  });

  it('cancelling the confirmation returns to the edit dialog with the new values still in it', async () => {
    const rendered = await asAdmin();
    const form = await editAgent();
    fireEvent.click(within(form).getByRole('switch', { name: '启用此账户' }));
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    const confirm = await screen.findByRole('form', { name: `确认停用 ${AGENT.name}` });
    fireEvent.click(within(confirm).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: `确认停用 ${AGENT.name}` })).toBeNull());
    expect((within(form).getByRole('switch', { name: '启用此账户' }) as HTMLInputElement).checked).toBe(false);
    expect((await stored(rendered))?.active).toBe(1);
  });

  it('says, before a deactivation, how many open complaints stay with the colleague', async () => {
    const rendered = await renderWithStore(<UsersTab />, {
      seed: async (_host, send) => {
        await registerCase(send);
        await registerCase(send, { customerName: '钱二' });
      },
    });
    await rendered.store.send('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    await rendered.store.send('settings.update', { key: 'centreName', value: '华东客服中心' });
    const form = await editAgent();
    fireEvent.click(within(form).getByRole('switch', { name: '启用此账户' }));
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    const confirm = await screen.findByRole('form', { name: `确认停用 ${AGENT.name}` });
    expect(within(confirm).getByRole('alert').textContent).toBe(
      `${AGENT.name} 还负责 2 宗未结投诉，改动后它们仍由 TA 负责，到期提醒也仍发给 TA。如需他人接手，请先在跟踪表中按负责人筛选并重新分配。`,
    );
  });

  it('saves a new name without asking for a password', async () => {
    const rendered = await asAdmin();
    const form = await editAgent();
    fireEvent.change(within(form).getByLabelText(/姓名/), { target: { value: '王晓明' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await screen.findByText(`已保存用户 ${AGENT.username}`);
    expect(screen.queryByLabelText(/您的登录密码/)).toBeNull();
    // The notice of an earlier test's save may still be on screen: wait for the store itself.
    await waitFor(async () => expect((await stored(rendered))?.name).toBe('王晓明'));
  });

  it('confirms a password reset with the admin’s own password', async () => {
    const rendered = await asAdmin();
    const before = (await stored(rendered))!.password;
    fireEvent.click(within(await agentRow()).getByRole('button', { name: '重置密码' }));
    const form = await screen.findByRole('form', { name: `重置 ${AGENT.name} 的密码` });
    fireEvent.change(within(form).getByLabelText(/新密码/), { target: { value: 'Fresh2027go' } });
    fireEvent.change(within(form).getByLabelText(/再次输入密码/), { target: { value: 'Fresh2027go' } });
    fireEvent.click(within(form).getByRole('button', { name: '重置密码' }));
    const confirm = await screen.findByRole('form', { name: `确认重置 ${AGENT.name} 的密码` });
    fireEvent.change(within(confirm).getByLabelText(/您的登录密码/), { target: { value: ADMIN.password } });
    fireEvent.click(within(confirm).getByRole('button', { name: '重置密码' }));
    await screen.findByText(`已重置 ${AGENT.name} 的密码`);
    expect((await stored(rendered))!.password).not.toEqual(before);
  });
});

describe('the users table', { timeout: 60_000 }, () => {
  afterEach(() => vi.useRealTimers());

  it('follows a lock-out made elsewhere, and its end, while the tab stays open', async () => {
    // Timers and Date are fake but still move with real time, so the store's answers and waitFor work as usual.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval', 'Date'] });
    const rendered = await asAdmin();
    const lockedCell = async () => (await agentRow()).querySelectorAll('td')[5]!;
    await waitFor(async () => expect((await lockedCell()).textContent).toBe('—'));

    // Five wrong passwords at the sign-in page of another window.
    for (let i = 0; i < 5; i += 1) {
      await rendered.host.dispatcher.dispatch('auth.signIn', { username: AGENT.username, password: 'Wrong2026no' }, { actor: null, token: null });
    }
    await act(() => vi.advanceTimersByTime(USERS_REREAD_MS));
    await waitFor(async () => expect((await lockedCell()).textContent).toBe('已锁定'));

    // Fifteen minutes later the lock is over by itself.
    await act(() => vi.advanceTimersByTime(15 * 60_000));
    await waitFor(async () => expect((await lockedCell()).textContent).toBe('—'));
  });

  it('keeps the 启用/停用 and 已锁定 badges as wide as their words, and lets a narrow table scroll instead of squeezing them', async () => {
    await asAdmin();
    const row = await agentRow();
    const badge = within(row).getByText('启用').closest<HTMLElement>('.mantine-Badge-root')!;
    expect(badge.style.minWidth).toBe('max-content');
    expect(row.closest('.mantine-Table-scrollContainer, .mantine-TableScrollContainer-scrollContainer')).not.toBeNull();
  });
});

describe('new user dialog (新建用户)', { timeout: 60_000 }, () => {
  it('flags every missing field at the first empty submit, the initial password too, and moves the focus to the first', async () => {
    const rendered = await asAdmin();
    const before = await rendered.host.db.users.count();
    fireEvent.click(screen.getByRole('button', { name: '新建用户' }));
    const form = await screen.findByRole('form', { name: '新建用户' });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));

    const password = within(form).getByLabelText(/初始密码/);
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    expect(password.closest('.mantine-PasswordInput-root')?.textContent).toContain('此项为必填项。');
    const username = within(form).getByLabelText(/用户名/);
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByLabelText(/姓名/).getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(username));

    // A weak password is named by its rule, before anything is sent.
    fireEvent.change(username, { target: { value: 'zhaoliu' } });
    fireEvent.change(password, { target: { value: 'zhaoliu2026' } });
    fireEvent.change(within(form).getByLabelText(/再次输入密码/), { target: { value: 'zhaoliu2026' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(password.closest('.mantine-PasswordInput-root')?.textContent).toContain('密码不能包含用户名。'));
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText(/姓名/)));
    expect(await rendered.host.db.users.count()).toBe(before);
  });
});

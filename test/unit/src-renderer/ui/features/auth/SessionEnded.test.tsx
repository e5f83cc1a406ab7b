import { Modal } from '@mantine/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import { useStoreQuery } from '../../../../../../src-renderer/ui/data/hooks';
import { useAuth } from '../../../../../../src-renderer/ui/features/auth/AuthGate';
import { ADMIN, AGENT, renderWithStore, teardown, type Rendered } from '../../render';

afterEach(teardown);

/**
 * What the agent works in: a half-filled field and an open dialog (a portal on the body), the role
 * the gate holds with what it allows, and a query that runs again on every change.
 */
function Desk() {
  const { actor, can } = useAuth();
  const settings = useStoreQuery('settings.get', {}, 'settings');
  return (
    <div>
      <input aria-label="客户姓名" />
      <span data-testid="who">{`${actor.username}:${actor.role}:${can('cases.register') ? 'may-register' : 'refused'}`}</span>
      <span data-testid="centre">{settings.data?.centreName}</span>
      <Modal opened onClose={() => undefined} title="记录处理进度">
        <textarea aria-label="处理进度" />
      </Modal>
    </div>
  );
}

/** The administrator in another window, having entered the password again (role changes, deactivation and resets need it). */
async function admin(rendered: Rendered): Promise<Session> {
  const session: Session = { actor: null, token: null };
  for (const [name, args] of [
    ['auth.signIn', { username: ADMIN.username, password: ADMIN.password }],
    ['auth.confirm', { password: ADMIN.password }],
  ] as const) {
    const result = await rendered.host.dispatcher.dispatch(name, args, session);
    expect(result.ok).toBe(true);
  }
  return session;
}

async function saveAgent(rendered: Rendered, changes: Record<string, unknown>): Promise<void> {
  const { username, name, role, department } = AGENT;
  const result = await rendered.host.dispatcher.dispatch(
    'users.save',
    { id: rendered.actor.id, username, name, role, department, active: true, ...changes },
    await admin(rendered),
  );
  expect(result.ok).toBe(true);
}

/** The agent's desk, with work typed in the field and the dialog. */
async function deskWithWork(): Promise<Rendered> {
  const rendered = await renderWithStore(<Desk />);
  await waitFor(() => expect(screen.getByTestId('who').textContent).toBe(`${AGENT.username}:agent:may-register`));
  fireEvent.change(screen.getByRole('textbox', { name: '客户姓名' }), { target: { value: '王女士，快递丢件' } });
  fireEvent.change(await screen.findByRole('textbox', { name: '处理进度' }), { target: { value: '已联系仓库' } });
  return rendered;
}

const signInForm = () => screen.findByRole('form', { name: '登录' });

async function signIn(form: HTMLElement, username: string, password: string): Promise<void> {
  fireEvent.change(within(form).getByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(within(form).getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(within(form).getByRole('button', { name: '登录' }));
}

describe('a session the administrator ends under the app', { timeout: 60_000 }, () => {
  it('shows the sign-in with the new role over the kept app; the same user signing in again finds the work typed, under the new permissions', async () => {
    const rendered = await deskWithWork();
    await saveAgent(rendered, { role: 'legal' });

    const form = await signInForm();
    await within(form).findByText('管理员已将您的角色改为“法务”，请重新登录。');
    expect(form.textContent).toContain('未保存的内容仍在');
    // The app is out of sight and out of reach meanwhile, its dialog too; the user name is filled in.
    expect(screen.queryByRole('textbox', { name: '客户姓名' })).toBeNull();
    expect(document.querySelector('textarea[aria-label="处理进度"]')?.closest('[inert]')).not.toBeNull();
    expect((within(form).getByLabelText('用户名') as HTMLInputElement).value).toBe(AGENT.username);
    expect(document.activeElement).toBe(within(form).getByLabelText('密码'));

    // While signed out, the centre's name changes: the kept app asks again once signed in.
    await rendered.host.dispatcher.dispatch('settings.update', { key: 'centreName', value: '华东客服中心' }, await admin(rendered));
    await signIn(form, AGENT.username, AGENT.password);
    await waitFor(() => expect(screen.queryByRole('form', { name: '登录' })).toBeNull());
    expect(screen.getByRole('textbox', { name: '客户姓名' })).toHaveProperty('value', '王女士，快递丢件');
    expect(screen.getByRole('textbox', { name: '处理进度' })).toHaveProperty('value', '已联系仓库');
    expect(screen.getByTestId('who').textContent).toBe(`${AGENT.username}:legal:refused`);
    await waitFor(() => expect(screen.getByTestId('centre').textContent).toBe('华东客服中心'));
  });

  it('after a password reset, shows nothing of the previous user’s work to someone else who signs in', async () => {
    const rendered = await deskWithWork();
    const reset = await rendered.host.dispatcher.dispatch('users.resetPassword', { id: rendered.actor.id, password: 'Fresh2027go' }, await admin(rendered));
    expect(reset.ok).toBe(true);

    const form = await signInForm();
    await within(form).findByText('管理员已重置您的密码，请向管理员索取新密码后重新登录。');
    await signIn(form, ADMIN.username, ADMIN.password);
    await waitFor(() => expect(screen.getByTestId('who').textContent).toBe('admin:admin:refused'));
    expect(screen.getByRole('textbox', { name: '客户姓名' })).toHaveProperty('value', '');
    expect(screen.getByRole('textbox', { name: '处理进度' })).toHaveProperty('value', '');
    expect(document.body.textContent).not.toContain('王女士');
  });

  it('tells a deactivated user so, on the notice and when they try to sign in again', async () => {
    const rendered = await deskWithWork();
    await saveAgent(rendered, { active: false });

    const form = await signInForm();
    await within(form).findByText(/管理员已停用您的账户/);
    expect(form.textContent).not.toContain('未保存的内容仍在');
    await signIn(form, AGENT.username, AGENT.password);
    await within(form).findByText('此账户已被管理员停用，不能登录。如有疑问，请联系管理员。');
  });

  it('in English too', async () => {
    const rendered = await renderWithStore(<Desk />, { language: 'en' });
    await waitFor(() => expect(screen.getByTestId('who').textContent).toBe(`${AGENT.username}:agent:may-register`));
    await saveAgent(rendered, { role: 'supervisor' });
    const form = await screen.findByRole('form', { name: 'Sign in' });
    await within(form).findByText('An administrator has changed your role to “Supervisor”. Please sign in again.');
  });

  it('shows a new name or department the administrator gave the signed-in user at once, keeping the session and the work typed', async () => {
    function Who() {
      const { actor } = useAuth();
      return <span data-testid="person">{`${actor.name}·${actor.department}`}</span>;
    }
    const rendered = await renderWithStore(
      <>
        <Who />
        <input aria-label="客户姓名" />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('person').textContent).toBe(`${AGENT.name}·${AGENT.department}`));
    fireEvent.change(screen.getByRole('textbox', { name: '客户姓名' }), { target: { value: '王女士' } });
    await saveAgent(rendered, { name: '客服王芳', department: '售后服务部' });
    await waitFor(() => expect(screen.getByTestId('person').textContent).toBe('客服王芳·售后服务部'));
    expect((screen.getByRole('textbox', { name: '客户姓名' }) as HTMLInputElement).value).toBe('王女士');
  });
});

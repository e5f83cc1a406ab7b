import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreError } from '../../../../../../src-renderer/ui/data/store-client';
import { ConfirmPasswordModal } from '../../../../../../src-renderer/ui/features/auth/confirm/ConfirmPasswordModal';
import { AGENT, renderWithStore, teardown } from '../../render';

afterEach(teardown);

function setup() {
  const action = vi.fn(async () => 'restored');
  const onDone = vi.fn();
  const onClose = vi.fn();
  const ui = (
    <ConfirmPasswordModal title="恢复备份" message="当前数据将被备份中的数据替换。" submitLabel="恢复" action={action} onDone={onDone} onClose={onClose} />
  );
  return { ui, action, onDone, onClose };
}

const dialog = () => screen.findByRole('form', { name: '恢复备份' });

describe('ConfirmPasswordModal (再次输入密码)', { timeout: 60_000 }, () => {
  it('shows a wrong password’s error under the field and does not run the action', async () => {
    const { ui, action, onDone } = setup();
    await renderWithStore(ui);
    const form = await dialog();
    expect(form.textContent).toContain('当前数据将被备份中的数据替换。');
    const password = within(form).getByLabelText(/您的登录密码/);
    fireEvent.change(password, { target: { value: 'Wrong2026no' } });
    fireEvent.click(within(form).getByRole('button', { name: '恢复' }));
    await waitFor(() => expect(password.closest('.mantine-PasswordInput-root')?.textContent).toContain('当前密码不正确。还可尝试 4 次'));
    expect(action).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
    // What was typed stays, to be corrected.
    expect((password as HTMLInputElement).value).toBe('Wrong2026no');
  });

  it('runs the action once with the right password and hands over its result', async () => {
    const { ui, action, onDone } = setup();
    await renderWithStore(ui);
    const form = await dialog();
    fireEvent.change(within(form).getByLabelText(/您的登录密码/), { target: { value: AGENT.password } });
    fireEvent.click(within(form).getByRole('button', { name: '恢复' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('restored'));
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('keeps a refusal of the action itself in the dialog, in the user’s language', async () => {
    const onDone = vi.fn();
    const failing = vi.fn(async () => {
      throw new StoreError({ code: 'auth.forbidden', params: { permission: 'backup.restore', role: 'agent' } });
    });
    await renderWithStore(<ConfirmPasswordModal title="恢复备份" message="…" submitLabel="恢复" action={failing} onDone={onDone} onClose={() => undefined} />);
    const form = await dialog();
    fireEvent.change(within(form).getByLabelText(/您的登录密码/), { target: { value: AGENT.password } });
    fireEvent.click(within(form).getByRole('button', { name: '恢复' }));
    await within(form).findByText('您的角色（客服专员）无权执行“恢复备份”。');
    expect(failing).toHaveBeenCalledTimes(1);
    expect(onDone).not.toHaveBeenCalled();
  });
});

import { getDefaultZIndex, Modal } from '@mantine/core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { useStoreQuery } from '../../../../../../src-renderer/ui/data/hooks';
import { ConfirmPasswordModal } from '../../../../../../src-renderer/ui/features/auth/confirm/ConfirmPasswordModal';
import { ADMIN, AGENT, renderWithStore, teardown, type Rendered } from '../../render';

const MINUTE = 60_000;

/**
 * What the app shows while unlocked: secret text, a button to focus, and queries that re-run on every
 * change. It shows `loaded` once the settings arrived (asked after the idle lock asked for them).
 */
function Desk() {
  const cases = useStoreQuery('cases.list', {}, 'cases');
  const settings = useStoreQuery('settings.get', {}, 'settings');
  return (
    <div>
      <p>投诉人张三的电话 13812345678</p>
      <input aria-label="客户姓名" />
      <button type="button">登记投诉</button>
      <span data-testid="cases">{cases.data && settings.data ? 'loaded' : 'waiting'}</span>
      <span data-testid="centre">{settings.data?.centreName}</span>
    </div>
  );
}

/** The desk with a dialog open, as an agent recording progress (Mantine renders it in a portal on the body). */
function DeskWithDialog() {
  return (
    <>
      <Desk />
      <Modal opened onClose={() => undefined} title="记录处理进度">
        <textarea aria-label="处理进度" />
      </Modal>
    </>
  );
}

const lockForm = () => screen.findByRole('form', { name: '屏幕已锁定' });
/** Whether the app's text is out of sight and out of reach: not rendered, or inside the hidden, inert app under the lock screen. */
const hidden = (text: RegExp) => {
  const found = screen.queryByText(text);
  return found === null || (found.closest('[inert]') !== null && found.closest<HTMLElement>('[data-app-content]')?.style.display === 'none');
};

/** When the agent's session row was locked (undefined while unlocked). */
const isLocked = async (rendered: Rendered) => (await rendered.host.db.sessions.where('userId').equals(rendered.actor.id).first())?.lockedAt;

/** Moves the fake clock (timers and Date) inside act, so React sees what the timers did. */
const pass = (ms: number) => act(() => vi.advanceTimersByTime(ms));

async function adminSession(rendered: Rendered): Promise<Session> {
  const session: Session = { actor: null, token: null };
  const result = await rendered.host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, session);
  expect(result.ok).toBe(true);
  return session;
}

beforeEach(() => {
  // Timers and Date are fake but still move with real time, so the store's answers and waitFor work as usual.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(async () => {
  await teardown();
  vi.useRealTimers();
});

describe('idle lock (锁屏)', { timeout: 60_000 }, () => {
  it('locks after 15 minutes without input, hiding the app entirely, and unlocks with the password only', async () => {
    const rendered = await renderWithStore(<Desk />);
    await waitFor(() => expect(screen.getByTestId('cases').textContent).toBe('loaded'));

    // Input resets the count: 14 minutes, a key press, 14 more — still open.
    await pass(14 * MINUTE);
    fireEvent.keyDown(window, { key: 'a' });
    await pass(14 * MINUTE);
    expect(screen.getByText('投诉人张三的电话 13812345678')).toBeTruthy();

    await pass(1 * MINUTE + 1000);
    const form = await lockForm();
    // The lock screen lies above everything on the page, the in-app notices of deadline alerts too.
    const overlay = form.closest<HTMLElement>('[data-auth-cover]')!;
    expect(Number(overlay.style.zIndex)).toBeGreaterThan(getDefaultZIndex('overlay'));
    expect(overlay.style.position || getComputedStyle(overlay).position).toBe('fixed');
    // Nothing of the app is left in sight or within reach of the keyboard.
    expect(hidden(/13812345678/)).toBe(true);
    expect(screen.queryByRole('button', { name: '登记投诉' })).toBeNull();
    expect(form.ownerDocument.body.textContent).toContain(`${AGENT.name}（客服专员）`);
    await waitFor(async () => expect(await isLocked(rendered)).toBeGreaterThan(0));
    // The store host refuses this session's calls meanwhile.
    expect((await rendered.asAgent('cases.list', {})).ok).toBe(false);

    const password = screen.getByLabelText('密码');
    fireEvent.change(password, { target: { value: 'Wrong2026no' } });
    const unlock = screen.getByRole('button', { name: '解锁' });
    unlock.focus();
    fireEvent.click(unlock);
    // The reason stands under the field itself, with the tries left, and focus is back in it.
    await waitFor(() => expect(password.closest('.mantine-PasswordInput-root')?.textContent).toContain('密码不正确。还可尝试 4 次，之后账户将锁定 15 分钟。'));
    await waitFor(() => expect(document.activeElement).toBe(password));
    expect(hidden(/13812345678/)).toBe(true);

    fireEvent.change(password, { target: { value: AGENT.password } });
    fireEvent.click(screen.getByRole('button', { name: '解锁' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: '屏幕已锁定' })).toBeNull());
    expect(hidden(/13812345678/)).toBe(false);
    expect(await isLocked(rendered)).toBeUndefined();
    expect((await rendered.asAgent('cases.list', {})).ok).toBe(true);
  });

  it('waits as long as the settings say', async () => {
    await renderWithStore(<Desk />, {
      seed: async (host) => {
        const admin: Session = { actor: null, token: null };
        await host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
        const saved = await host.dispatcher.dispatch('settings.update', { key: 'security', value: { idleLockMinutes: 3 } }, admin);
        expect(saved.ok).toBe(true);
      },
    });
    await waitFor(() => expect(screen.getByTestId('cases').textContent).toBe('loaded'));
    await pass(2 * MINUTE);
    expect(screen.queryByRole('form', { name: '屏幕已锁定' })).toBeNull();
    await pass(1 * MINUTE + 1000);
    await lockForm();
  });

  it('shows the lock screen when another window of the session locked it', async () => {
    const rendered = await renderWithStore(<Desk />);
    await waitFor(() => expect(screen.getByTestId('cases').textContent).toBe('loaded'));
    expect((await rendered.asAgent('auth.lock', {})).ok).toBe(true);
    // Any change makes the list ask again; the refusal brings up the lock screen here too.
    await rendered.host.dispatcher.dispatch('settings.update', { key: 'centreName', value: '华东客服中心' }, await adminSession(rendered));
    await lockForm();
    expect(hidden(/13812345678/)).toBe(true);
  });

  it('keeps what was typed under the lock screen, and the app asks the store again once unlocked', async () => {
    const rendered = await renderWithStore(<Desk />);
    await waitFor(() => expect(screen.getByTestId('cases').textContent).toBe('loaded'));
    fireEvent.change(screen.getByRole('textbox', { name: '客户姓名' }), { target: { value: '锁屏前填写的王女士' } });
    expect((await rendered.asAgent('auth.lock', {})).ok).toBe(true);
    // While locked, a change makes the app ask; the refusal shows the lock screen and is asked again after unlocking.
    await rendered.host.dispatcher.dispatch('settings.update', { key: 'centreName', value: '华东客服中心' }, await adminSession(rendered));
    await lockForm();
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: AGENT.password } });
    fireEvent.click(screen.getByRole('button', { name: '解锁' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: '屏幕已锁定' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('textbox', { name: '客户姓名' })).toHaveProperty('value', '锁屏前填写的王女士'));
    // The new centre name was refused while locked; asked again, it shows.
    await waitFor(() => expect(screen.getByTestId('centre').textContent).toBe('华东客服中心'));
    expect(hidden(/13812345678/)).toBe(false);
  });

  it('keeps an open dialog under the lock screen out of reach, and there as it was after unlocking', async () => {
    const rendered = await renderWithStore(<DeskWithDialog />);
    await waitFor(() => expect(screen.getByTestId('cases').textContent).toBe('loaded'));
    fireEvent.change(await screen.findByRole('textbox', { name: '处理进度' }), { target: { value: '已联系仓库' } });
    expect((await rendered.asAgent('auth.lock', {})).ok).toBe(true);
    await rendered.host.dispatcher.dispatch('settings.update', { key: 'centreName', value: '华东客服中心' }, await adminSession(rendered));
    await lockForm();
    // The dialog is a portal beside the app: inert and hidden from screen readers too while locked.
    await waitFor(() => expect(screen.queryByRole('textbox', { name: '处理进度' })).toBeNull());
    const field = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="处理进度"]')!;
    expect(field.closest('[inert]')).not.toBeNull();
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: AGENT.password } });
    fireEvent.click(screen.getByRole('button', { name: '解锁' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: '屏幕已锁定' })).toBeNull());
    expect(screen.getByRole('textbox', { name: '处理进度' })).toHaveProperty('value', '已联系仓库');
    expect(field.closest('[inert]')).toBeNull();
  });

  it('comes back locked after a reload, and 切换用户 signs out to the sign-in page', async () => {
    const rendered = await renderWithStore(<Desk />, { seed: async (_host, asAgent) => void (await asAgent('auth.lock', {})) });
    await lockForm();
    expect(hidden(/13812345678/)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '切换用户' }));
    await screen.findByRole('form', { name: '登录' });
    expect(await rendered.host.db.sessions.where('userId').equals(rendered.actor.id).count()).toBe(0);
  });

  it('says the account is locked out, and until when, after too many wrong passwords typed again (恢复此备份…)', async () => {
    const restore = vi.fn(async () => 'restored');
    const rendered = await renderWithStore(
      <>
        <Desk />
        <ConfirmPasswordModal title="恢复备份" message="当前数据将被备份中的数据替换。" submitLabel="恢复" action={restore} onDone={() => undefined} onClose={() => undefined} />
      </>,
    );
    const dialog = await screen.findByRole('form', { name: '恢复备份' });
    for (let left = 4; left >= 1; left -= 1) {
      const password = within(dialog).getByLabelText(/您的登录密码/);
      fireEvent.change(password, { target: { value: `Wrong2026no${left}` } });
      fireEvent.click(within(dialog).getByRole('button', { name: '恢复' }));
      await waitFor(() => expect(password.closest('.mantine-PasswordInput-root')?.textContent).toContain(`还可尝试 ${left} 次`));
    }
    fireEvent.change(within(dialog).getByLabelText(/您的登录密码/), { target: { value: 'Wrong2026no0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '恢复' }));

    const form = await lockForm();
    const { lockedUntil } = (await rendered.host.db.users.get(rendered.actor.id))!;
    const lockedOut = `${AGENT.name}（客服专员），连续输错密码次数过多，账户已锁定至 ${formatDateTime(lockedUntil)}（约 15 分钟后解除），在此之前不能解锁。`;
    await waitFor(() => expect(form.textContent).toContain(lockedOut));
    // Not the idle lock's words: nobody was away from the desk.
    expect(form.textContent).not.toContain('长时间未操作');
    expect(restore).not.toHaveBeenCalled();

    // Once the lock-out is over, the screen says so, and the password unlocks it.
    await pass(15 * MINUTE + 2000);
    await waitFor(() => expect(form.textContent).toContain('因连续输错密码次数过多，账户曾被锁定，屏幕随之锁定。账户锁定现已解除'));
    fireEvent.change(within(form).getByLabelText('密码'), { target: { value: AGENT.password } });
    fireEvent.click(within(form).getByRole('button', { name: '解锁' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: '屏幕已锁定' })).toBeNull());
  });

  it('comes back after a reload still saying the account is locked out', async () => {
    await renderWithStore(<Desk />, {
      seed: async (_host, asAgent) => {
        for (let i = 0; i < 5; i += 1) await asAgent('auth.confirm', { password: 'Wrong2026no' });
      },
    });
    const form = await lockForm();
    await waitFor(() => expect(form.textContent).toContain('连续输错密码次数过多，账户已锁定至'));
    expect(form.textContent).not.toContain('长时间未操作');
  });

  it('in English too', async () => {
    await renderWithStore(<Desk />, {
      language: 'en',
      seed: async (_host, asAgent) => {
        for (let i = 0; i < 5; i += 1) await asAgent('auth.confirm', { password: 'Wrong2026no' });
      },
    });
    const form = await screen.findByRole('form', { name: 'Screen locked' });
    await waitFor(() => expect(form.textContent).toContain(`${AGENT.name} (Agent): too many wrong passwords, so the account is locked until`));
    expect(form.textContent).toContain('(about 15 minutes from now)');
  });
});

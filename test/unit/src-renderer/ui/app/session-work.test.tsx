import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Shell } from '../../../../../src-renderer/ui/app/Shell';
import { useAuth } from '../../../../../src-renderer/ui/features/auth/AuthGate';
import { useWorkInFlight } from '../../../../../src-renderer/ui/components/unsaved';
import { AGENT, renderWithStore, teardown } from '../render';
import { refusesUnload } from '../refusesUnload';

afterEach(async () => {
  await teardown();
  window.location.hash = '';
});

/** The shell's lock as the idle timer calls it, without waiting 15 idle minutes. */
function LockNow() {
  const { lock } = useAuth();
  return (
    <button type="button" onClick={() => lock()}>
      test:lock
    </button>
  );
}

async function openIntake() {
  window.location.hash = '#/intake';
  const rendered = await renderWithStore(
    <Router hook={useHashLocation}>
      <LockNow />
      <Shell />
    </Router>,
  );
  await screen.findByRole('form', { name: '客户投诉登记' });
  return rendered;
}

const nav = () => within(screen.getByRole('navigation', { name: '主导航' }));
const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
const type = (label: RegExp, value: string) => fireEvent.change(field(label), { target: { value } });

async function openUserMenu(item: '退出登录' | '切换用户' | RegExp) {
  fireEvent.click(screen.getByRole('button', { name: new RegExp(`^当前用户 ${AGENT.name}`) }));
  fireEvent.click(await screen.findByRole('menuitem', { name: item }));
}

/** 锁定屏幕 from the user menu, as an agent stepping away does: the lock screen says so, not 长时间未操作. */
async function lockFromMenu() {
  await openUserMenu(/^锁定屏幕/);
  const lock = await screen.findByRole('form', { name: '屏幕已锁定' });
  await waitFor(() => expect(lock.textContent).toContain(`${AGENT.name}（客服专员），屏幕已锁定。请输入密码继续工作。`));
  expect(lock.textContent).not.toContain('长时间未操作');
  return lock;
}

async function signBackIn() {
  const form = await screen.findByRole('form', { name: '登录' });
  fireEvent.change(within(form).getByLabelText('用户名'), { target: { value: AGENT.username } });
  fireEvent.change(within(form).getByLabelText('密码'), { target: { value: AGENT.password } });
  fireEvent.click(within(form).getByRole('button', { name: '登录' }));
}

describe('a registration half typed (the session’s unsaved work)', { timeout: 60_000 }, () => {
  it('is there again after looking something up on another page, and counted as changed', async () => {
    await openIntake();
    type(/客户姓名/, '李雷');
    type(/投诉内容/, '空调安装后漏水，师傅一直没来。');
    fireEvent.click(nav().getByRole('link', { name: '跟踪' }));
    // Kept, not lost: leaving the page does not ask.
    await waitFor(() => expect(window.location.hash).toBe('#/tracking'));
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(nav().getByRole('link', { name: '登记' }));
    await screen.findByRole('form', { name: '客户投诉登记' });
    expect(field(/客户姓名/).value).toBe('李雷');
    expect(field(/投诉内容/).value).toBe('空调安装后漏水，师傅一直没来。');

    // 清空 asks first (继续填写 keeps it), then empties it for good: signing out then asks nothing.
    fireEvent.click(screen.getByRole('button', { name: '清空' }));
    const ask = await screen.findByRole('dialog', { name: '清空登记表？' });
    expect(document.activeElement?.textContent).toBe('继续填写');
    fireEvent.click(within(ask).getByRole('button', { name: '继续填写' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(field(/客户姓名/).value).toBe('李雷');
    fireEvent.click(screen.getByRole('button', { name: '清空' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: '清空登记表？' })).getByRole('button', { name: '清空' }));
    await waitFor(() => expect(field(/客户姓名/).value).toBe(''));
    await openUserMenu('退出登录');
    await screen.findByRole('form', { name: '登录' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('is asked about before signing out, and 继续编辑 keeps it', async () => {
    await openIntake();
    type(/客户姓名/, '李雷');
    await openUserMenu('退出登录');
    const asked = await screen.findByRole('dialog', { name: '未保存的修改' });
    expect(within(asked).getByText(/退出登录后将丢失/)).toBeTruthy();
    fireEvent.click(within(asked).getByRole('button', { name: '继续编辑' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(field(/客户姓名/).value).toBe('李雷');
  });

  it('is asked about before switching user, and a new session starts without it', async () => {
    await openIntake();
    type(/客户姓名/, '李雷');
    await openUserMenu('切换用户');
    const again = await screen.findByRole('dialog', { name: '未保存的修改' });
    expect(within(again).getByText(/切换用户后将丢失/)).toBeTruthy();
    fireEvent.click(within(again).getByRole('button', { name: '切换用户' }));
    await signBackIn();
    // A new session starts blank, even for the same user: nothing of the last one is kept.
    window.location.hash = '#/intake';
    await screen.findByRole('form', { name: '客户投诉登记' });
    expect(field(/客户姓名/).value).toBe('');
  });

  it('makes the page refuse to unload (reload, closing the window, quitting) while it is there, and only then', async () => {
    await openIntake();
    expect(refusesUnload()).toBe(false);
    type(/投诉内容/, '快递三天未送达。');
    expect(refusesUnload()).toBe(true);
    // Kept while the agent looks at another page: it would still be lost by a reload.
    fireEvent.click(nav().getByRole('link', { name: '跟踪' }));
    await waitFor(() => expect(window.location.hash).toBe('#/tracking'));
    expect(refusesUnload()).toBe(true);
    // Signing out from there asks too: the kept registration goes with the session.
    await openUserMenu('退出登录');
    expect(within(await screen.findByRole('dialog', { name: '未保存的修改' })).getByText(/退出登录后将丢失/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '继续编辑' }));
    // Back on the page and emptied (清空), nothing is held any more.
    fireEvent.click(nav().getByRole('link', { name: '登记' }));
    await screen.findByRole('form', { name: '客户投诉登记' });
    expect(field(/投诉内容/).value).toBe('快递三天未送达。');
    fireEvent.click(screen.getByRole('button', { name: '清空' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: '清空登记表？' })).getByRole('button', { name: '清空' }));
    await waitFor(() => expect(field(/投诉内容/).value).toBe(''));
    expect(refusesUnload()).toBe(false);
  });

  it('counts work still under way (evidence uploading after its case was registered) until it is done', async () => {
    let hold: (() => () => void) | undefined;
    function Uploads() {
      hold = useWorkInFlight();
      return null;
    }
    window.location.hash = '#/tracking';
    await renderWithStore(
      <Router hook={useHashLocation}>
        <Uploads />
        <Shell />
      </Router>,
    );
    await screen.findByRole('navigation', { name: '主导航' });
    expect(refusesUnload()).toBe(false);
    const release = hold!();
    expect(refusesUnload()).toBe(true);
    release();
    expect(refusesUnload()).toBe(false);
  });

  it('is not asked about when nothing was typed', async () => {
    await openIntake();
    await openUserMenu('切换用户');
    await screen.findByRole('form', { name: '登录' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('makes the lock screen ask before someone else signs in, and unlocking finds it as it was', async () => {
    await openIntake();
    type(/投诉内容/, '快递三天未送达。');
    const lock = await lockFromMenu();
    fireEvent.click(within(lock).getByRole('button', { name: '切换用户' }));
    const warning = await within(lock).findByRole('alert');
    expect(warning.textContent).toContain(`${AGENT.name} 有未保存的修改`);
    // Still locked, still there: 继续编辑 goes back to the lock screen's choices.
    fireEvent.click(within(warning).getByRole('button', { name: '继续编辑' }));
    expect(within(lock).queryByRole('alert')).toBeNull();

    fireEvent.change(within(lock).getByLabelText('密码'), { target: { value: AGENT.password } });
    fireEvent.click(within(lock).getByRole('button', { name: '解锁' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: '屏幕已锁定' })).toBeNull());
    expect(field(/投诉内容/).value).toBe('快递三天未送达。');

    // The shell's own lock (as the idle time calls it); jsdom hides a menu reopened after the lock screen.
    fireEvent.click(screen.getByRole('button', { name: 'test:lock' }));
    const locked = await screen.findByRole('form', { name: '屏幕已锁定' });
    fireEvent.click(within(locked).getByRole('button', { name: '切换用户' }));
    fireEvent.click(within(await within(locked).findByRole('alert')).getByRole('button', { name: '仍要切换用户' }));
    await screen.findByRole('form', { name: '登录' });
  });
});

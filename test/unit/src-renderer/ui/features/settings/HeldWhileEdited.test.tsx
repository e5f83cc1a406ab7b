import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import { CentreTab } from '../../../../../../src-renderer/ui/features/settings/centre/CentreTab';
import { ADMIN, teardown, type Rendered } from '../../render';
import { renderSignedInAs } from '../auth/signInAs';

afterEach(teardown);

/** Another window of the desk (or another administrator) saves the centre's name. */
async function savedElsewhere(rendered: Rendered, centreName: string) {
  const session: Session = { actor: null, token: null };
  const signedIn = await rendered.host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, session);
  expect(signedIn.ok).toBe(true);
  const saved = await rendered.host.dispatcher.dispatch('settings.update', { key: 'centreName', value: centreName }, session);
  // The window hears of it as of any committed change.
  expect(saved.ok).toBe(true);
}

const nameField = () => screen.findByRole('textbox', { name: '中心名称' }) as Promise<HTMLInputElement>;

describe('a settings section changed elsewhere while it is being edited', { timeout: 60_000 }, () => {
  it('keeps what the administrator typed, says the setting changed, and saves what is shown', async () => {
    const rendered = await renderSignedInAs(<CentreTab />, ADMIN);
    fireEvent.change(await nameField(), { target: { value: '华东客服中心' } });
    await savedElsewhere(rendered, '华南客服中心');
    expect(await screen.findByText(/这部分设置刚在别处（另一个窗口或另一位管理员）被修改/, {}, { timeout: 10_000 })).toBeTruthy();
    expect((await nameField()).value).toBe('华东客服中心');
    fireEvent.click(within(screen.getByRole('form', { name: '中心名称' })).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await rendered.host.db.settings.get('centreName'))?.value).toBe('华东客服中心'));
    await waitFor(() => expect(screen.queryByText(/这部分设置刚在别处/)).toBeNull());
    expect((await nameField()).value).toBe('华东客服中心');
  });

  it('offers the latest instead, discarding the edits; a section not being edited simply shows it', async () => {
    const rendered = await renderSignedInAs(<CentreTab />, ADMIN);
    fireEvent.change(await nameField(), { target: { value: '华东客服中心' } });
    await savedElsewhere(rendered, '华南客服中心');
    fireEvent.click(await screen.findByRole('button', { name: '放弃我的修改，载入最新设置' }, { timeout: 10_000 }));
    await waitFor(async () => expect((await nameField()).value).toBe('华南客服中心'));
    // Nothing typed now: the next change elsewhere just shows.
    await savedElsewhere(rendered, '西南客服中心');
    await waitFor(async () => expect((await nameField()).value).toBe('西南客服中心'), { timeout: 10_000 });
    expect(screen.queryByText(/这部分设置刚在别处/)).toBeNull();
  });

  it('undoes the edits to the latest value when 撤销 is pressed while held, not to the value they started from', async () => {
    const rendered = await renderSignedInAs(<CentreTab />, ADMIN);
    fireEvent.change(await nameField(), { target: { value: '华东客服中心' } });
    await savedElsewhere(rendered, '华南客服中心');
    await screen.findByText(/这部分设置刚在别处/, {}, { timeout: 10_000 });
    fireEvent.click(within(screen.getByRole('form', { name: '中心名称' })).getByRole('button', { name: '撤销修改' }));
    await waitFor(async () => expect((await nameField()).value).toBe('华南客服中心'));
    expect(screen.queryByText(/这部分设置刚在别处/)).toBeNull();
    expect((await rendered.host.db.settings.get('centreName'))?.value).toBe('华南客服中心');
  });
});

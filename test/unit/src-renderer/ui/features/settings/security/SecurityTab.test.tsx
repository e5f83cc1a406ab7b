import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../../../../../src-renderer/store/rpc/define';
import { SettingsPage } from '../../../../../../../src-renderer/ui/features/settings/SettingsPage';
import { SecurityTab } from '../../../../../../../src-renderer/ui/features/settings/security/SecurityTab';
import { ADMIN, renderWithStore, teardown } from '../../../render';
import { renderSignedInAs } from '../../auth/signInAs';

afterEach(teardown);

const idleForm = () => screen.findByRole('form', { name: '自动锁屏' });
const minutes = () => screen.getByLabelText(/无操作多少分钟后锁屏/) as HTMLInputElement;

describe('安全 settings: the idle lock', { timeout: 60_000 }, () => {
  it('shows the minutes in force and saves new ones', async () => {
    const rendered = await renderSignedInAs(<SecurityTab />, ADMIN);
    const form = await idleForm();
    expect(minutes().value).toBe('15');
    fireEvent.change(minutes(), { target: { value: '5' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await screen.findByText('设置已保存');
    expect((await rendered.host.db.settings.get('security'))?.value).toEqual({ idleLockMinutes: 5 });
  });

  it('refuses minutes out of range under the field and saves nothing', async () => {
    const rendered = await renderSignedInAs(<SecurityTab />, ADMIN);
    const form = await idleForm();
    fireEvent.change(minutes(), { target: { value: '500' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await within(form).findByText('数值超出允许范围，请填写 1 至 240 之间的数。');
    expect(await rendered.host.db.settings.get('security')).toBeUndefined();
  });
});

describe('settings tabs by role', { timeout: 60_000 }, () => {
  const tabs = () => screen.getAllByRole('tab').map((tab) => tab.textContent);

  it('offers an agent no administration tab at all', async () => {
    await renderWithStore(<SettingsPage tab="general" />);
    await screen.findByRole('tab', { name: '通用' });
    for (const name of ['用户', '审计日志', '安全', '审计链校验']) expect(tabs(), name).not.toContain(name);
  });

  it('tells an agent who opens an administration page by its address that it is not theirs, and shows 通用', async () => {
    await renderWithStore(<SettingsPage tab="backup" />);
    expect((await screen.findByRole('alert')).textContent).toBe('“备份与恢复”页面不对你的角色（客服专员）开放。如需使用，请联系管理员。');
    expect(screen.getByRole('tab', { name: '通用' }).getAttribute('aria-selected')).toBe('true');
    expect(tabs()).not.toContain('备份与恢复');
  });

  it('offers the administrator the audit log and the security tab, and legal the audit log only', async () => {
    await renderSignedInAs(<SettingsPage tab="general" />, ADMIN);
    await waitFor(() => expect(tabs()).toEqual(expect.arrayContaining(['审计日志', '安全', '用户'])));
    await teardown();

    await renderSignedInAs(<SettingsPage tab="general" />, { username: 'fazheng', password: 'Legal2026ok' }, {
      seed: async (host) => {
        const admin: Session = { actor: null, token: null };
        await host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
        const made = await host.dispatcher.dispatch(
          'users.save',
          { username: 'fazheng', name: '郑律师', role: 'legal', department: '法务部', password: 'Legal2026ok' },
          admin,
        );
        expect(made.ok).toBe(true);
      },
    });
    await waitFor(() => expect(tabs()).toContain('审计日志'));
    expect(tabs()).not.toContain('安全');
    expect(tabs()).not.toContain('用户');
  });
});

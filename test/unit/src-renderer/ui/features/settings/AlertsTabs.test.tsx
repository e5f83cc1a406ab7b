import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_POLICY } from '../../../../../../src-main/core/alert-settings';
import type { NotificationAccess, Platform } from '../../../../../../src-renderer/platform/types';
import { PlatformContext } from '../../../../../../src-renderer/ui/data/hooks';
import { AlertPolicyTab } from '../../../../../../src-renderer/ui/features/settings/alerts/AlertPolicyTab';
import { MyAlertsTab } from '../../../../../../src-renderer/ui/features/settings/alerts/MyAlertsTab';
import { SettingsPage } from '../../../../../../src-renderer/ui/features/settings/SettingsPage';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';
import { ADMIN, AGENT, renderWithStore, teardown, type Rendered } from '../../render';

afterEach(async () => {
  await teardown();
  await initI18n('zh-CN');
});

const field = (name: string) => screen.getByRole('textbox', { name });
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
/** What a field's description says: its hint and, once invalid, its error. */
const describedBy = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
const save = (form: string) => fireEvent.click(within(screen.getByRole('form', { name: form })).getByRole('button', { name: '保存' }));

/** The policy as the store host keeps it, read as the administrator. */
async function storedPolicy(rendered: Rendered) {
  const admin = await rendered.host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, { actor: null, token: null });
  if (!admin.ok) throw new Error(JSON.stringify(admin.error));
  const { actor, token } = admin.value as { actor: never; token: string };
  const policy = await rendered.host.dispatcher.dispatch('alerts.policy', {}, { actor, token });
  if (!policy.ok) throw new Error(JSON.stringify(policy.error));
  return policy.value;
}

async function asAdmin(rendered: Rendered): Promise<void> {
  await rendered.store.send('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
}

describe('提醒 settings (administrator)', { timeout: 60_000 }, () => {
  it('is a tab for the administrator only', async () => {
    await renderWithStore(<SettingsPage />);
    await screen.findByRole('tab', { name: '我的提醒' });
    expect(screen.queryByRole('tab', { name: '提醒' })).toBeNull();
  });

  it('shows the policy in force: lead minutes per severity, reminders, escalation, coalescing; quiet hours off', async () => {
    const rendered = await renderWithStore(<AlertPolicyTab />);
    await asAdmin(rendered);
    await screen.findByRole('form', { name: '超时提醒' });
    expect([field('一般'), field('严重'), field('重大')].map((input) => (input as HTMLInputElement).value)).toEqual(['120', '60', '30']);
    expect((field('重复提醒间隔') as HTMLInputElement).value).toBe('30');
    expect((field('部门主管') as HTMLInputElement).value).toBe('30');
    expect((field('总监（部门总监、运营总监）') as HTMLInputElement).value).toBe('120');
    expect((field('合并阈值') as HTMLInputElement).value).toBe('3');
    expect((screen.getByRole('switch', { name: '启用免打扰时段' }) as HTMLInputElement).checked).toBe(false);
  });

  it('says under the field what is wrong, and saves nothing', async () => {
    const rendered = await renderWithStore(<AlertPolicyTab />);
    await asAdmin(rendered);
    await screen.findByRole('form', { name: '超时提醒' });
    type('总监（部门总监、运营总监）', '10');
    type('一般', '');
    save('超时提醒');
    await waitFor(() => expect(field('总监（部门总监、运营总监）').getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(field('总监（部门总监、运营总监）'))).toContain('提醒总监的时间不能早于提醒部门主管的时间。');
    expect(describedBy(field('一般'))).toContain('此项为必填项。');
    expect(field('重大').getAttribute('aria-invalid')).not.toBe('true');
    expect(await storedPolicy(rendered)).toEqual(DEFAULT_ALERT_POLICY);
  });

  it('keeps a number out of range as typed, shows the range and refuses it', async () => {
    const rendered = await renderWithStore(<AlertPolicyTab />);
    await asAdmin(rendered);
    await screen.findByRole('form', { name: '超时提醒' });
    expect(describedBy(field('重复提醒间隔'))).toContain('允许范围 0–1440');
    fireEvent.focus(field('重复提醒间隔'));
    type('重复提醒间隔', '-5');
    fireEvent.blur(field('重复提醒间隔'));
    type('合并阈值', '500');
    fireEvent.blur(field('合并阈值'));
    save('超时提醒');
    await waitFor(() => expect(field('重复提醒间隔').getAttribute('aria-invalid')).toBe('true'));
    expect((field('重复提醒间隔') as HTMLInputElement).value).toBe('-5');
    expect(describedBy(field('重复提醒间隔'))).toContain('数值超出允许范围，请填写 0 至 1440 之间的数。');
    expect((field('合并阈值') as HTMLInputElement).value).toBe('500');
    expect(describedBy(field('合并阈值'))).toContain('数值超出允许范围，请填写 1 至 100 之间的数。');
    expect(await storedPolicy(rendered)).toEqual(DEFAULT_ALERT_POLICY);
  });

  it('saves the changed policy with the emergency group and quiet hours', async () => {
    const rendered = await renderWithStore(<AlertPolicyTab />);
    await asAdmin(rendered);
    await screen.findByRole('form', { name: '超时提醒' });
    type('重复提醒间隔', '15');
    type('总监（部门总监、运营总监）', '240');
    fireEvent.click(screen.getByRole('switch', { name: '启用免打扰时段' }));
    // The emergency group lists the active users.
    fireEvent.click(screen.getByRole('combobox', { name: '应急小组' }));
    fireEvent.click(await screen.findByRole('option', { name: `${AGENT.name} · ${AGENT.department}`, hidden: true }));
    save('超时提醒');
    await screen.findByText('设置已保存');
    expect(await storedPolicy(rendered)).toEqual({
      ...DEFAULT_ALERT_POLICY,
      repeatMinutes: 15,
      escalation: { supervisorAfterMinutes: 30, directorAfterMinutes: 240 },
      emergencyGroup: [rendered.actor.id],
      quietHours: { enabled: true, from: '22:00', to: '07:00' },
    });
  });
});

/** A browser platform whose notification permission the test decides. */
function browser(access: NotificationAccess, answer: NotificationAccess): Platform {
  const platform: Partial<Platform> = { kind: 'web', notificationPermission: () => access, requestNotificationPermission: async () => answer };
  return platform as Platform;
}

describe('我的提醒 (every user)', { timeout: 60_000 }, () => {
  it('saves the severities and departments the user follows', async () => {
    const rendered = await renderWithStore(<MyAlertsTab />);
    await screen.findByRole('form', { name: '我的提醒' });
    const severity = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
    expect(['一般', '严重', '重大'].map((name) => severity(name).checked)).toEqual([true, true, true]);
    fireEvent.click(severity('一般'));
    fireEvent.click(screen.getByRole('combobox', { name: '关注的部门' }));
    fireEvent.click(await screen.findByRole('option', { name: '物流配送部', hidden: true }));
    save('我的提醒');
    await screen.findByText('已保存我的提醒设置。');
    expect(await rendered.store.send('alerts.follow', {})).toEqual({ severities: ['serious', 'major'], departments: ['物流配送部'] });
  });

  it('in a browser, offers to allow system notifications until they are', async () => {
    await renderWithStore(
      <PlatformContext.Provider value={browser('default', 'granted')}>
        <MyAlertsTab />
      </PlatformContext.Provider>,
    );
    const section = await screen.findByRole('region', { name: '浏览器通知' });
    expect(within(section).getByRole('status').textContent).toBe('允许后，页面不在前台时也会弹出系统通知；否则提醒只显示在页面内。');
    fireEvent.click(within(section).getByRole('button', { name: '允许浏览器通知' }));
    await waitFor(() => expect(within(section).getByRole('status').textContent).toBe('已允许浏览器通知：页面不在前台时也会弹出提醒。'));
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('says where alerts go when the browser refuses notifications', async () => {
    await renderWithStore(
      <PlatformContext.Provider value={browser('denied', 'denied')}>
        <MyAlertsTab />
      </PlatformContext.Provider>,
    );
    const section = await screen.findByRole('region', { name: '浏览器通知' });
    expect(within(section).getByRole('status').textContent).toContain('浏览器已拒绝通知，提醒将显示在页面内。');
    expect(within(section).queryByRole('button')).toBeNull();
  });
});

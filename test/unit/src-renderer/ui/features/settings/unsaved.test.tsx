import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route, Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Shell } from '../../../../../../src-renderer/ui/app/Shell';
import { SettingsPage } from '../../../../../../src-renderer/ui/features/settings/SettingsPage';
import { ADMIN, teardown } from '../../render';
import { renderSignedInAs } from '../auth/signInAs';

afterEach(async () => {
  await teardown();
  window.location.hash = '';
});

/** The settings route as the shell declares it, so a tab click really changes the tab. */
function SettingsRoute() {
  return (
    <Router hook={useHashLocation}>
      <Route path="/settings/:tab?">{(params) => <SettingsPage tab={params.tab} />}</Route>
    </Router>
  );
}

async function openAt(hash: string, ui = <SettingsRoute />) {
  window.location.hash = hash;
  await renderSignedInAs(ui, ADMIN);
  return screen.findByRole('textbox', { name: '中心名称' }) as Promise<HTMLInputElement>;
}

const dialog = () => screen.findByRole('dialog', { name: '未保存的修改' });
const tab = (name: string) => screen.getByRole('tab', { name });

describe('leaving settings with unsaved edits', { timeout: 60_000 }, () => {
  it('asks before another tab: 继续编辑 keeps the edits, 离开 opens the tab', async () => {
    const name = await openAt('#/settings/centre');
    fireEvent.change(name, { target: { value: '华东客服中心' } });
    fireEvent.click(tab('时限'));
    const asked = await dialog();
    expect(within(asked).getByText('有未保存的修改，确定离开吗？')).toBeTruthy();
    fireEvent.click(within(asked).getByRole('button', { name: '继续编辑' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(tab('中心与归档').getAttribute('aria-selected')).toBe('true');
    expect((screen.getByRole('textbox', { name: '中心名称' }) as HTMLInputElement).value).toBe('华东客服中心');
    expect(window.location.hash).toBe('#/settings/centre');

    fireEvent.click(tab('时限'));
    fireEvent.click(within(await dialog()).getByRole('button', { name: '离开' }));
    await screen.findByRole('form', { name: '时限' });
    expect(window.location.hash).toBe('#/settings/sla');
  });

  it('does not ask when nothing was changed, on any tab, or once the edits are saved', async () => {
    const name = await openAt('#/settings/centre');
    // Every form as loaded counts as unchanged (time pickers, lists and all).
    for (const [label, form] of [
      ['时限', '时限'],
      ['提醒', '超时提醒'],
      ['工作日历', '工作日历'],
      ['分类与部门', '投诉类别'],
      ['智能辅助', '智能辅助设置'],
      ['安全', '自动锁屏'],
      ['个人信息保护', '保存期限'],
      ['我的提醒', '我的提醒'],
    ]) {
      fireEvent.click(tab(label!));
      await screen.findByRole('form', { name: form });
      expect(screen.queryByRole('dialog'), label).toBeNull();
    }

    fireEvent.click(tab('中心与归档'));
    fireEvent.change(await screen.findByRole('textbox', { name: '中心名称' }), { target: { value: '华东客服中心' } });
    fireEvent.click(within(screen.getByRole('form', { name: '中心名称' })).getByRole('button', { name: '保存' }));
    await screen.findByText('设置已保存');
    fireEvent.click(tab('时限'));
    await screen.findByRole('form', { name: '时限' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(name.isConnected).toBe(false);
  });

  it('asks before another page from the sidebar', async () => {
    const name = await openAt(
      '#/settings/centre',
      <Router hook={useHashLocation}>
        <Shell />
      </Router>,
    );
    fireEvent.change(name, { target: { value: '华东客服中心' } });
    const nav = screen.getByRole('navigation', { name: '主导航' });
    fireEvent.click(within(nav).getByRole('link', { name: '整改' }));
    fireEvent.click(within(await dialog()).getByRole('button', { name: '继续编辑' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.location.hash).toBe('#/settings/centre');
    expect((screen.getByRole('textbox', { name: '中心名称' }) as HTMLInputElement).value).toBe('华东客服中心');

    fireEvent.click(within(nav).getByRole('link', { name: '整改' }));
    fireEvent.click(within(await dialog()).getByRole('button', { name: '离开' }));
    await waitFor(() => expect(window.location.hash).toBe('#/improvements'));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: '中心名称' })).toBeNull());
  });
});

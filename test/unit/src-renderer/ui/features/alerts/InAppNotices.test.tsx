import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { InAppNotice, Platform } from '../../../../../../src-renderer/platform/types';
import { InAppNotices } from '../../../../../../src-renderer/ui/features/alerts/InAppNotices';
import { renderWithStore, teardown } from '../../render';

afterEach(() => {
  act(() => notifications.clean());
  return teardown();
});

/** The notice side of a platform, driven by the test as the web harness's alert runtime drives it. */
function noticeSource() {
  const shown = new Set<(notice: InAppNotice) => void>();
  const taken = new Set<(ids: readonly string[]) => void>();
  const platform: Pick<Platform, 'onInAppNotice' | 'onNoticesWithdrawn'> = {
    onInAppNotice(listener) {
      shown.add(listener);
      return () => shown.delete(listener);
    },
    onNoticesWithdrawn(listener) {
      taken.add(listener);
      return () => taken.delete(listener);
    },
  };
  return {
    platform,
    show: (notice: InAppNotice) => act(() => shown.forEach((listener) => listener(notice))),
    withdraw: (ids: string[]) => act(() => taken.forEach((listener) => listener(ids))),
  };
}

const alertNotice = (id: string, no: string): InAppNotice => ({
  id,
  title: `投诉已超时：${no}`,
  body: '周大：燃气灶漏气',
  route: '/cases/case-1',
  alerts: { keys: [`${id}:response`], overdueKeys: [`${id}:response`] },
});

describe('in-app notices', { timeout: 60_000 }, () => {
  it('a notice the platform takes back (another user signed in) leaves the page with its 确认; the others stay', async () => {
    const source = noticeSource();
    await renderWithStore(<InAppNotices platform={source.platform} />);
    source.show(alertNotice('a', 'TS-20261123-0001'));
    source.show(alertNotice('b', 'TS-20261123-0002'));
    await screen.findByText('投诉已超时：TS-20261123-0001');
    await screen.findByText('投诉已超时：TS-20261123-0002');
    expect(screen.getAllByRole('button', { name: '确认' })).toHaveLength(2);

    source.withdraw(['a']);
    await waitFor(() => expect(screen.queryByText('投诉已超时：TS-20261123-0001')).toBeNull());
    expect(screen.getByText('投诉已超时：TS-20261123-0002')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '确认' })).toHaveLength(1);
  });

  it('× closes a notice without opening its case; a click on its text opens the case', async () => {
    const source = noticeSource();
    await renderWithStore(<InAppNotices platform={source.platform} />);
    const before = window.location.href;
    source.show(alertNotice('x1', 'TS-20261123-0001'));
    await screen.findByText('投诉已超时：TS-20261123-0001');
    fireEvent.click(screen.getByRole('button', { name: '关闭提醒' }));
    await waitFor(() => expect(screen.queryByText('投诉已超时：TS-20261123-0001')).toBeNull());
    expect(window.location.href).toBe(before);

    source.show(alertNotice('x2', 'TS-20261123-0002'));
    fireEvent.click(await screen.findByText('投诉已超时：TS-20261123-0002'));
    await waitFor(() => expect(window.location.href).toContain('/cases/case-1'));
  });

  it('follows a switch of the UI’s language', async () => {
    const source = noticeSource();
    await renderWithStore(<InAppNotices platform={source.platform} />);
    source.show({
      ...alertNotice('l1', 'TS-20261123-0001'),
      texts: {
        'zh-CN': { title: '投诉已超时：TS-20261123-0001', body: '响应时限已于 11-23 10:00 到期' },
        en: { title: 'Complaint overdue: TS-20261123-0001', body: 'Response deadline was 11-23 10:00' },
      },
    });
    await screen.findByText('响应时限已于 11-23 10:00 到期');
    await act(() => i18next.changeLanguage('en'));
    await screen.findByText('Complaint overdue: TS-20261123-0001');
    expect(screen.getByText('Response deadline was 11-23 10:00')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Acknowledge' })).toBeTruthy();
    // Its × is renamed too (it is read out by name).
    await waitFor(() => expect(screen.getByRole('button', { name: 'Close alert' })).toBeTruthy());
    expect(screen.queryByRole('button', { name: '关闭提醒' })).toBeNull();
    // The next reminder about the same deadline still takes the earlier notice's place after the switch.
    source.show({ ...alertNotice('l2', 'TS-20261123-0001'), alerts: { keys: ['l1:response'], overdueKeys: ['l1:response'] }, title: 'Reminder: TS-20261123-0001' });
    await screen.findByText('Reminder: TS-20261123-0001');
    await waitFor(() => expect(screen.queryByText('Complaint overdue: TS-20261123-0001')).toBeNull());
    await act(() => i18next.changeLanguage('zh-CN'));
    await waitFor(() => expect(screen.getByRole('button', { name: '关闭提醒' })).toBeTruthy());
  });
});

import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { InAppNotice, Platform } from '../../../../../../src-renderer/platform/types';
import { InAppNotices } from '../../../../../../src-renderer/ui/features/alerts/InAppNotices';
import { renderWithStore, teardown } from '../../render';

afterEach(() => teardown());

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
});

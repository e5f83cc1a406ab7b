import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupLogRecord } from '../../../../../../../src-renderer/domain/backup/log';
import { BackupStatusPanel } from '../../../../../../../src-renderer/ui/features/settings/backup/BackupStatusPanel';
import { renderWithStore, teardown } from '../../../render';

afterEach(async () => {
  vi.useRealTimers();
  await teardown();
});

const HOUR = 3_600_000;

describe('the last backup’s warning', () => {
  it('turns yellow on a page left open once the last backup is two days old, without reopening the page', async () => {
    // The page's clock (and the store's) under the test's hand; the store host's other timers are real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], now: Date.now() });
    const lastAt = Date.now() - 48 * HOUR + 90_000;
    const last: BackupLogRecord = { at: lastAt, kind: 'manual', fileName: 'a.cdbak', path: '/b/a.cdbak', bytes: 2048, counts: {}, actor: null };
    // As the store host answered when the page opened: not stale yet, and never asked again.
    const status = { data: { last, lastAt, stale: false, recent: [last] }, error: null, loading: false, reload: () => undefined };
    await renderWithStore(<BackupStatusPanel status={status} />);
    expect(await screen.findByText(/^最近一次备份：.*（手动备份）$/)).toBeTruthy();
    expect(screen.queryByTestId('backup-stale')).toBeNull();
    act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(screen.getByTestId('backup-stale').textContent).toMatch(/^最近一次备份是 2 天前（.+），已超过 2 天，请尽快备份。$/);
    expect(screen.queryByText(/^最近一次备份：/)).toBeNull();
  });
});

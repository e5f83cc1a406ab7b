import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLOW_START_MS, StartingUp } from '../../../../../../src-renderer/ui/features/auth/StartingUp';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('StartingUp', () => {
  it('says it is connecting, and after a few seconds why a first start after an update may take longer', async () => {
    await initI18n('zh-CN');
    render(
      <MantineProvider>
        <StartingUp />
      </MantineProvider>,
    );
    expect(screen.getByRole('status', { name: '正在连接本地数据…' })).toBeTruthy();
    expect(screen.queryByText(/本地数据需要升级一次/)).toBeNull();
    act(() => vi.advanceTimersByTime(SLOW_START_MS - 1));
    expect(screen.queryByText(/本地数据需要升级一次/)).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByText(/本地数据需要升级一次.*请不要关闭程序/)).toBeTruthy();
  });
});

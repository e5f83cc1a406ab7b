import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PageBoundary } from '../../../../../src-renderer/ui/app/PageBoundary';
import { initI18n } from '../../../../../src-renderer/ui/i18n';

beforeAll(async () => {
  await initI18n();
});
afterEach(cleanup);

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module');
}

const at = (location: string, page: React.ReactElement) => (
  <MantineProvider>
    <div>
      <nav>导航</nav>
      <PageBoundary location={location}>{page}</PageBoundary>
    </div>
  </MantineProvider>
);

describe('PageBoundary', () => {
  it('shows a page that fails inside the main area, with a reload, and the next route again', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(at('/dashboard', <Broken />));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('页面未能打开');
    expect(screen.getByRole('button', { name: '重新加载' })).toBeTruthy();
    // The frame around it stays.
    expect(screen.getByText('导航')).toBeTruthy();
    expect(logged).toHaveBeenCalled();

    // Still the same route: still the notice. Another route: its page.
    rerender(at('/dashboard', <p>看板</p>));
    expect(screen.queryByText('看板')).toBeNull();
    rerender(at('/tracking', <p>跟踪表</p>));
    expect(screen.getByText('跟踪表')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    logged.mockRestore();
  });
});

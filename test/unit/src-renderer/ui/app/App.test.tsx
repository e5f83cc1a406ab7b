import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { InAppNotice } from '../../../../../src-renderer/platform/types';
import { App } from '../../../../../src-renderer/ui/app/App';
import { renderWithStore, teardown } from '../render';

afterEach(async () => {
  window.location.hash = '';
  await teardown();
});

const notice: InAppNotice = {
  id: 'case-9',
  title: '投诉已超时：TS-20261123-0009',
  body: '郑好：衣服掉色严重',
  route: '/cases/case-9',
  alerts: { keys: ['case-9:resolution'], overdueKeys: ['case-9:resolution'] },
};

/** The app on `route`, with a platform whose in-app notices the test raises, as the web harness's alerts do. */
async function appAt(route: string) {
  const rendered = await renderWithStore(<span />);
  rendered.unmount();
  const listeners = new Set<(notice: InAppNotice) => void>();
  const platform = {
    ...rendered.platform,
    onInAppNotice(listener: (notice: InAppNotice) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  window.location.hash = `#${route}`;
  render(<App platform={platform} store={rendered.store} />);
  return { raise: () => act(() => listeners.forEach((listener) => listener(notice))), listening: () => listeners.size };
}

describe('the app frame', { timeout: 60_000 }, () => {
  it('prints a form without the desk’s notices: an overdue alert about another customer is not on the paper', async () => {
    const app = await appAt('/print/blank/registration');
    await screen.findByRole('heading', { level: 1, name: '客户投诉登记表' }, { timeout: 15_000 });
    expect(app.listening()).toBe(0);
    app.raise();
    expect(screen.queryByText(notice.title)).toBeNull();
  });

  it('shows the desk’s notices everywhere else', async () => {
    const app = await appAt('/');
    await screen.findByRole('navigation', {}, { timeout: 15_000 });
    app.raise();
    expect(await screen.findByText(notice.title)).toBeTruthy();
  });
});

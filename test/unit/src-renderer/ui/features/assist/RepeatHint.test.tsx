import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import { RepeatHint } from '../../../../../../src-renderer/ui/features/intake/RepeatHint';
import { ADMIN, registerCase, renderWithStore, teardown } from '../../render';
import { updatedDesk } from '../../updated-desk';

afterEach(teardown);

// A real store host behind the UI: the first render of a file also pays for loading it.
const SLOW = { timeout: 30_000 };

const DAY = 86_400_000;

describe('RepeatHint at intake (重复投诉提示)', () => {
  it('counts the customer’s complaints within the window and says the window', SLOW, async () => {
    let recent = '';
    await renderWithStore(<RepeatHint phone="139 1234 5678" email="" />, {
      seed: async (_host, asAgent) => {
        recent = (await registerCase(asAgent, { phone: '13912345678', receivedAt: Date.now() - 10 * DAY })).no;
        await registerCase(asAgent, { phone: '13912345678', receivedAt: Date.now() - 91 * DAY });
      },
    });
    const hint = await screen.findByRole('complementary', { name: '重复投诉' });
    expect(within(hint).getByText('近 90 天内该客户已投诉 1 次，请核对是否为同一问题，并在投诉内容中注明。')).toBeTruthy();
    expect(within(hint).getAllByTestId('repeat-case').map((row) => within(row).getByRole('link').textContent)).toEqual([recent]);
  });

  it('follows the window the administrator set', SLOW, async () => {
    await renderWithStore(<RepeatHint phone="" email="li@example.com" />, {
      seed: async (host, asAgent) => {
        const admin: Session = { actor: null, token: null };
        await host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
        const settings = await host.dispatcher.dispatch('settings.get', {}, admin);
        if (!settings.ok) throw new Error('settings.get failed');
        const assist = (settings.value as { assist: Record<string, unknown> }).assist;
        const saved = await host.dispatcher.dispatch('settings.update', { key: 'assist', value: { ...assist, repeatWindowDays: 180 } }, admin);
        expect(saved.ok).toBe(true);
        await registerCase(asAgent, { phone: '', email: 'li@example.com', receivedAt: Date.now() - 10 * DAY });
        await registerCase(asAgent, { phone: '', email: 'li@example.com', receivedAt: Date.now() - 150 * DAY });
      },
    });
    expect(await screen.findByText('近 180 天内该客户已投诉 2 次，请核对是否为同一问题，并在投诉内容中注明。')).toBeTruthy();
  });

  it('says, right after an update, that the customer index is being built and how far, then shows the repeats', SLOW, async () => {
    const desk = updatedDesk();
    const total = desk.cases.length;
    try {
      await renderWithStore(<RepeatHint phone="137 0000 2222" email="" />, { prepare: desk.prepare });
      const notice = await screen.findByRole('status', { name: '正在建立客户索引' });
      expect(notice.textContent).toContain(`已完成 2 / ${total} 宗（${Math.floor(200 / total)}%）`);
      expect(within(notice).getByRole('progressbar').getAttribute('aria-valuenow')).toBe(String(Math.floor(200 / total)));
      expect(screen.queryByTestId('repeat-case')).toBeNull();
    } finally {
      desk.release();
    }
    // Done: the notice goes, the customer's two earlier complaints (周女士, 陈女士) are there.
    await waitFor(() => expect(screen.getAllByTestId('repeat-case')).toHaveLength(2));
    expect(screen.queryByRole('status', { name: '正在建立客户索引' })).toBeNull();
    expect(screen.getByText('近 90 天内该客户已投诉 2 次，请核对是否为同一问题，并在投诉内容中注明。')).toBeTruthy();
  });
});

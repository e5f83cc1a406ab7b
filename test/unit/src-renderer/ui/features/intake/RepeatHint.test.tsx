import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RepeatHint } from '../../../../../../src-renderer/ui/features/intake/RepeatHint';
import { registerCase, renderWithStore, teardown } from '../../render';

afterEach(teardown);

describe('重复投诉 at intake', { timeout: 60_000 }, () => {
  it('counts every complaint of the window, and says it lists the newest 20', async () => {
    await renderWithStore(<RepeatHint phone="138 1234 5678" email="" />, {
      seed: async (_host, asAgent) => {
        for (let n = 0; n < 21; n += 1) await registerCase(asAgent, { receivedAt: Date.now() - (n + 1) * 60_000, phone: '13812345678' });
      },
    });
    expect(await screen.findByText(/近 90 天内该客户已投诉 21 次/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/下面列出最近的 20 宗。/)).toBeTruthy();
    expect(screen.getAllByTestId('repeat-case')).toHaveLength(20);
  });
});

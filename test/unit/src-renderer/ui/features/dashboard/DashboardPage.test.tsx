import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DashboardPage } from '../../../../../../src-renderer/ui/features/dashboard/DashboardPage';
import { renderWithStore, teardown, type Rendered } from '../../render';

afterEach(() => teardown());

const HOUR = 3600_000;

async function registerCase(send: Rendered['asAgent'], overrides: Record<string, unknown>): Promise<void> {
  const result = await send('cases.register', {
    receivedAt: Date.now() - 60_000,
    channel: 'phone',
    customerName: '张三',
    phone: '13812345678',
    description: '投诉内容',
    severity: 'general',
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
}

/** The count shown in a row of a count table. */
const countIn = (table: string, label: string) =>
  within(within(screen.getByRole('table', { name: table })).getByText(label).closest('tr')!).getAllByRole('cell')[1]?.textContent;

describe('DashboardPage', { timeout: 60_000 }, () => {
  it('explains that there is nothing yet on an empty store', async () => {
    await renderWithStore(<DashboardPage />);
    expect(await screen.findByText('还没有投诉数据。登记投诉后，这里会显示统计。')).toBeTruthy();
    expect(screen.queryByTestId('stat-total')).toBeNull();
  });

  it('shows the totals, the overdue responses and the counts by severity and channel', async () => {
    await renderWithStore(<DashboardPage />, {
      seed: async (_host, asAgent) => {
        await registerCase(asAgent, { severity: 'major', receivedAt: Date.now() - 3 * HOUR });
        await registerCase(asAgent, { severity: 'major', channel: 'email' });
        await registerCase(asAgent, { severity: 'serious', channel: 'regulator_12315' });
      },
    });
    await waitFor(() => expect(screen.getByTestId('stat-total').textContent).toBe('3'));
    expect(screen.getByTestId('stat-overdue').textContent).toBe('1');
    expect(countIn('按严重程度', '重大')).toBe('2');
    expect(countIn('按严重程度', '严重')).toBe('1');
    expect(countIn('按严重程度', '一般')).toBe('0');
    expect(countIn('按投诉渠道', '电话')).toBe('1');
    expect(countIn('按投诉渠道', '12315转办')).toBe('1');
    expect(countIn('按投诉渠道', '信函')).toBe('0');
  });

  it('updates when a case is registered elsewhere', async () => {
    const { asAgent } = await renderWithStore(<DashboardPage />);
    await screen.findByText('还没有投诉数据。登记投诉后，这里会显示统计。');
    await registerCase(asAgent, { severity: 'serious' });
    await waitFor(() => expect(screen.getByTestId('stat-total').textContent).toBe('1'));
    expect(countIn('按严重程度', '严重')).toBe('1');
  });
});

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { CaseList } from '../../../../../../src-renderer/ui/features/tracking/CaseList';
import { initI18n, setLanguage } from '../../../../../../src-renderer/ui/i18n';
import { renderWithStore, teardown, type Rendered } from '../../render';

afterEach(async () => {
  await teardown();
  await initI18n('zh-CN');
});

const HOUR = 3600_000;

/** Registers through the store host, as another window would. */
async function registerCase(send: Rendered['asAgent'], overrides: Record<string, unknown> = {}): Promise<CaseRecord> {
  const result = await send('cases.register', {
    receivedAt: Date.now() - 60_000,
    channel: 'email',
    customerName: '张三',
    phone: '',
    email: 'zhang@example.com',
    description: '快递丢件。',
    severity: 'serious',
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as CaseRecord;
}

const bodyRows = () => within(screen.getByRole('table', { name: '投诉处理进度跟踪' })).getAllByRole('row').slice(1);

describe('CaseList', { timeout: 60_000 }, () => {
  it('says there are no complaints yet on an empty store', async () => {
    await renderWithStore(<CaseList />);
    expect(await screen.findByText('还没有投诉单。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '登记第一宗投诉' }).getAttribute('href')).toBe('#/intake');
    expect(screen.getByTestId('case-count').textContent).toBe('共 0 宗投诉');
  });

  it('shows a registered case with its number, channel, customer, severity and status, and the count', async () => {
    const { asAgent } = await renderWithStore(<CaseList />);
    await screen.findByText('还没有投诉单。');
    const record = await registerCase(asAgent);
    // The list follows the store's change events without a reload.
    const link = await screen.findByRole('link', { name: record.no });
    expect(link.getAttribute('href')).toBe(`#/cases/${record.id}`);
    expect(screen.getByTestId('case-count').textContent).toBe('共 1 宗投诉');
    const [row] = bodyRows();
    const cells = within(row!).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[0]).toBe(record.no);
    expect(cells[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(cells.slice(2, 6)).toEqual(['邮件', '张三', '严重', '待初审']);
    expect(screen.queryByText('已超时')).toBeNull();
    expect(screen.queryByText('还没有投诉单。')).toBeNull();
  });

  it('lists the newest complaint first', async () => {
    await renderWithStore(<CaseList />, {
      seed: async (_host, asAgent) => {
        await registerCase(asAgent, { customerName: '早', receivedAt: Date.now() - 5 * HOUR });
        await registerCase(asAgent, { customerName: '晚', receivedAt: Date.now() - HOUR });
      },
    });
    await waitFor(() => expect(screen.getByTestId('case-count').textContent).toBe('共 2 宗投诉'));
    await waitFor(() => expect(bodyRows().map((r) => within(r).getAllByRole('cell')[3]?.textContent)).toEqual(['晚', '早']));
  });

  it('marks a case whose response deadline has passed as overdue', async () => {
    let late: CaseRecord | undefined;
    await renderWithStore(<CaseList />, {
      seed: async (_host, asAgent) => {
        late = await registerCase(asAgent, { severity: 'major', receivedAt: Date.now() - 3 * HOUR, customerName: '超时客户' });
        await registerCase(asAgent, { severity: 'general', customerName: '正常客户' });
      },
    });
    await screen.findByRole('link', { name: late!.no });
    const [onTimeRow, lateRow] = bodyRows();
    expect(within(lateRow!).getByText('超时客户')).toBeTruthy();
    expect(within(lateRow!).getByText('已超时')).toBeTruthy();
    expect(within(lateRow!).getByText('重大')).toBeTruthy();
    expect(within(onTimeRow!).queryByText('已超时')).toBeNull();
  });

  it('loads further pages on demand, without repeating rows', async () => {
    await renderWithStore(<CaseList />, {
      seed: async (_host, asAgent) => {
        for (let i = 0; i < 52; i += 1) await registerCase(asAgent, { customerName: `客户${i}`, receivedAt: Date.now() - (i + 1) * 60_000 });
      },
    });
    await waitFor(() => expect(screen.getByTestId('case-count').textContent).toBe('共 52 宗投诉'));
    expect(bodyRows()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(52));
    const names = bodyRows().map((r) => within(r).getAllByRole('cell')[3]?.textContent);
    expect(new Set(names).size).toBe(52);
    expect(names.at(-1)).toBe('客户51');
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
  });

  it('shows what changed while the store host was down once it is back', async () => {
    const { host, asAgent, restartStore } = await renderWithStore(<CaseList />);
    await screen.findByText('还没有投诉单。');
    host.hub.close('ui');
    const record = await registerCase(asAgent, { customerName: '重启期间' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('link', { name: record.no })).toBeNull();
    act(() => restartStore());
    expect(await screen.findByRole('link', { name: record.no })).toBeTruthy();
    expect(screen.getByTestId('case-count').textContent).toBe('共 1 宗投诉');
  });

  it('shows the count and headings in English after switching', async () => {
    await renderWithStore(<CaseList />, { seed: async (_host, asAgent) => void (await registerCase(asAgent)) });
    await waitFor(() => expect(screen.getByTestId('case-count').textContent).toBe('共 1 宗投诉'));
    await act(() => setLanguage('en'));
    expect(screen.getByTestId('case-count').textContent).toBe('1 complaints');
    expect(screen.getByRole('columnheader', { name: 'Case no.' })).toBeTruthy();
    expect(screen.getByText('Awaiting screening')).toBeTruthy();
  });
});

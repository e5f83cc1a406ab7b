import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberDashboardQuery } from '../../../../../../src-renderer/ui/features/dashboard/dashboardQuery';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';
import { AGENT, registerCase, renderWithStore, teardown } from '../../render';
import { Desk, kpi } from './kit';

const at = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();
/** Mid-December: 本年 and 近12个月 are the same days, and the rest of the month is still to come. */
const TODAY = at(2026, 12, 15, 10);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
});

afterEach(async () => {
  vi.useRealTimers();
  await teardown();
  sessionStorage.clear();
  window.location.hash = '';
  await initI18n('zh-CN');
});

const card = (title: string) => screen.getByRole('region', { name: title });
const pressed = () => screen.getAllByRole('button', { pressed: true }).map((button) => button.textContent);

/** The 受理量 data table's row names, in order. */
async function receivedRows(showTable: string, table: string): Promise<string[]> {
  const received = card(table);
  fireEvent.click(await within(received).findByRole('button', { name: showTable }));
  const rows = await within(received).findAllByRole('rowheader');
  return rows.map((row) => row.textContent ?? '');
}

/** Two cases a year apart on 1 December, and the period 2025-11-01 – 2026-12-31 chosen by day (as the date picker sets it). */
async function renderAcrossNewYear(granularity: 'day' | 'week', language: 'zh-CN' | 'en' = 'zh-CN') {
  await renderWithStore(<Desk />, {
    language,
    seed: async (host, asAgent) => {
      await registerCase(asAgent, { receivedAt: at(2025, 12, 1, 9) });
      await registerCase(asAgent, { receivedAt: at(2026, 12, 1, 9), phone: '13900000000' });
      const agent = await host.db.users.where('username').equals(AGENT.username).first();
      rememberDashboardQuery(agent!.id, { period: { from: at(2025, 11, 1), to: at(2027, 1, 1), granularity }, departments: [] });
      window.location.hash = '#/dashboard';
    },
  });
  await waitFor(() => expect(kpi(language === 'en' ? 'Received' : '受理量')).toBe('2'));
}

describe('the dashboard’s periods', { timeout: 120_000 }, () => {
  it('names days with their year when the period crosses a New Year, and stops at today', async () => {
    await renderAcrossNewYear('day');
    const rows = await receivedRows('显示数据表', '受理量');
    expect(rows.filter((name) => name.endsWith('12月1日'))).toEqual(['2025年12月1日', '2026年12月1日']);
    expect(rows[0]).toBe('2025年11月1日');
    // Today is the last day drawn: the rest of December has not happened yet.
    expect(rows.at(-1)).toBe('2026年12月15日');
    // A drill from the table names the day with its year.
    expect(within(card('受理量')).getAllByRole('button', { name: /^在跟踪表中查看：合计 · 2025年12月1日（1 宗）$/ })).toHaveLength(1);
  });

  it('names weeks across the New Year with their year, in English too', async () => {
    await renderAcrossNewYear('week', 'en');
    const rows = await receivedRows('Show data table', 'Complaints received');
    expect(rows).toContain('Week of Dec 29, 2025');
    expect(rows).toContain('Week of Jan 5, 2026');
    expect(rows.at(-1)).toBe('Week of Dec 14, 2026');
  });

  it('keeps the preset clicked pressed when another gives the same days, also after a drill and back', async () => {
    window.location.hash = '#/dashboard';
    await renderWithStore(<Desk />, { seed: async (_host, asAgent) => void (await registerCase(asAgent)) });
    await screen.findByRole('heading', { name: '投诉看板', level: 2 });
    expect(pressed()).toEqual(['本月']);

    fireEvent.click(screen.getByRole('button', { name: '本年' }));
    await waitFor(() => expect(pressed()).toEqual(['本年']));
    fireEvent.click(screen.getByRole('button', { name: '近12个月' }));
    await waitFor(() => expect(pressed()).toEqual(['近12个月']));
    fireEvent.click(screen.getByRole('button', { name: '本年' }));
    await waitFor(() => expect(pressed()).toEqual(['本年']));
    // A change of unit keeps the preset; the page drawn again (back from the tracking table) too.
    fireEvent.click(screen.getByRole('radio', { name: '日' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: '日' })).toHaveProperty('checked', true));
    expect(pressed()).toEqual(['本年']);
    window.location.hash = '#/tracking';
    await screen.findByTestId('case-count');
    window.location.hash = '#/dashboard';
    await screen.findByRole('heading', { name: '投诉看板', level: 2 });
    expect(pressed()).toEqual(['本年']);
    // By day, 本年 stops at today, not at 31 December.
    const rows = await receivedRows('显示数据表', '受理量');
    expect(rows[0]).toBe('1月1日');
    expect(rows.at(-1)).toBe('12月15日');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MonthlyPage } from '../../../../../../src-renderer/ui/features/reports/MonthlyPage';
import { teardown } from '../../render';
import { SUPERVISOR, dispatchAs, lastMonthInstant, registerCase, renderAs, rowOf, sessionOf } from './kit';

afterEach(() => teardown());

const now = new Date();
const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
const LAST_MONTH = { year: last.getFullYear(), month: last.getMonth() + 1 };
const lastKey = `${LAST_MONTH.year}-${String(LAST_MONTH.month).padStart(2, '0')}`;

/** Chooses last month in 报告月份 (across the year's end when it must). */
async function pickLastMonth(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: /报告月份/ }));
  if (LAST_MONTH.year !== now.getFullYear()) fireEvent.click(await waitFor(() => document.querySelector<HTMLElement>('[data-direction="previous"]')!));
  fireEvent.click(await screen.findByRole('button', { name: `${LAST_MONTH.month}月` }));
  await waitFor(() => expect(screen.getByRole('button', { name: /报告月份/ }).textContent).toBe(lastKey));
}

const edition = () => screen.getByTestId('report-edition');
const analysis = () => screen.getByRole('textbox', { name: '十、投诉分析' }) as HTMLTextAreaElement;

describe('定稿 on the report page', { timeout: 180_000 }, () => {
  it('is not offered while the analysis holds edits not saved: the edition would keep the older text', async () => {
    await renderAs(<MonthlyPage />, 'supervisor', async (_, asAgent) => {
      await registerCase(asAgent, { receivedAt: lastMonthInstant() });
    });
    await screen.findByText(/本月受理/);
    await pickLastMonth();
    await screen.findByText('本月受理 1 宗');
    fireEvent.change(analysis(), { target: { value: '本月物流投诉上升' } });
    fireEvent.click(within(edition()).getByRole('button', { name: '定稿' }));
    const dialog = await screen.findByRole('dialog', { name: `为 ${lastKey} 的报告定稿` });
    expect(within(dialog).getByRole('alert').textContent).toContain('分析与建议有未保存的修改');
    expect((within(dialog).getByRole('button', { name: '定稿' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('finalises last month, keeps its figures when a late complaint comes, shows the current data on request, and reopens with a reason', async () => {
    const rendered = await renderAs(<MonthlyPage />, 'supervisor', async (_, asAgent) => {
      await registerCase(asAgent, { receivedAt: lastMonthInstant() });
      await registerCase(asAgent, { receivedAt: lastMonthInstant() + 3_600_000, severity: 'major', customerName: '钱重' });
    });
    await screen.findByText(/本月受理/);
    await pickLastMonth();
    await screen.findByText('本月受理 2 宗');
    expect(within(edition()).getByTestId('report-as-of').textContent).toMatch(/^数据截至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    fireEvent.click(within(edition()).getByRole('button', { name: '定稿' }));
    const dialog = await screen.findByRole('dialog', { name: `为 ${lastKey} 的报告定稿` });
    expect(within(dialog).getByText(/以后补登的投诉、后来批准的定级、匿名化等都不再改变它/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '定稿' }));
    await waitFor(() => expect(within(edition()).getByText(/^已定稿：赵主管，\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeTruthy());
    expect(screen.getByText('报告已定稿，分析与建议不能再修改。如需修改，请先撤销定稿。')).toBeTruthy();
    expect(analysis().readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: '保存分析与建议' })).toBeNull();
    expect(within(edition()).getByTestId('edition-history').textContent).toMatch(/定稿记录.*赵主管 定稿/);

    // A complaint of last month registered late: the edition stays, and says what changed since.
    await registerCase(rendered.asAgent, { receivedAt: lastMonthInstant() + 7_200_000 });
    const drift = await within(edition()).findByRole('note');
    expect(within(drift).getByText('定稿后数据有变动')).toBeTruthy();
    expect(within(drift).getByText('受理投诉量：定稿时 2，现在 3')).toBeTruthy();
    expect(screen.getByText('本月受理 2 宗')).toBeTruthy();
    expect(rowOf('主要指标', '受理投诉量')[1]).toBe('2');

    // The current data, said not to be the final edition; nothing to print or export from them.
    fireEvent.click(within(edition()).getByRole('button', { name: '查看当前数据' }));
    await screen.findByText('本月受理 3 宗');
    expect(within(edition()).getByText(/^这是按当前数据计算的报告，不是定稿版本（赵主管 于 .+ 定稿）。/)).toBeTruthy();
    expect(rowOf('主要指标', '受理投诉量')[1]).toBe('3');
    expect((screen.getByRole('button', { name: '打印报告' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: '导出 Excel' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(edition()).getByRole('button', { name: '返回定稿版本' }));
    await screen.findByText('本月受理 2 宗');
    await waitFor(() => expect((screen.getByRole('button', { name: '打印报告' }) as HTMLButtonElement).disabled).toBe(false));

    // 撤销定稿 needs a reason.
    fireEvent.click(within(edition()).getByRole('button', { name: '撤销定稿' }));
    const reopen = await screen.findByRole('dialog', { name: `撤销 ${lastKey} 报告的定稿` });
    fireEvent.click(within(reopen).getByRole('button', { name: '撤销定稿' }));
    expect(await within(reopen).findByText('此项为必填项。')).toBeTruthy();
    fireEvent.change(within(reopen).getByRole('textbox', { name: /撤销原因/ }), { target: { value: '补录一宗漏登的投诉' } });
    fireEvent.click(within(reopen).getByRole('button', { name: '撤销定稿' }));
    await screen.findByText('本月受理 3 宗');
    await waitFor(() => expect(analysis().readOnly).toBe(false));
    expect(within(edition()).getByRole('button', { name: '定稿' })).toBeTruthy();
    expect(within(edition()).getByTestId('edition-history').textContent).toMatch(/赵主管 定稿.*赵主管 撤销定稿：补录一宗漏登的投诉/);
    const stored = await rendered.host.db.reportNotes.get(lastKey);
    expect(stored?.edition?.final).toBeNull();
  });

  it('offers 定稿 only for a month that has ended, and only to those who may; compares with last month’s final edition', async () => {
    await renderAs(<MonthlyPage />, 'supervisor', async (host, asAgent) => {
      await registerCase(asAgent, { receivedAt: lastMonthInstant() });
      await registerCase(asAgent);
      const supervisor = await sessionOf(host, SUPERVISOR.username, SUPERVISOR.password);
      await dispatchAs(host, supervisor, 'reports.finalise', LAST_MONTH);
      // Registered late: last month now has two, its paper said one.
      await registerCase(asAgent, { receivedAt: lastMonthInstant() + 3_600_000 });
    });
    await screen.findByText('本月受理 1 宗');
    expect(within(edition()).queryByRole('button', { name: '定稿' })).toBeNull();
    const kpis = screen.getByRole('table', { name: '主要指标' });
    expect(within(kpis).getByRole('columnheader', { name: '上月（定稿）' })).toBeTruthy();
    expect(rowOf('主要指标', '受理投诉量')).toEqual(['受理投诉量', '1', '1', '持平']);
    expect(screen.getByText(/“上月（定稿）”取自上月报告的定稿版本（赵主管 于 .+ 定稿）/)).toBeTruthy();
  });

  it('gives an agent the final edition to read, without 定稿 or 撤销定稿', async () => {
    await renderAs(<MonthlyPage />, 'agent', async (host, asAgent) => {
      await registerCase(asAgent, { receivedAt: lastMonthInstant() });
      const supervisor = await sessionOf(host, SUPERVISOR.username, SUPERVISOR.password);
      await dispatchAs(host, supervisor, 'reports.finalise', LAST_MONTH);
    });
    await screen.findByText(/本月受理/);
    await pickLastMonth();
    await waitFor(() => expect(within(edition()).getByText(/^已定稿：赵主管/)).toBeTruthy());
    expect(within(edition()).queryByRole('button', { name: '撤销定稿' })).toBeNull();
    expect(within(edition()).getByRole('button', { name: '查看当前数据' })).toBeTruthy();
  });
});

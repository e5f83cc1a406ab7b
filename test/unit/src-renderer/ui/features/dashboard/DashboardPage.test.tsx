import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';
import { renderWithStore, teardown } from '../../render';
import { registerCase } from '../../render';
import { backToDashboard, Desk, drillCount, followDrill, kpi, seedDemo } from './kit';

afterEach(async () => {
  await teardown();
  sessionStorage.clear();
  window.location.hash = '';
  await initI18n('zh-CN');
});

const HOUR = 3_600_000;
const card = (title: string) => screen.getByRole('region', { name: title });
const drillButtons = (container: HTMLElement, what: string) =>
  within(container).getAllByRole('button', { name: new RegExp(`^在跟踪表中查看：${what}（`) });

describe('DashboardPage', { timeout: 120_000 }, () => {
  it('shows empty states, not empty charts, for a period with nothing in it', async () => {
    window.location.hash = '#/dashboard';
    await renderWithStore(<Desk />);
    expect(await screen.findByText('所选时段和部门没有投诉数据。')).toBeTruthy();
    expect(kpi('受理量')).toBe('0');
    expect(kpi('响应按时率')).toBe('—');
    expect(kpi('综合满意度')).toBe('—');
    for (const title of ['受理量', '投诉类别分布', '本期前五大问题', '按时率', '满意度', '未结案投诉所处环节']) {
      expect(within(card(title)).getByText('该时段没有数据')).toBeTruthy();
    }
    // The 本月 preset is the one chosen, by day.
    expect(screen.getByRole('button', { name: '本月' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('radio', { name: '日' })).toHaveProperty('checked', true);
  });

  it('counts this month by channel and severity, follows new registrations, and a legend number opens exactly those cases', async () => {
    window.location.hash = '#/dashboard';
    const { asAgent } = await renderWithStore(<Desk />, {
      seed: async (_host, send) => {
        await registerCase(send, { severity: 'major', receivedAt: Date.now() - 3 * HOUR });
        await registerCase(send, { severity: 'major', channel: 'email' });
        await registerCase(send, { severity: 'serious', channel: 'regulator_12315' });
      },
    });
    await waitFor(() => expect(kpi('受理量')).toBe('3'));
    // The major case received three hours ago is past its 2 h response limit.
    expect(kpi('当前超时')).toBe('1');
    expect(kpi('未结案')).toBe('3');
    const received = card('受理量');
    expect(drillButtons(received, '电话').map((button) => button.textContent)).toEqual(['1']);
    expect(drillButtons(received, '12315转办').map((button) => button.textContent)).toEqual(['1']);
    // Channels nobody used this month stay out of the legend.
    expect(within(received).queryByText('信函')).toBeNull();

    fireEvent.click(within(received).getByText('按严重程度'));
    await waitFor(() => expect(drillButtons(received, '重大').map((button) => button.textContent)).toEqual(['2']));

    await registerCase(asAgent, { severity: 'major', channel: 'letter' });
    await waitFor(() => expect(kpi('受理量')).toBe('4'));
    await waitFor(() => expect(drillButtons(received, '重大').map((button) => button.textContent)).toEqual(['3']));

    expect(await followDrill(drillButtons(received, '重大')[0]!)).toBe(3);
    // The severity and the received range are the filter panel's own fields, open for the user to see.
    expect(screen.getByRole('button', { name: '筛选（3）' }).getAttribute('aria-expanded')).toBe('true');

    // 当前超时 opens the one overdue case.
    await backToDashboard();
    expect(await followDrill(await screen.findByRole('button', { name: '在跟踪表中查看：当前超时（1 宗）' }))).toBe(1);

    // 重复投诉: the same customer (13812345678) again within the window, every case but the first. The filter
    // panel opens on the condition; taking it off lists the month's four cases.
    await backToDashboard();
    await waitFor(() => expect(kpi('重复投诉')).toBe('3'));
    expect(await followDrill(await screen.findByRole('button', { name: '在跟踪表中查看：重复投诉（3 宗）' }))).toBe(3);
    const repeated = within(screen.getByRole('group', { name: '客户' })).getByRole('checkbox', { name: '重复投诉' });
    expect(repeated).toHaveProperty('checked', true);
    fireEvent.click(repeated);
    await waitFor(() => expect(screen.getByTestId('case-count').textContent).toBe('共 4 宗投诉'));
  });

  it('on demo data, every figure clicked opens a table with that many cases, and the period survives the round trip', async () => {
    window.location.hash = '#/dashboard';
    await renderWithStore(<Desk />, { seed: (host) => seedDemo(host, 400) });
    await screen.findByRole('heading', { name: '投诉看板', level: 2 });
    fireEvent.click(screen.getByRole('button', { name: '近12个月' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: '月' })).toHaveProperty('checked', true));
    await waitFor(() => expect(Number(kpi('受理量'))).toBeGreaterThan(50));

    // Received this period.
    const total = screen.getByRole('button', { name: /^在跟踪表中查看：受理量（/ });
    expect(drillCount(total)).toBe(Number(kpi('受理量')));
    expect(await followDrill(total)).toBe(drillCount(total));
    await backToDashboard();
    expect(screen.getByRole('button', { name: '近12个月' }).getAttribute('aria-pressed')).toBe('true');

    // Late resolutions of one month, from the on-time chart's data table: the chip says why the table shows them.
    const onTime = card('按时率');
    fireEvent.click(await within(onTime).findByRole('button', { name: '显示数据表' }));
    const lateButtons = await waitFor(() => drillButtons(onTime, '处理按时率 · 超时 · [^）]+'));
    const late = lateButtons.sort((a, b) => drillCount(b) - drillCount(a))[0]!;
    expect(drillCount(late)).toBeGreaterThan(0);
    // Handlings are counted as handlings (a case handled twice counts twice), not as cases.
    expect(late.getAttribute('aria-label')).toMatch(new RegExp(`（${drillCount(late)} 次处理）`));
    expect(await followDrill(late)).toBe(drillCount(late));
    const chips = screen.getByRole('group', { name: '来自看板的条件' });
    expect(within(chips).getByText(/^处理时限完成于 \d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日 · 超时$/)).toBeTruthy();
    await backToDashboard();

    // A category slice's number and the open cases.
    await waitFor(() => expect(drillButtons(card('投诉类别分布'), '产品质量').length).toBeGreaterThan(0));
    const quality = drillButtons(card('投诉类别分布'), '产品质量')[0]!;
    expect(await followDrill(quality)).toBe(drillCount(quality));
    await backToDashboard();
    // Open cases now (the demo leaves a few in every stage).
    const open = await screen.findByRole('button', { name: /^在跟踪表中查看：未结案（/ });
    expect(await followDrill(open)).toBe(Number(open.textContent));
    await backToDashboard();

    // A department's reopen rate and its satisfaction, from the comparison table.
    const departments = card('部门对比');
    const reopened = (await within(departments).findAllByRole('button', { name: /^在跟踪表中查看：[^·]+ · 重新处理率（/ }))[0]!;
    // A rate shows a percentage, not its count: the name ends with what the button shows.
    expect(reopened.textContent).toMatch(/%$/);
    expect(reopened.getAttribute('aria-label')).toMatch(new RegExp(`宗）：${reopened.textContent!.replace('.', '\\.')}$`));
    expect(await followDrill(reopened)).toBe(drillCount(reopened));
    expect(within(screen.getByRole('group', { name: '来自看板的条件' })).getByText('重新处理过')).toBeTruthy();
  });

  it('sorts the department comparison by any column', async () => {
    window.location.hash = '#/dashboard';
    await renderWithStore(<Desk />, { seed: (host) => seedDemo(host, 300) });
    fireEvent.click(await screen.findByRole('button', { name: '近12个月' }));
    const departments = card('部门对比');
    const table = await within(departments).findByRole('table');
    const column = (header: string) => {
      const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent?.replace(/ [↑↓]$/, ''));
      const index = headers.indexOf(header);
      return within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.children[index]!.textContent ?? '');
    };
    await waitFor(() => expect(column('责任部门').length).toBeGreaterThan(1));
    const received = column('受理量').map(Number);
    expect(received).toEqual([...received].sort((a, b) => b - a));
    fireEvent.click(within(table).getByRole('button', { name: '按“当前超时”排序' }));
    const overdue = column('当前超时').map(Number);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    fireEvent.click(within(table).getByRole('button', { name: '按“当前超时”排序' }));
    expect(column('当前超时').map(Number)).toEqual([...overdue].sort((a, b) => a - b));
    expect(within(table).getByRole('columnheader', { name: /当前超时/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('filters on 未指定部门, the cases not graded yet that 部门对比 shows as a row of their own', async () => {
    window.location.hash = '#/dashboard';
    await renderWithStore(<Desk />, { seed: (host) => seedDemo(host, 300) });
    fireEvent.click(await screen.findByRole('button', { name: '近12个月' }));
    const departments = card('部门对比');
    const rowOf = (name: string) => within(departments).queryAllByRole('row').find((row) => row.firstElementChild?.textContent === name);
    const ungraded = await waitFor(() => {
      const row = rowOf('未指定部门');
      expect(row).toBeTruthy();
      return Number(row!.children[1]!.textContent);
    });
    expect(ungraded).toBeGreaterThan(0);
    expect(Number(kpi('受理量'))).toBeGreaterThan(ungraded);

    fireEvent.click(screen.getByRole('combobox', { name: '责任部门' }));
    fireEvent.click(await screen.findByRole('option', { name: '未指定部门', hidden: true }));
    await waitFor(() => expect(kpi('受理量')).toBe(String(ungraded)));
    const rows = within(departments).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.firstElementChild?.textContent)).toEqual(['未指定部门']);
    // What the figures count is what the tracking table opens on.
    const total = screen.getByRole('button', { name: /^在跟踪表中查看：受理量（/ });
    expect(await followDrill(total)).toBe(ungraded);
  });

  it('speaks English, with percentages and durations formatted', async () => {
    window.location.hash = '#/dashboard';
    await renderWithStore(<Desk />, { language: 'en', seed: (host) => seedDemo(host, 300) });
    fireEvent.click(await screen.findByRole('button', { name: 'Last 12 months' }));
    await waitFor(() => expect(kpi('Resolution on time')).toMatch(/^\d{1,3}\.\d%$/));
    expect(kpi('Mean resolution time')).toMatch(/\d+ ?(d|h|min)/);
    expect(kpi('Overall satisfaction')).toMatch(/^\d\.\d\d pts$/);
    expect(card('Department comparison')).toBeTruthy();
    const total = screen.getByRole('button', { name: /^Show in the tracking table: Received \(/ });
    expect(await followDrill(total, false)).toBe(drillCount(total));
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintMonthlyReport } from '../../../../../../src-renderer/ui/features/print/PrintMonthlyReport';
import { setLanguage } from '../../../../../../src-renderer/ui/i18n';
import { teardown } from '../../render';
import { SUPERVISOR, dispatchAs, registerCase, renderAs, sessionOf, tableText } from './kit';

afterEach(() => teardown());

const now = new Date();
const year = now.getFullYear();
const month = now.getMonth() + 1;

describe('月度投诉分析报告 print view', { timeout: 120_000 }, () => {
  it('prints every section with the centre’s title, the figures and the manager’s notes, then tells the platform it is ready', async () => {
    let major = '';
    const rendered = await renderAs(<PrintMonthlyReport year={String(year)} month={String(month)} />, 'agent', async (host, asAgent) => {
      await registerCase(asAgent);
      major = (await registerCase(asAgent, { severity: 'major', customerName: '周重' })).no;
      const supervisor = await sessionOf(host, SUPERVISOR.username, SUPERVISOR.password);
      await dispatchAs(host, supervisor, 'reports.saveNotes', { year, month, analysis: '第一行分析\n第二行分析', recommendations: '' });
    });
    const ready = vi.fn();
    rendered.platform.printReady = ready;

    const title = await screen.findByRole('heading', { level: 1 });
    expect(title.textContent).toBe(`${year}年${month}月 投诉分析报告`);
    expect(screen.getByText('客户服务中心')).toBeTruthy();
    await waitFor(() => expect(ready).toHaveBeenCalled());
    expect(screen.getByText(/^打印时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeTruthy();
    expect(screen.getByText('本月受理 2 宗')).toBeTruthy();
    // The report of the month under way says it runs only to today, on paper too.
    expect(screen.getByText(/^统计期间：\d{4}-\d{2}-01 至 \d{4}-\d{2}-\d{2}（本月尚未结束，截至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}）$/)).toBeTruthy();
    expect(screen.getByText(/^本月尚未结束：“本月”只统计/)).toBeTruthy();
    // Not finalised: the data run to when it was computed.
    expect(screen.getByTestId('report-edition').textContent).toMatch(/^未定稿\u3000数据截至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(screen.getByText('本月没有发现批量投诉苗头。')).toBeTruthy();

    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      '一、主要指标',
      '二、投诉分布',
      '三、处理时效',
      '四、客户满意度',
      '五、部门对比',
      '六、重大投诉及处理结果',
      '七、整改措施',
      '八、12315 转办反馈',
      '九、批量投诉苗头',
      '十、投诉分析',
      '十一、改进建议',
    ]);
    expect(tableText('主要指标').find((row) => row[0] === '受理投诉量')).toEqual(['受理投诉量', '2', '0', '↑ 2']);
    expect(tableText('重大投诉').map((row) => row[0])).toEqual([major]);
    // On paper nothing is nowrap, which would let a table grow past the page (Chromium clips it there): a case
    // number and a date are kept on one line while the page has room for them (TS-20261102- / 0001 only as a
    // last resort), before any heading or word is.
    const majors = screen.getByRole('table', { name: '重大投诉' });
    const cells = [...within(majors).getAllByRole('row')[1]!.querySelectorAll('td')];
    const kept = (cell: Element) => cell.querySelector<HTMLElement>(':scope > span');
    const wholeEm = (cell: Element) => Number(kept(cell)?.style.getPropertyValue('--report-whole-own'));
    expect(cells.map((cell) => cell.style.whiteSpace)).not.toContain('nowrap');
    expect([wholeEm(cells[0]!), wholeEm(cells[1]!)].every((em) => em > 5)).toBe(true);
    // The outcome is free text, which wraps wherever its column ends; a name or a short word is not broken
    // inside while there is room (罗平/欣, 已关/闭, 物流/配送部), a long company name only as a last resort.
    expect(kept(cells[6]!)).toBeNull();
    expect(cells.slice(2, 6).map((cell) => kept(cell)!.style.wordBreak)).toEqual(['keep-all', 'keep-all', 'keep-all', 'keep-all']);
    // Nor a figure's heading (满意/度), within its share of the width; the shares add up to the whole.
    const headers = within(majors).getAllByRole('columnheader');
    expect(headers.map((th) => [th.style.whiteSpace, kept(th)!.style.wordBreak])).toEqual(headers.map(() => ['', 'keep-all']));
    const departments = screen.getByRole('table', { name: '部门对比' });
    const shares = within(departments)
      .getAllByRole('columnheader')
      .map((th) => Number(kept(th)!.style.getPropertyValue('--report-share')));
    expect(shares.every((share) => share > 0)).toBe(true);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1);
    // Each table's header is a <thead>, which the print stylesheet repeats on every page the table continues on.
    for (const table of screen.getAllByRole('table')) expect(table.querySelector('thead th')).not.toBeNull();
    // Charts on paper, each after its table: every bar labelled with its count (no colour, no legend needed).
    const charts = screen.getAllByRole('img').filter((img) => img.tagName.toLowerCase() === 'svg');
    const labels = charts.map((chart) => chart.getAttribute('aria-label'));
    expect(labels.slice(0, 2)).toEqual(['受理量：按投诉渠道：电话 2 宗', '受理量：按投诉类别：未定级 2 宗']);
    expect(labels[2]).toMatch(/^受理量：按责任部门：\S+ 2 宗$/);
    const bars = [...charts[0]!.querySelectorAll('[data-bar]')].map((bar) => [bar.getAttribute('data-bar'), bar.textContent]);
    expect(bars).toEqual([['电话', '电话2']]);

    const analysis = screen.getByText(/第一行分析/);
    expect(analysis.textContent).toBe('第一行分析\n第二行分析');
    expect(screen.getByText('（未填写）')).toBeTruthy();
    expect(screen.getByText(/^最近保存：赵主管，/)).toBeTruthy();
    // Lines to sign at the end: who prepared the report, who reviewed it, and the date.
    expect(['编制人：', '审核人：', '日期：'].map((line) => screen.queryByText(line)?.textContent)).toEqual(['编制人：', '审核人：', '日期：']);
  });

  it('prints 八、12315 转办反馈 with every figure named in Chinese: owed at the start, received, due, replied on time and late, the rate, and what is still owed', async () => {
    await renderAs(<PrintMonthlyReport year={String(year)} month={String(month)} />, 'agent', async (_host, asAgent) => {
      // Received and due in the last two seconds (inside this month unless it began in them).
      const referral = (customerName: string, dueAt: number, receivedAt = Date.now() - 1_000) =>
        registerCase(asAgent, { customerName, channel: 'regulator_12315', receivedAt, referralDeadline: { by: 'date', dueAt } });
      const answered = await referral('按时回复', Date.now() + 60_000);
      const replied = await asAgent('cases.replyReferral', { caseId: answered.id, at: Date.now(), replier: '李客服', method: 'platform', text: '已退款', final: true });
      if (!replied.ok) throw new Error(JSON.stringify(replied.error));
      await referral('已经逾期', Date.now() - 1_000, Date.now() - 2_000);
      await referral('尚未到期', Date.now() + 60_000);
    });
    await screen.findByRole('heading', { level: 2, name: '八、12315 转办反馈' });
    expect(tableText('12315 转办反馈')).toEqual([
      ['月初尚欠回复', '0'],
      ['本月收到的 12315 转办', '3'],
      ['其中无反馈时限', '0'],
      ['本月到期的反馈', '3'],
      ['按时回复', '1'],
      ['逾期回复', '0'],
      ['按时回复率', '100.0%'],
      ['尚欠回复：已逾期', '1'],
      ['尚欠回复：未到期', '1'],
      ['尚欠回复：已终止处理', '0'],
    ]);
    expect(within(screen.getByRole('table', { name: '12315 转办反馈' })).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['指标', '本月']);
    expect(screen.getByText(/^月初尚欠回复，加上本月收到的转办（无反馈时限的除外），减去本月发出的最终回复/)).toBeTruthy();
  });

  it('lets English headings of several words wrap, so the eight columns of the department table fit A4 portrait', async () => {
    await renderAs(<PrintMonthlyReport year={String(year)} month={String(month)} />, 'agent', async (_host, asAgent) => {
      await registerCase(asAgent);
    });
    await screen.findByRole('heading', { level: 1 });
    await act(() => setLanguage('en'));
    expect(await screen.findByText(/^Printed at: \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeTruthy();
    expect(screen.getByText(/^Period: \d{4}-\d{2}-01 to \d{4}-\d{2}-\d{2} \(the month is not over; figures as of \d{4}-\d{2}-\d{2} \d{2}:\d{2}\)$/)).toBeTruthy();
    const departments = screen.getByRole('table', { name: 'Departments' });
    // On one line each the headings alone are wider than the page between the margins: each may break between
    // its words, and keeps a word whole within its share of the width (Satisfaction takes more than Received).
    const headers = within(departments).getAllByRole('columnheader');
    const share = (th: HTMLElement) => Number(th.querySelector<HTMLElement>(':scope > span')!.style.getPropertyValue('--report-share'));
    expect(headers.map((th) => [th.textContent, th.style.whiteSpace])).toEqual(
      ['Department', 'Received', 'Response on time', 'Resolution on time', 'Mean resolution time', 'Satisfaction', 'Reopened', 'Resolutions late'].map((h) => [h, '']),
    );
    expect(share(headers[5]!)).toBeGreaterThan(share(headers[1]!));
    expect(headers.reduce((sum, th) => sum + share(th), 0)).toBeCloseTo(1);
    expect(within(departments).getAllByRole('row')[1]!.querySelectorAll('td')).toHaveLength(8);
  });

  it('shows the store’s refusal, in Chinese, for a route that names no month, and is ready all the same', async () => {
    const rendered = await renderAs(<PrintMonthlyReport year="2026" month="13" />, 'agent');
    const ready = vi.fn();
    rendered.platform.printReady = ready;
    expect((await screen.findByRole('alert')).textContent).toMatch(/[\u4e00-\u9fff]/);
    await waitFor(() => expect(ready).toHaveBeenCalled());
    const answer = await rendered.asAgent('reports.monthly', { year: 2026, month: 13 });
    expect(answer.ok).toBe(false);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });
});
